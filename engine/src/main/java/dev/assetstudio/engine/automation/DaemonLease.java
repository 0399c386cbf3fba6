package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.history.AutomationRecords.Lease;
import dev.assetstudio.engine.history.AutomationStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * This process's claim on the one-daemon-per-history-database lease: taken when free, renewed by each
 * heartbeat, taken over when its holder's heartbeat is older than the timeout or (on the same host)
 * its process is gone, and released on stop.
 */
public final class DaemonLease {
    /** How long a holder may stay silent before another daemon takes over. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final AutomationStore store;
    private final Clock clock;
    private final Duration timeout;
    private final String holder = UUID.randomUUID().toString();
    private final long pid = ProcessHandle.current().pid();
    private final String host = hostName();

    public DaemonLease(AutomationStore store, Clock clock, Duration timeout) {
        this.store = store;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Takes or renews the lease; the answer says who holds it now (this process, or another). */
    public LeaseStatus heartbeat() {
        Lease lease = store.acquireLease(holder, pid, host, clock.instant(), timeout, DaemonLease::alive);
        return new LeaseStatus(lease.holder().equals(holder), lease);
    }

    /** Gives the lease up if this process holds it. */
    public void release() {
        store.releaseLease(holder);
    }

    /** This holder's id. */
    public String holder() {
        return holder;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * Who holds the lease.
     *
     * @param mine whether this process does
     */
    public record LeaseStatus(boolean mine, Lease lease) {
        /** {@code this process holds the daemon lease} or {@code held by process 123 on host (since …)}. */
        public String describe() {
            return mine
                    ? "this process runs the automation daemon (pid " + lease.pid() + ")"
                    : "the automation daemon runs in " + lease.describe();
        }
    }
}
