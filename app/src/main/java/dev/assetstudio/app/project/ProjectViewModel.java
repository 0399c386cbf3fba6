package dev.assetstudio.app.project;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.cluster.ClusterException;
import dev.assetstudio.engine.run.RunListener;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Opening projects: from File › Open, Open Recent, a dropped file, the command line or the bundled example; and
 * reloading them, by hand or when the jar changes on disk.
 *
 * <p>Opening a jar runs its code (static initializers, providers), as a build tool does, so the status bar says which
 * jar is being loaded, and the load happens off the FX thread. A new project replaces the open one only once it has
 * loaded: if it fails, the engine's message is shown ({@link #errorProperty()}) and the previous project stays open and
 * usable. The replaced project is retired with {@link Project#closeWhenIdle()}, so a run still going finishes on the
 * definitions it started with.
 *
 * <pre>{@code
 * var projects = new ProjectViewModel(session, main, ProjectOptions.defaults(), RecentProjects.forUser(), Platform::runLater);
 * main.setOpenProjectHandler(projects::open);
 * main.setHandler(StudioAction.RELOAD, projects::reload);
 * }</pre>
 */
public final class ProjectViewModel implements AutoCloseable {

    /** How long a jar must be quiet after a change before it is reloaded. */
    public static final Duration RELOAD_DEBOUNCE = Duration.ofMillis(500);

    private final StudioSession session;
    private final MainViewModel main;
    private final ProjectOptions options;
    private final RecentProjects recent;
    private final Executor fxThread;
    private final BiFunction<Path, ProjectOptions, Project> opener;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<LoadError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Asset Studio");
    private final ReadOnlyBooleanWrapper watching = new ReadOnlyBooleanWrapper(this, "watching");

    /** Loads of a jar (and unpacking the example): the latest one wins, an overtaken project is closed. */
    private final LatestRequests loads;

    private String selectOnLoad;
    private JarWatcher watcher;

    /**
     * @param fxThread where the file watcher's callbacks are delivered ({@code Platform::runLater})
     */
    public ProjectViewModel(
            StudioSession session,
            MainViewModel main,
            ProjectOptions options,
            RecentProjects recent,
            Executor fxThread) {
        this(session, main, options, recent, fxThread, Project::open);
    }

    /** With another way to open projects (tests that must fail or block on purpose). */
    ProjectViewModel(
            StudioSession session,
            MainViewModel main,
            ProjectOptions options,
            RecentProjects recent,
            Executor fxThread,
            BiFunction<Path, ProjectOptions, Project> opener) {
        this.session = Objects.requireNonNull(session);
        this.main = Objects.requireNonNull(main);
        this.options = Objects.requireNonNull(options);
        this.recent = Objects.requireNonNull(recent);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.opener = Objects.requireNonNull(opener);
        this.loads = new LatestRequests(session.background());
        main.recentProjects().setAll(recent.list());
    }

    // ------------------------------------------------------------------ commands

    /**
     * The settings of the open project (its worker's heap and JVM options, parallelism, cancel
     * grace), saved for its jar and applied by a reload; empty while no project is open.
     */
    public Optional<ProjectSettingsViewModel> settings() {
        Project project = session.project();
        return project == null
                ? Optional.empty()
                : Optional.of(new ProjectSettingsViewModel(options.home(), project.jar(), this::reload));
    }

    /** Opens {@code jar} off the FX thread; on success it replaces the open project. */
    public void open(Path jar) {
        load(jar.toAbsolutePath().normalize(), false);
    }

    /** Opens the open project's jar again (after a rebuild); on failure the current project stays. */
    public void reload() {
        Project current = session.project();
        if (current != null) {
            load(current.jar(), true);
        }
    }

    /** Opens the bundled example, extracting it to {@code <home>/examples} first; says so if this build has none. */
    public void openExample() {
        // A jar opened while the example is unpacked wins: the example does not replace it afterwards.
        loads.runAlongside(() -> ExampleProject.extract(options.home()))
                .onSuccess(jar -> jar.ifPresentOrElse(
                        this::open, () -> main.setStatusMessage("This build has no bundled example project")))
                .onFailure(e -> error.set(LoadError.of("Could not unpack the example project", e)))
                .start();
    }

    /**
     * Opens the first jar among files dropped on the window; returns false, and says why in the status bar, if there
     * is none.
     */
    public boolean openDropped(List<File> files) {
        List<Path> jars =
                files.stream().map(File::toPath).filter(ProjectViewModel::isJar).toList();
        if (jars.isEmpty()) {
            String names = files.stream()
                    .map(File::getName)
                    .limit(3)
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("nothing");
            main.setStatusMessage("Only asset jars (.jar) can be opened, not " + names);
            return false;
        }
        open(jars.get(0));
        if (jars.size() > 1) {
            main.setStatusMessage("Opening " + jars.get(0).getFileName() + ", the first of " + jars.size() + " jars");
        }
        return true;
    }

    /** Whether a drag carrying {@code files} could be dropped (has a jar), for drag-over feedback. */
    public static boolean hasJar(List<File> files) {
        return files.stream().map(File::toPath).anyMatch(ProjectViewModel::isJar);
    }

    /** Selects {@code key} ({@code a/b/c}) once the next project has loaded, if it has that asset. */
    public void selectOnLoad(String key) {
        this.selectOnLoad = key;
    }

    /** Hides the error panel. */
    public void dismissError() {
        error.set(null);
    }

    // ------------------------------------------------------------------ loading

    private void load(Path jar, boolean reload) {
        loading.set(true);
        // The user should know which code is about to run: loading a jar runs its static initializers.
        main.showProgress(-1, "Loading " + jar + " (runs its code)…");
        loads.run(() -> openWithSettings(jar))
                .onSuccess(opened -> {
                    opened(opened.project());
                    if (opened.note() != null) {
                        main.setStatusMessage(opened.note());
                    }
                })
                .onDropped(opened -> retire(opened.project())) // A newer open or reload overtook this one.
                .onFailure(failure -> failed(jar, reload, failure))
                .onFinally(() -> {
                    loading.set(false);
                    main.hideProgress();
                })
                .start();
    }

    /** A project opened, and what the user should know about how (null when nothing). */
    private record Opened(Project project, String note) {}

    /**
     * Opens {@code jar} with the settings remembered for it. A cluster that does not answer (or
     * refuses the project) costs the cluster, not the project: it opens in the worker process, and
     * the note says why.
     */
    private Opened openWithSettings(Path jar) {
        ProjectOptions chosen = ProjectSettings.load(options.home(), jar).applyTo(options);
        try {
            return new Opened(opener.apply(jar, chosen), null);
        } catch (ClusterException e) {
            if (chosen.execution() != Execution.CLUSTER) {
                throw e;
            }
            Execution fallback = options.execution() == Execution.CLUSTER ? Execution.WORKER : options.execution();
            Project project =
                    opener.apply(jar, chosen.toBuilder().execution(fallback).build());
            return new Opened(
                    project,
                    "Not running on cluster '" + chosen.cluster().name() + "': " + e.getMessage() + " — running in the "
                            + (fallback == Execution.WORKER ? "worker process" : "studio"));
        }
    }

    private void opened(Project project) {
        Project previous = session.project();
        session.setProject(project);
        if (previous != null && previous != project) {
            retire(previous);
        }
        Path jar = project.jar();
        main.recentProjects().setAll(recent.add(jar));
        main.projectOpened(jar, project.assetKeys().size());
        title.set("Asset Studio — " + jar.getFileName());
        error.set(null);
        watch(jar);
        if (selectOnLoad != null) {
            selectRequested(project, selectOnLoad);
            selectOnLoad = null;
        }
    }

    private void selectRequested(Project project, String key) {
        AssetKey asset = AssetKey.parse(key);
        if (project.assetKeys().contains(asset)) {
            session.select(asset);
        } else {
            main.setStatusMessage("No asset " + key + " in " + project.jar().getFileName());
        }
    }

    private void failed(Path jar, boolean reload, Throwable failure) {
        Project current = session.project();
        String keeping =
                current == null ? "" : " — still showing " + current.jar().getFileName() + " as it was";
        String verb = reload ? "Could not reload " : "Could not open ";
        error.set(LoadError.of(verb + jar.getFileName() + keeping, failure));
    }

    private void retire(Project old) {
        // Closing flushes history and waits for runs; closeWhenIdle does that on the runs' own threads. The
        // session keeps listening until then, so a run the old project still has going reports its end.
        RunListener listener = session.runListener();
        old.closeWhenIdle().whenComplete((v, e) -> old.removeRunListener(listener));
    }

    private void watch(Path jar) {
        if (watcher != null && watcher.jar().equals(jar)) {
            return;
        }
        stopWatching();
        try {
            watcher = JarWatcher.start(jar, RELOAD_DEBOUNCE, () -> fxThread.execute(this::reloadAfterChange));
            watching.set(true);
        } catch (IOException | RuntimeException e) {
            main.setStatusMessage("Not watching " + jar.getFileName() + " for changes: " + e.getMessage());
        }
    }

    private void reloadAfterChange() {
        Project current = session.project();
        if (current != null && watcher != null && current.jar().equals(watcher.jar())) {
            reload();
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
            watching.set(false);
        }
    }

    /**
     * Stops watching the jar (the open project stays open: the session owns it). A load still under way is
     * dropped: its project is closed when it arrives.
     */
    @Override
    public void close() {
        loads.dropUnderWay();
        stopWatching();
    }

    private static boolean isJar(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                && Files.isRegularFile(path);
    }

    // ------------------------------------------------------------------ state

    /** True while a jar is being loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The latest load failure, until dismissed or a load succeeds; null when there is none. */
    public ReadOnlyObjectProperty<LoadError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The window title: "Asset Studio — orders.jar". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while the open jar is watched for changes. */
    public ReadOnlyBooleanProperty watchingProperty() {
        return watching.getReadOnlyProperty();
    }
}
