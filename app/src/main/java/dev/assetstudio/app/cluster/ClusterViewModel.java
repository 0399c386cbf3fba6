package dev.assetstudio.app.cluster;

import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.cluster.ClusterException;
import dev.assetstudio.engine.cluster.ClusterMember;
import dev.assetstudio.engine.cluster.ClusterMonitor;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.DepartedWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where the open project's steps run, and the cluster they could run on: the model of Run › Run on
 * and of the cluster panel.
 *
 * <p>The cluster offered is the one remembered for the project, else {@code local} on loopback (as
 * {@code asset-studio cluster local} starts it). Whether it answers is probed off the FX thread with
 * a short timeout ({@link #probe()}), so a studio with no cluster anywhere never waits on one. The
 * panel, while shown ({@link #setWatching}), keeps one client of the cluster and reads its members
 * and their running steps twice a second on a thread of its own.
 */
public final class ClusterViewModel implements AutoCloseable {
    /** How long a probe or the panel waits for a member to answer. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1500);

    private static final long REFRESH_MILLIS = 500;

    private final StudioSession session;
    private final Path home;
    private final Runnable reload;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<ClusterSettings> cluster = new ReadOnlyObjectWrapper<>(this, "cluster");
    private final ReadOnlyObjectWrapper<Execution> runsOn = new ReadOnlyObjectWrapper<>(this, "runsOn");
    /** Workers the last probe found: -1 while unknown (never probed, or probing). */
    private final ReadOnlyIntegerWrapper reachableWorkers = new ReadOnlyIntegerWrapper(this, "reachableWorkers", -1);

    private final ObservableList<ClusterMember> members = FXCollections.observableArrayList();
    private final ObservableList<ClusterMember> membersReadOnly = FXCollections.unmodifiableObservableList(members);
    private final ObservableList<DepartedWorker> departed = FXCollections.observableArrayList();
    private final ObservableList<DepartedWorker> departedReadOnly = FXCollections.unmodifiableObservableList(departed);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper probing = new ReadOnlyBooleanWrapper(this, "probing");

    private ScheduledExecutorService watcher;
    private ClusterMonitor monitor; // only touched on the watcher's thread

    /**
     * @param home the studio's home, where the project's choice is remembered
     * @param reload reloads the open project (with the remembered choice)
     * @param fxThread where results are delivered ({@code Platform::runLater})
     */
    public ClusterViewModel(StudioSession session, Path home, Runnable reload, Executor fxThread) {
        this.session = Objects.requireNonNull(session, "session");
        this.home = Objects.requireNonNull(home, "home");
        this.reload = Objects.requireNonNull(reload, "reload");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        session.projectProperty().addListener((obs, old, project) -> projectChanged(project));
        projectChanged(session.project());
    }

    private void projectChanged(Project project) {
        ClusterSettings offered = project == null
                ? ClusterSettings.local(ProjectSettings.LOCAL_CLUSTER)
                : project.options().cluster() != null
                        ? project.options().cluster()
                        : remembered(project).clusterOrLocal();
        runsOn.set(project == null ? null : project.options().execution());
        if (!offered.equals(cluster.get())) {
            cluster.set(offered);
            reachableWorkers.set(-1);
            if (watcher != null) {
                restartWatching();
            }
        }
        probe();
    }

    private ProjectSettings remembered(Project project) {
        try {
            return ProjectSettings.load(home, project.jar());
        } catch (IllegalArgumentException e) {
            return ProjectSettings.none(); // the settings dialog says what is wrong with the file
        }
    }

    // ------------------------------------------------------------------ commands

    /** Asks, off the FX thread, whether the cluster answers; one probe at a time. Call on the FX thread. */
    public void probe() {
        ClusterSettings settings = cluster.get();
        if (probing.get()) {
            return;
        }
        probing.set(true);
        session.background()
                .run(() -> ClusterMonitor.probe(settings, CONNECT_TIMEOUT))
                .onSuccess(n -> {
                    if (settings.equals(cluster.get())) {
                        reachableWorkers.set(n);
                    }
                })
                .onFinally(() -> {
                    probing.set(false);
                    if (!settings.equals(cluster.get())) {
                        probe(); // the project changed while this one probed the old cluster
                    }
                })
                .start();
    }

    /**
     * Runs the open project's steps on {@code execution} from now on (the cluster: {@link
     * #clusterProperty()}): remembered for its jar, applied by reloading it. Nothing when it already
     * runs there or no project is open.
     */
    public void runOn(Execution execution) {
        Project project = session.project();
        if (project == null || execution == project.options().execution()) {
            return;
        }
        remembered(project)
                .withExecution(
                        execution,
                        execution == Execution.CLUSTER
                                ? cluster.get()
                                : remembered(project).cluster())
                .save(home, project.jar());
        reload.run();
    }

    /** Starts or stops following the cluster's members (while the panel shows). */
    public void setWatching(boolean watching) {
        if (watching && watcher == null) {
            startWatching();
        } else if (!watching && watcher != null) {
            stopWatching();
        }
    }

    private void startWatching() {
        ClusterSettings settings = cluster.get();
        status.set("Looking for cluster '" + settings.name() + "' at " + String.join(", ", settings.join()) + "…");
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cluster-panel");
            t.setDaemon(true);
            return t;
        });
        watcher = thread;
        thread.scheduleWithFixedDelay(() -> refresh(settings), 0, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void stopWatching() {
        ScheduledExecutorService thread = watcher;
        watcher = null;
        thread.execute(this::disconnect);
        thread.shutdown();
    }

    private void restartWatching() {
        stopWatching();
        startWatching();
    }

    /** On the watcher's thread: connects if need be, then reads the members. */
    private void refresh(ClusterSettings settings) {
        try {
            if (monitor == null) {
                monitor = ClusterMonitor.connect(settings, CONNECT_TIMEOUT);
            }
            List<ClusterMember> now = monitor.members();
            List<DepartedWorker> gone = monitor.departed();
            int running = now.stream().mapToInt(m -> m.running().size()).sum();
            publish(
                    settings,
                    now,
                    gone,
                    "Cluster '" + settings.name() + "': " + now.size() + (now.size() == 1 ? " worker, " : " workers, ")
                            + running + (running == 1 ? " step" : " steps") + " running"
                            + (gone.isEmpty() ? "" : "; " + gone.size() + " left while watched"));
        } catch (ClusterException e) {
            disconnect();
            publish(
                    settings,
                    List.of(),
                    List.of(),
                    "No worker of cluster '" + settings.name() + "' answers at " + String.join(", ", settings.join())
                            + ". Start some with `asset-studio cluster local --name " + settings.name() + "`.");
        } catch (RuntimeException e) {
            disconnect(); // the cluster went away under the client: connect again next time
            publish(settings, List.of(), List.of(), "Lost cluster '" + settings.name() + "': " + e.getMessage());
        }
    }

    private void disconnect() {
        if (monitor != null) {
            try {
                monitor.close();
            } catch (RuntimeException ignored) {
                // a client of a cluster gone may fail to say goodbye
            }
            monitor = null;
        }
    }

    private void publish(ClusterSettings settings, List<ClusterMember> now, List<DepartedWorker> gone, String text) {
        fxThread.execute(() -> {
            if (watcher != null && settings.equals(cluster.get())) {
                departed.setAll(gone);
                members.setAll(now);
                status.set(text);
                reachableWorkers.set(now.size());
            }
        });
    }

    @Override
    public void close() {
        setWatching(false);
    }

    // ------------------------------------------------------------------ state

    /** The cluster offered: the one remembered for the project, else {@code local}. */
    public ReadOnlyObjectProperty<ClusterSettings> clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    /** Where the open project's steps run; null while none is open. */
    public ReadOnlyObjectProperty<Execution> runsOnProperty() {
        return runsOn.getReadOnlyProperty();
    }

    /** True while a probe is under way (on a background thread). */
    public ReadOnlyBooleanProperty probingProperty() {
        return probing.getReadOnlyProperty();
    }

    /** Workers of the cluster last seen; -1 while not known yet. */
    public ReadOnlyIntegerProperty reachableWorkersProperty() {
        return reachableWorkers.getReadOnlyProperty();
    }

    /** The cluster's members and their running steps, while watching. */
    public ObservableList<ClusterMember> members() {
        return membersReadOnly;
    }

    /** Workers that left while the panel watched, newest first. */
    public ObservableList<DepartedWorker> departed() {
        return departedReadOnly;
    }

    /** One sentence on the cluster, for the panel's header. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
