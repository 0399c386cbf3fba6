package dev.assetstudio.app.automation;

import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.automation.AutomationDaemon;
import dev.assetstudio.engine.automation.DaemonLease;
import dev.assetstudio.engine.automation.DaemonLease.LeaseStatus;
import dev.assetstudio.engine.automation.TickReport;
import dev.assetstudio.engine.history.AutomationStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's {@link AutomationDaemon} while a project is open in the studio: one daemon per
 * history database, following the session's project across reloads. Opening and closing the daemon
 * happen on a background thread; listeners are told on the FX thread (the session's) after each tick
 * and each change of lease holder. Decides nothing itself: what is due and why is the engine's.
 */
public final class StudioAutomation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioAutomation.class);

    private final StudioSession session;
    private final Clock clock;
    private final Duration period;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService lifecycle = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-automation");
        t.setDaemon(true);
        return t;
    });
    private volatile Project project;
    private volatile Path database;
    private volatile AutomationStore store;
    private volatile AutomationDaemon daemon;
    private volatile TickReport lastReport;
    private volatile boolean closed;

    /** Follows {@code session}'s project; evaluates every {@code period} at {@code clock}'s instant. */
    public StudioAutomation(StudioSession session, Clock clock, Duration period) {
        this.session = session;
        this.clock = clock;
        this.period = period;
        session.projectProperty().addListener((obs, old, next) -> projectChanged(next));
        projectChanged(session.project());
    }

    /** Called on the FX thread after each tick and each change of who holds the lease. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The clock the daemon evaluates with (and switches are stamped with). */
    public Clock clock() {
        return clock;
    }

    /** The project being automated, if one is open. */
    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** The automation part of the open project's history, once the daemon is set up. */
    public Optional<AutomationStore> store() {
        return Optional.ofNullable(store);
    }

    /** Who held the lease at the daemon's last heartbeat. */
    public Optional<LeaseStatus> lease() {
        AutomationDaemon d = daemon;
        return d == null ? Optional.empty() : d.leaseStatus();
    }

    /** The report of the daemon's last tick in this studio. */
    public Optional<TickReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    private void projectChanged(Project next) {
        project = next;
        submit(() -> {
            Path db = next == null
                    ? null
                    : next.options().historyDatabase().toAbsolutePath().normalize();
            if (db != null && db.equals(database)) {
                return; // the daemon follows the reloaded project through `project`
            }
            stopDaemon();
            if (db != null && !closed) {
                startDaemon(db);
            }
            tell();
        });
    }

    private void startDaemon(Path db) {
        try {
            AutomationStore s = AutomationStore.open(db);
            AutomationDaemon d = new AutomationDaemon(() -> project, s, clock, period, DaemonLease.DEFAULT_TIMEOUT);
            d.addListener(new AutomationDaemon.Listener() {
                @Override
                public void ticked(TickReport report) {
                    lastReport = report;
                    tell();
                }

                @Override
                public void leaseChanged(LeaseStatus status) {
                    tell();
                }
            });
            store = s;
            daemon = d;
            database = db;
            d.start();
        } catch (RuntimeException e) {
            LOG.warn("automation is not available for history database {}", db, e);
        }
    }

    private void stopDaemon() {
        AutomationDaemon d = daemon;
        AutomationStore s = store;
        daemon = null;
        store = null;
        database = null;
        if (d != null) {
            d.close();
        }
        if (s != null) {
            s.close();
        }
    }

    private void tell() {
        session.background().fx().execute(() -> listeners.forEach(Runnable::run));
    }

    /** Runs {@code work} on the lifecycle thread unless closed. */
    private synchronized void submit(Runnable work) {
        if (!closed) {
            lifecycle.execute(work);
        }
    }

    /** Stops the daemon (giving the lease back) and waits for that. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            lifecycle.execute(this::stopDaemon);
            lifecycle.shutdown();
        }
        try {
            lifecycle.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
