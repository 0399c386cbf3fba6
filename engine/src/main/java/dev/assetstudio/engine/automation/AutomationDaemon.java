package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.automation.DaemonLease.LeaseStatus;
import dev.assetstudio.engine.history.AutomationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automation daemon: every period, renews the history database's {@link DaemonLease} and, while
 * it holds it, evaluates the current project's automation with {@link AutomationEvaluator} at the
 * clock's instant. A daemon that does not hold the lease keeps asking, and takes over once the holder
 * stops or dies. The studio runs one while a project is open; {@code asset-studio daemon} runs one
 * headless.
 *
 * <pre>{@code
 * try (AutomationStore store = AutomationStore.open(db);
 *      AutomationDaemon daemon = new AutomationDaemon(() -> project, store, Clock.systemUTC(),
 *              Duration.ofSeconds(5), DaemonLease.DEFAULT_TIMEOUT)) {
 *     daemon.addListener(report -> System.out.println(report.summaryLine()));
 *     daemon.start();
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #runOnce()} does one period's work on the caller's thread, for tests and scripts. Closing
 * stops the loop, waits for a tick under way and gives the lease back; runs already launched go on
 * (the project's own close cancels them).
 */
public final class AutomationDaemon implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutomationDaemon.class);

    /** Told what the daemon does; called on the daemon's thread. */
    public interface Listener {
        /** After each tick evaluated by this daemon. */
        default void ticked(TickReport report) {}

        /** When who holds the lease changes (and on the first heartbeat). */
        default void leaseChanged(LeaseStatus status) {}

        /** When a period failed as a whole (history unreachable, say). */
        default void failed(RuntimeException error) {}
    }

    private final Supplier<Project> project;
    private final Clock clock;
    private final Duration period;
    private final DaemonLease lease;
    private final AutomationEvaluator evaluator;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object tickLock = new Object();
    private ScheduledExecutorService loop;
    private volatile LeaseStatus lastLease;
    private volatile boolean closed;

    public AutomationDaemon(
            Supplier<Project> project, AutomationStore store, Clock clock, Duration period, Duration leaseTimeout) {
        this.project = Objects.requireNonNull(project, "project");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.period = Objects.requireNonNull(period, "period");
        this.lease = new DaemonLease(store, clock, leaseTimeout);
        this.evaluator = new AutomationEvaluator(store);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Starts the loop on its own thread; the first period runs at once. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("automation daemon is closed");
        }
        if (loop != null) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "automation-daemon");
            t.setDaemon(true);
            return t;
        });
        loop.scheduleWithFixedDelay(this::safeRunOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeRunOnce() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("automation daemon period failed", e);
            listeners.forEach(l -> l.failed(e));
        }
    }

    /**
     * One period: heartbeat, then a tick if this daemon holds the lease and a project is open.
     *
     * @return the tick's report; empty if another process holds the lease or no project is open
     */
    public Optional<TickReport> runOnce() {
        synchronized (tickLock) {
            if (closed) {
                return Optional.empty();
            }
            LeaseStatus status = lease.heartbeat();
            LeaseStatus before = lastLease;
            lastLease = status;
            if (before == null
                    || before.mine() != status.mine()
                    || !before.lease().holder().equals(status.lease().holder())) {
                listeners.forEach(l -> l.leaseChanged(status));
            }
            Project current = project.get();
            if (!status.mine() || current == null || current.isClosed()) {
                return Optional.empty();
            }
            TickReport report = evaluator.tick(current, clock.instant());
            listeners.forEach(l -> l.ticked(report));
            return Optional.of(report);
        }
    }

    /** Who held the lease at the last heartbeat; empty before the first. */
    public Optional<LeaseStatus> leaseStatus() {
        return Optional.ofNullable(lastLease);
    }

    /** The evaluator, e.g. to wait for the runs it launched. */
    public AutomationEvaluator evaluator() {
        return evaluator;
    }

    @Override
    public void close() {
        ScheduledExecutorService l;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            l = loop;
        }
        if (l != null) {
            l.shutdownNow();
            try {
                l.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (tickLock) {
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.warn("could not release the automation daemon lease", e);
            }
        }
    }
}
