package dev.assetstudio.engine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.worker.WorkerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The limits remembered for one project (one jar path): its worker's heap and JVM options, its
 * parallelism, cancel grace and sensor timeout, and where the studio runs its steps (the studio's "Run on"). Kept as a small JSON file per project under {@code
 * <home>/projects/}, so the studio's settings dialog and the command line share them.
 *
 * <pre>{@code
 * ProjectSettings s = ProjectSettings.load(home, jar);      // none remembered: all null
 * s.withHeap("512m").save(home, jar);
 * }</pre>
 *
 * @param heap {@code -Xmx} of the worker, or {@code null} for the JVM's default
 * @param jvmOptions more options for the worker's JVM
 * @param parallelism steps at once, or {@code null} for the number of processors
 * @param cancelGraceMillis how long a canceled step may run on before the worker is killed, or
 *     {@code null} for {@link WorkerSettings#DEFAULT_CANCEL_GRACE}
 * @param execution where the steps run, or {@code null} for the caller's default
 * @param cluster the cluster they run on when {@code execution} is {@link Execution#CLUSTER}, and the
 *     one a single run may ask for otherwise, or {@code null} for {@code ClusterSettings.local("local")}
 * @param sensorTimeoutMillis how long one sensor evaluation may take in the worker before the worker is
 *     stopped, or {@code null} for {@link WorkerSettings#DEFAULT_SENSOR_TIMEOUT}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSettings(
        String heap,
        List<String> jvmOptions,
        Integer parallelism,
        Long cancelGraceMillis,
        Execution execution,
        ClusterSettings cluster,
        Long sensorTimeoutMillis) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The name of the cluster {@code asset-studio cluster local} starts unless told another. */
    public static final String LOCAL_CLUSTER = "local";

    @com.fasterxml.jackson.annotation.JsonCreator
    public ProjectSettings {
        heap = heap == null || heap.isBlank() ? null : heap.strip();
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
        if (sensorTimeoutMillis != null && sensorTimeoutMillis <= 0) {
            throw new IllegalArgumentException(
                    "the sensor timeout must be a positive number of seconds, got " + sensorTimeoutMillis / 1000.0);
        }
    }

    /** Without a sensor timeout (the default one). */
    public ProjectSettings(
            String heap,
            List<String> jvmOptions,
            Integer parallelism,
            Long cancelGraceMillis,
            Execution execution,
            ClusterSettings cluster) {
        this(heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, null);
    }

    /** Worker limits only; where the steps run is left to the caller. */
    public ProjectSettings(String heap, List<String> jvmOptions, Integer parallelism, Long cancelGraceMillis) {
        this(heap, jvmOptions, parallelism, cancelGraceMillis, null, null, null);
    }

    /** Nothing remembered. */
    public static ProjectSettings none() {
        return new ProjectSettings(null, List.of(), null, null);
    }

    /** The cluster to run on, or to offer: the one remembered, else the local one on loopback. */
    public ClusterSettings clusterOrLocal() {
        return cluster != null ? cluster : ClusterSettings.local(LOCAL_CLUSTER);
    }

    /**
     * The settings remembered for {@code jar} under {@code home}; {@link #none()} when there are none.
     *
     * @throws IllegalArgumentException naming the file when it is not readable settings
     */
    public static ProjectSettings load(Path home, Path jar) {
        Path file = file(home, jar);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), ProjectSettings.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the project settings " + file + ": " + e.getMessage(), e);
        }
    }

    /** Remembers these settings for {@code jar}, atomically replacing what was there. */
    public void save(Path home, Path jar) {
        Path file = file(home, jar);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(this), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the project settings " + file, e);
        }
    }

    /** The file of {@code jar}'s settings: {@code <home>/projects/<name>-<hash of its path>.json}. */
    public static Path file(Path home, Path jar) {
        String path = jar.toAbsolutePath().normalize().toString();
        String name = jar.getFileName() == null ? "project" : jar.getFileName().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return home.resolve("projects")
                    .resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                            + HexFormat.of().formatHex(digest, 0, 8) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** These settings as worker settings (what is not set takes the default). */
    public WorkerSettings workerSettings() {
        return new WorkerSettings(
                heap,
                jvmOptions,
                cancelGraceMillis == null ? null : Duration.ofMillis(cancelGraceMillis),
                sensorTimeoutMillis == null ? null : Duration.ofMillis(sensorTimeoutMillis));
    }

    /**
     * {@code options} with what these settings set (worker heap, JVM options, cancel grace, sensor
     * timeout, parallelism, execution and cluster); what they leave unset stays as it was, except the cluster:
     * options without one get {@link #clusterOrLocal()}, the cluster a single run may ask for.
     *
     * @throws IllegalArgumentException when the heap is not a size {@code -Xmx} takes
     */
    public ProjectOptions applyTo(ProjectOptions options) {
        WorkerSettings worker = options.worker();
        if (heap != null) {
            worker = worker.withHeap(heap);
        }
        if (!jvmOptions.isEmpty()) {
            worker = worker.withJvmOptions(jvmOptions);
        }
        if (cancelGraceMillis != null) {
            worker = worker.withCancelGrace(Duration.ofMillis(cancelGraceMillis));
        }
        if (sensorTimeoutMillis != null) {
            worker = worker.withSensorTimeout(Duration.ofMillis(sensorTimeoutMillis));
        }
        ProjectOptions.Builder b = options.toBuilder().worker(worker);
        if (parallelism != null) {
            b.parallelism(parallelism);
        }
        if (execution != null) {
            b.execution(execution);
        }
        if (execution == Execution.CLUSTER || options.cluster() == null) {
            // offered to single runs even when the project runs elsewhere by default
            b.cluster(clusterOrLocal());
        }
        return b.build();
    }

    public ProjectSettings withHeap(String heap) {
        return new ProjectSettings(
                heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, sensorTimeoutMillis);
    }

    public ProjectSettings withJvmOptions(List<String> jvmOptions) {
        return new ProjectSettings(
                heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, sensorTimeoutMillis);
    }

    public ProjectSettings withParallelism(Integer parallelism) {
        return new ProjectSettings(
                heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, sensorTimeoutMillis);
    }

    public ProjectSettings withCancelGraceMillis(Long cancelGraceMillis) {
        return new ProjectSettings(
                heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, sensorTimeoutMillis);
    }

    /** How long one sensor evaluation may take in the worker, in milliseconds; {@code null} for the default. */
    public ProjectSettings withSensorTimeoutMillis(Long sensorTimeoutMillis) {
        return new ProjectSettings(
                heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, sensorTimeoutMillis);
    }

    /** Where the steps run: {@code execution}, on {@code cluster} when that is {@link Execution#CLUSTER}. */
    public ProjectSettings withExecution(Execution execution, ClusterSettings cluster) {
        return new ProjectSettings(
                heap, jvmOptions, parallelism, cancelGraceMillis, execution, cluster, sensorTimeoutMillis);
    }
}
