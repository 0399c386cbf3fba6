package dev.assetstudio.engine.cluster;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link StepTiming}s of a coordinator's latest step attempts (at most {@value #KEPT}), and each
 * one as a DEBUG line of logger {@code dev.assetstudio.engine.cluster.StepTimings}: where a cluster
 * run's time goes, for the benchmark and for whoever wonders why a run is slow.
 */
public final class StepTimings {
    static final int KEPT = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(StepTimings.class);

    private final Deque<StepTiming> kept = new ArrayDeque<>();

    synchronized void add(StepTiming timing) {
        if (kept.size() == KEPT) {
            kept.removeFirst();
        }
        kept.addLast(timing);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}", timing);
        }
    }

    /** The timings kept, oldest first. */
    public synchronized List<StepTiming> snapshot() {
        return List.copyOf(kept);
    }

    /** Forgets the timings kept. */
    public synchronized void clear() {
        kept.clear();
    }
}
