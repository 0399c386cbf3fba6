package dev.assetstudio.app.cluster;

import dev.assetstudio.engine.cluster.ClusterMonitor;
import dev.assetstudio.engine.cluster.ClusterSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a cluster answers, as last asked: a probe waits up to {@link #TIMEOUT} when nobody does,
 * so its answer is kept for {@link #KEPT} and every launchpad opened meanwhile shares it. Blocks:
 * call it off the FX thread.
 */
public final class ClusterAnswers {
    /** How long a probe waits for a member. */
    public static final Duration TIMEOUT = Duration.ofMillis(1500);
    /** How long an answer is trusted: a cluster just started is seen within this. */
    public static final Duration KEPT = Duration.ofSeconds(5);

    private record Answer(int workers, long atNanos) {}

    private static final Map<ClusterSettings, Answer> ANSWERS = new ConcurrentHashMap<>();

    private ClusterAnswers() {}

    /** The workers of {@code cluster} that answer (0 when none does), probing when the last answer is old. */
    public static int workers(ClusterSettings cluster) {
        Answer last = ANSWERS.get(cluster);
        if (last != null && System.nanoTime() - last.atNanos() < KEPT.toNanos()) {
            return last.workers();
        }
        int workers = ClusterMonitor.probe(cluster, TIMEOUT);
        ANSWERS.put(cluster, new Answer(workers, System.nanoTime()));
        return workers;
    }

    /** "no worker of cluster 'local' answers at 127.0.0.1:5701,…": why a run cannot go there now. */
    public static String noAnswer(ClusterSettings cluster) {
        return "no worker of cluster '" + cluster.name() + "' answers at " + String.join(",", cluster.join())
                + "; start some with `asset-studio cluster local` (or `worker --cluster " + cluster.name() + "`)";
    }
}
