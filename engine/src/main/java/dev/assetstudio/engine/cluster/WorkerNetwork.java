package dev.assetstudio.engine.cluster;

import java.util.Objects;

/**
 * Where a worker member listens and how the others find it: the address it binds, the address it
 * tells the others (behind NAT or in a container, not the one it binds), and whether it finds them
 * by TCP-IP (the cluster's {@code join} list) or through a Kubernetes service.
 *
 * <pre>{@code
 * WorkerNetwork.loopback();                                    // 127.0.0.1 only, as cluster local
 * new WorkerNetwork("0.0.0.0", "10.0.0.5:5701", null);         // every interface, seen as 10.0.0.5
 * new WorkerNetwork("0.0.0.0", null, "asset-studio-workers");  // in a pod: Kubernetes discovery
 * }</pre>
 *
 * @param bind the address to listen on; {@code 0.0.0.0} for every interface
 * @param publicAddress {@code HOST[:PORT]} the other members and coordinators connect to, or {@code
 *     null} for the bound one
 * @param kubernetesService the headless service whose endpoints list the workers, or {@code null} to
 *     join by TCP-IP
 */
public record WorkerNetwork(String bind, String publicAddress, String kubernetesService) {
    /** Every interface. */
    public static final String ANY = "0.0.0.0";

    public WorkerNetwork {
        Objects.requireNonNull(bind, "bind");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("--bind needs an address, e.g. 0.0.0.0 or 10.0.0.5");
        }
        if (publicAddress != null && publicAddress.isBlank()) {
            publicAddress = null;
        }
        if (kubernetesService != null && kubernetesService.isBlank()) {
            kubernetesService = null;
        }
    }

    /** Loopback only: a cluster on this machine. */
    public static WorkerNetwork loopback() {
        return new WorkerNetwork("127.0.0.1", null, null);
    }

    boolean bindsAny() {
        return ANY.equals(bind);
    }
}
