package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.launchpad.LaunchpadViewModel;
import dev.assetstudio.app.launchpad.StudioLaunchpad;
import dev.assetstudio.app.project.LoadError;
import dev.assetstudio.app.project.ProjectViewModel;
import dev.assetstudio.app.project.RecentProjects;
import dev.assetstudio.app.run.RunPanelViewModel;
import dev.assetstudio.app.run.StepRow;
import dev.assetstudio.app.run.StepState;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.testing.BadJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bad inputs of the reliability issue in the studio, at the view-model level on the real FX thread and thread
 * pool (as {@link StudioApp} wires them), grouped by where they surface:
 *
 * <ul>
 *   <li>load time: the engine's message in the error panel naming the culprit, the open project stays and still
 *       materializes, and a good jar opens afterwards;
 *   <li>run time: the run ends FAILED, the failed step's row says asset and phase, the asset's badge is FAILED, a
 *       notification says the run failed, and the other assets still materialize;
 *   <li>planning: the run is refused with a notification naming asset/field/key, nothing starts, and the launchpad
 *       shows the config problem inline.
 * </ul>
 */
@ExtendWith(ApplicationExtension.class)
class StudioBadInputTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private ProjectOptions options;
    private StudioSession session;
    private MainViewModel main;
    private ProjectViewModel projects;
    private Materializer materializer;
    private RunPanelViewModel runs;
    private final List<Notification> notifications = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        options = ProjectOptions.builder().home(dir.resolve("home")).build();
        fx(() -> {
            session = new StudioSession(BackgroundTasks.onThreadPool());
            main = new MainViewModel();
            materializer = new Materializer(session);
            projects =
                    new ProjectViewModel(session, main, options, new RecentProjects(preferences), Platform::runLater);
            runs = new RunPanelViewModel(session, main, materializer);
            // As the toasts do: take each notification as it comes.
            session.notifications().addListener((javafx.collections.ListChangeListener<Notification>) c -> {
                while (c.next()) {
                    notifications.addAll(c.getAddedSubList());
                }
            });
            return null;
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            projects.close();
            return null;
        });
        Project open = session.project();
        if (open != null) {
            open.closeWhenIdle().get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        unmount();
        TestPreferences.remove(preferences);
    }

    // ================================================================== (a) load time

    /** A jar that cannot be opened and what the error panel must name. */
    record LoadCase(String name, Function<Path, Path> jar, List<String> culprit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static LoadCase load(String name, Function<Path, Path> jar, String... culprit) {
        return new LoadCase(name, jar, List.of(culprit));
    }

    static Stream<LoadCase> loadCases() {
        return Stream.of(
                load("not a jar", BadJars::notAJar, "x.jar", "not a valid jar"),
                load("corrupt jar", BadJars::truncated, "truncated.jar", "not a valid jar"),
                load("empty jar", BadJars::empty, "empty.jar", "no assets found"),
                load("missing library", BadJars::missingLibrary, "com.x.Assets", "com.x.Library"),
                load("static initializer", BadJars::staticInitializer, "com.x.Assets", "NumberFormatException"),
                load("no -parameters", BadJars::noParameters, "com.x.Assets#down", "-parameters"),
                load("cycle", BadJars::cycle, "cycle", "a -> b -> c -> a"),
                load("duplicate key", BadJars::duplicateKey, "duplicate asset key same", "com.x.One", "com.x.Two"),
                load("unknown upstream", BadJars::unknownUpstream, "report", "cerals", "did you mean cereals"),
                load("group conflict", BadJars::groupConflict, "com.x.Assets#bad", "nabisco", "cereal"),
                load("provider throws", BadJars::providerThrows, "com.x.Defs", "definitions()", "config file missing"),
                load("unknown resource", BadJars::unknownResource, "com.x.Assets#fetch", "'api'"),
                load("unknown I/O manager", BadJars::unknownIoManager, "com.x.Assets#stored", "'warehouse_io'"),
                load("path separator in a key", BadJars::separatorInKey, "com.x.Assets#sneaky", "'a/b'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loadCases")
    void aJarThatCannotBeOpenedShowsTheEnginesMessageAndTheOpenProjectStays(LoadCase c) throws Exception {
        Path good = BadJars.good(dir.resolve("good"), "good.jar", "alpha", "beta");
        Project previous = openAndWait(good);

        Path bad = c.jar().apply(dir.resolve("bad"));
        fx(() -> {
            projects.open(bad);
            return null;
        });
        FxWait.onFx(
                () -> projects.errorProperty().get() != null
                        && !projects.loadingProperty().get(),
                this::shown);

        LoadError error = projects.errorProperty().get();
        assertEquals(
                "Could not open " + bad.getFileName() + " — still showing good.jar as it was",
                error.title(),
                error::toString);
        assertTrue(error.text().startsWith("cannot load " + bad.getFileName()), error::text);
        for (String fragment : c.culprit()) {
            assertTrue(error.text().contains(fragment), () -> "expected '" + fragment + "' in: " + error.text());
        }
        assertFalse(error.text().contains("\tat "), () -> "no stack trace: " + error.text());
        assertStillUsable(previous, "alpha", "beta");

        // and a good jar opens afterwards, clearing the error
        Path next = BadJars.good(dir.resolve("next"), "next.jar", "gamma");
        openAndWait(next);
        assertNull(projects.errorProperty().get());
        assertEquals(List.of(AssetKey.of("gamma")), session.project().assetKeys());
    }

    /** A history database the project cannot be opened with, and the words the error must have. */
    record HistoryCase(String name, Function<Path, Path> db, List<String> culprit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<HistoryCase> historyCases() {
        return Stream.of(
                new HistoryCase("corrupt history", BadJars::garbageHistory, List.of("not a SQLite database")),
                new HistoryCase(
                        "newer schema", BadJars::newerHistory, List.of("schema version 99", "newer than this")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("historyCases")
    void aBrokenHistoryDatabaseShowsItsMessageAndTheOpenProjectStays(HistoryCase c) throws Exception {
        Path good = BadJars.good(dir.resolve("good"), "good.jar", "alpha");
        Project previous = openAndWait(good);

        // A second window's worth of opening, on another home whose history database is broken.
        Path db = c.db().apply(dir.resolve("other-home").resolve("history.db"));
        var brokenOptions = ProjectOptions.builder().home(db.getParent()).build();
        ProjectViewModel other =
                fx(() -> new ProjectViewModel(session, main, brokenOptions, new RecentProjects(preferences), r -> {}));
        Path jar = BadJars.good(dir.resolve("again"), "again.jar", "delta");
        fx(() -> {
            other.open(jar);
            return null;
        });
        FxWait.onFx(
                () -> other.errorProperty().get() != null
                        && !other.loadingProperty().get(),
                this::shown);
        LoadError error = other.errorProperty().get();
        assertTrue(error.title().startsWith("Could not open again.jar"), error::title);
        assertTrue(error.text().contains(db.toString()), error::text);
        for (String fragment : c.culprit()) {
            assertTrue(error.text().contains(fragment), () -> "expected '" + fragment + "' in: " + error.text());
        }
        assertFalse(error.text().contains("\tat "), () -> "a readable message, not a stack trace: " + error.text());
        assertStillUsable(previous, "alpha");

        // Moved aside, as the message says: the same jar opens.
        Files.move(db, db.resolveSibling("history.db.broken"));
        fx(() -> {
            other.open(jar);
            return null;
        });
        FxWait.onFx(() -> session.project() != null && session.project().jar().equals(jar), this::shown);
        assertNull(other.errorProperty().get());
        fx(() -> {
            other.close();
            return null;
        });
    }

    @Test
    void aHomeWhereNoFolderCanBeMadeShowsWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        var blocked = ProjectOptions.builder().home(file.resolve("home")).build();
        ProjectViewModel other =
                fx(() -> new ProjectViewModel(session, main, blocked, new RecentProjects(preferences), r -> {}));
        fx(() -> {
            other.open(BadJars.good(dir.resolve("good"), "good.jar", "alpha"));
            return null;
        });
        FxWait.onFx(
                () -> other.errorProperty().get() != null
                        && !other.loadingProperty().get(),
                this::shown);
        LoadError error = other.errorProperty().get();
        assertTrue(error.text().contains("history database") && error.text().contains("a-file"), error::text);
        assertFalse(error.text().contains("\tat "), error::text);
        assertNull(session.project());
    }

    @Test
    void theExampleWithABrokenHistoryAtStartupShowsAReadableError() throws Exception {
        // The studio starts with the default home and opens the bundled example: here that home's history is broken.
        Path home = dir.resolve("default-home");
        BadJars.garbageHistory(home.resolve("history.db"));
        var defaults = ProjectOptions.builder().home(home).build();
        ProjectViewModel startup =
                fx(() -> new ProjectViewModel(session, main, defaults, new RecentProjects(preferences), r -> {}));
        fx(() -> {
            startup.openExample();
            return null;
        });
        FxWait.onFx(
                () -> startup.errorProperty().get() != null
                        && !startup.loadingProperty().get(),
                this::shown);
        LoadError error = startup.errorProperty().get();
        assertEquals("Could not open cereal-assets.jar", error.title());
        assertTrue(error.text().contains(home.resolve("history.db").toString()), error::text);
        assertTrue(error.text().contains("not a SQLite database"), error::text);
        assertFalse(error.text().contains("\tat "), error::text);
        assertNull(session.project());
        assertFalse(main.busyProperty().get());
        fx(() -> {
            startup.close();
            return null;
        });
    }

    @Test
    void theExampleInAHomeWhereNoFolderCanBeMadeShowsWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        var blocked = ProjectOptions.builder().home(file.resolve("home")).build();
        ProjectViewModel startup =
                fx(() -> new ProjectViewModel(session, main, blocked, new RecentProjects(preferences), r -> {}));
        fx(() -> {
            startup.openExample();
            return null;
        });
        FxWait.onFx(() -> startup.errorProperty().get() != null, this::shown);
        LoadError error = startup.errorProperty().get();
        assertEquals("Could not unpack the example project", error.title());
        assertTrue(error.text().contains(file.toString()) && error.text().contains("Not a directory"), error::text);
        assertFalse(error.text().contains("\tat "), error::text);
        fx(() -> {
            startup.close();
            return null;
        });
    }

    // ================================================================== (b) run time

    /** A jar with a failing asset {@code failing} and a good asset {@code fine}, and what the failure must say. */
    record RunCase(String name, Setup setup, String failing, String phase, List<String> reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Setup {
        /** The jar to open (and, for the full disk, the options to open it with). */
        Path jar(Path dir, StudioBadInputTest test) throws Exception;
    }

    private static final String FINE = "    @Asset public static String fine() { return \"fine\"; }\n";

    private static Setup assets(String body) {
        return (dir, test) -> BadJars.assets(dir, "failing.jar", "public final class Assets {\n" + body + FINE + "}\n");
    }

    static Stream<RunCase> runCases() {
        return Stream.of(
                new RunCase(
                        "asset throws",
                        assets(
                                "@Asset public static String boom() { throw new IllegalStateException(\"upstream API is down\"); }\n"),
                        "boom",
                        "compute",
                        List.of("upstream API is down")),
                new RunCase(
                        "handleOutput throws",
                        (dir, test) -> BadJars.withBrokenIo(
                                dir,
                                "brokenio.jar",
                                "public final class Assets {\n"
                                        + "@Asset(ioManager = \"broken_io\") public static int stored() { return 1; }\n"
                                        + FINE + "}\n"),
                        "stored",
                        "handle output",
                        List.of("warehouse refused the write")),
                new RunCase(
                        "loadInput throws",
                        (dir, test) -> BadJars.withBrokenIo(
                                dir,
                                "brokenio.jar",
                                "public final class Assets {\n"
                                        + "@Asset public static int up() { return 1; }\n"
                                        + "@Asset public static int reader(@In(value = \"up\", inputManager = \"broken_io\") int up) { return up; }\n"
                                        + FINE + "}\n"),
                        "reader",
                        "load input",
                        List.of("warehouse refused the read")),
                new RunCase(
                        "not Serializable",
                        assets("public static final class Opaque {}\n"
                                + "@Asset public static Object opaque() { return new Opaque(); }\n"),
                        "opaque",
                        "handle output",
                        List.of("com.x.Assets$Opaque", "Serializable")),
                new RunCase(
                        "returns null",
                        assets("@Asset public static String nothing() { return null; }\n"),
                        "nothing",
                        "compute",
                        List.of("returned null")),
                new RunCase(
                        "key segment '..'",
                        assets("@Asset(keyPrefix = {\"..\"}) public static String escape() { return \"x\"; }\n"),
                        "../escape",
                        "handle output",
                        List.of("'..'", "not a safe file name")),
                new RunCase(
                        "full disk",
                        (dir, test) -> {
                            test.fullDiskHome();
                            return BadJars.assets(
                                    dir,
                                    "blob.jar",
                                    "public final class Assets {\n"
                                            + "@Asset public static byte[] blob() { return new byte[2_000_000]; }\n"
                                            + FINE + "}\n");
                        },
                        "blob",
                        "handle output",
                        List.of("No space left on device")));
    }

    private Path mountPoint;

    /** Unmounts the full disk before the temporary folder holding its mount point is deleted. */
    private void unmount() throws IOException, InterruptedException {
        if (mountPoint != null) {
            new ProcessBuilder("umount", "-l", mountPoint.toString()).start().waitFor();
            mountPoint = null;
        }
    }

    /** Moves this test's home to a 512 KiB tmpfs (history outside it), or skips saying why it cannot. */
    void fullDiskHome() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", mnt.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        Assumptions.assumeTrue(rc == 0, "cannot mount a tmpfs (exit " + rc + ": " + out + "); needs root");
        mountPoint = mnt;
        // One step at a time: with `blob` and `fine` writing at once, blob's 2 MB would fill the disk under
        // fine as well, and which of the two the disk refuses first would be up to the scheduler.
        options = ProjectOptions.builder()
                .home(mnt)
                .historyDatabase(dir.resolve("history.db"))
                .parallelism(1)
                .build();
        ProjectOptions opts = options;
        projects = fx(() -> {
            projects.close();
            return new ProjectViewModel(session, main, opts, new RecentProjects(preferences), r -> {});
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runCases")
    void aFailingStepFailsTheRunVisiblyAndTheOtherAssetsStillMaterialize(RunCase c) throws Exception {
        Path jar = c.setup().jar(dir.resolve("jar"), this);
        Project project = openAndWait(jar);
        AssetKey failing = AssetKey.parse(c.failing());

        fx(() -> {
            materializer.materializeAll();
            return null;
        });
        Notification done = awaitNotification(n -> n.title().startsWith("Run "));

        // the notification
        assertEquals(Notification.Level.ERROR, done.level(), done::toString);
        assertTrue(done.title().startsWith("Run failed"), done::toString);
        assertFailureMessage(done.detail(), c);
        // the run panel
        FxWait.onFx(() -> runs.statusProperty().get() == RunStatus.FAILED, this::shown);
        StepRow row = fx(() -> runs.steps().stream()
                .filter(r -> r.step().asset().equals(failing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + failing + " in " + runs.steps())));
        assertEquals(StepState.FAILED, row.state());
        assertFailureMessage(row.messageProperty().get(), c);
        StepRow fine = fx(() -> runs.steps().stream()
                .filter(r -> r.step().asset().equals(AssetKey.of("fine")))
                .findFirst()
                .orElseThrow());
        assertEquals(StepState.SUCCEEDED, fine.state());
        // the badges, once history has been read again
        FxWait.onFx(
                () -> state(failing) == AssetStatus.State.FAILED
                        && state(AssetKey.of("fine")) == AssetStatus.State.FRESH,
                this::shown);
        assertEquals("fine", project.loadAssetValue(AssetKey.of("fine")));
    }

    private static void assertFailureMessage(String message, RunCase c) {
        assertTrue(
                message.contains("asset " + c.failing() + " failed in " + c.phase()),
                () -> "expected asset and phase in: " + message);
        for (String fragment : c.reason()) {
            assertTrue(message.contains(fragment), () -> "expected '" + fragment + "' in: " + message);
        }
    }

    // ================================================================== (c) planning

    private static final String PLANNED =
            """
            public final class Assets {
                public record Fetch(String endpoint, int retries) implements Config {}
                @Asset public static String fetched(Fetch config) { return config.endpoint() + config.retries(); }
                @Asset @StaticPartitions({"eu", "us"})
                public static String region(AssetContext context) { return context.partitionKey(); }
                @Asset public static int cereals() { return 1; }
            }
            """;

    static Stream<List<Object>> planningCases() {
        return Stream.of(
                List.of(
                        "config missing a field",
                        "fetched",
                        RunRequest.builder()
                                .config("fetched", Map.of("endpoint", "x"))
                                .build(),
                        List.of("fetched", "missing field 'retries'")),
                List.of(
                        "config of the wrong type",
                        "fetched",
                        RunRequest.builder()
                                .config("fetched", Map.of("endpoint", "x", "retries", "many"))
                                .build(),
                        List.of("fetched", "'retries'", "\"many\"")),
                List.of("selection of an unknown key", "cerals", RunRequest.empty(), List.of("cerals", "cereals")),
                List.of("selection that matches nothing", "group:nope", RunRequest.empty(), List.of("group:nope")),
                List.of(
                        "partition key outside",
                        "region",
                        RunRequest.builder().partitionKey("mars").build(),
                        List.of("mars", "region")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planningCases")
    @SuppressWarnings("unchecked")
    void aRunThatCannotBePlannedIsRefusedWithANotificationAndNothingStarts(List<Object> c) throws Exception {
        String selection = (String) c.get(1);
        RunRequest request = (RunRequest) c.get(2);
        List<String> culprit = (List<String>) c.get(3);
        Project project = openAndWait(BadJars.assets(dir.resolve("jar"), "planned.jar", PLANNED));
        int runsBefore = runCount(project);

        fx(() -> {
            materializer.materialize(AssetSelection.parse(selection), request);
            return null;
        });
        Notification refused = awaitNotification(n -> n.level() == Notification.Level.ERROR);
        assertEquals("Cannot materialize " + selection, refused.title(), refused::toString);
        for (String fragment : culprit) {
            assertTrue(refused.detail().contains(fragment), () -> "expected '" + fragment + "' in: " + refused);
        }
        assertFalse(refused.detail().contains("\tat "), refused::toString);
        assertTrue(fx(() -> materializer.activeRuns().isEmpty()));
        assertNull(runs.runIdProperty().get(), "the run panel shows no run");
        assertEquals(runsBefore, runCount(project), "no run in history");
        assertTrue(project.activeRuns().isEmpty());
    }

    @Test
    void theLaunchpadShowsConfigProblemsInline() throws Exception {
        Project project = openAndWait(BadJars.assets(dir.resolve("jar"), "planned.jar", PLANNED));
        AssetKey fetched = AssetKey.of("fetched");
        Class<?> type = project.asset(fetched).configType().orElseThrow();
        LaunchpadViewModel pad =
                fx(() -> new StudioLaunchpad(session, materializer, () -> null).viewModel(fetched, type));

        // the form: a missing field, then text in a number field, each under its field
        fx(() -> {
            pad.field("endpoint").textProperty().set("x");
            pad.field("retries").textProperty().set("");
            return null;
        });
        FxWait.onFx(() -> !pad.validatingProperty().get(), this::shown);
        assertEquals("is required", pad.field("retries").problemProperty().get());
        assertFalse(pad.validProperty().get());
        fx(() -> {
            pad.field("retries").textProperty().set("many");
            return null;
        });
        FxWait.onFx(() -> !pad.validatingProperty().get(), this::shown);
        assertTrue(pad.field("retries").problemProperty().get().contains("whole number, got \"many\""));
        assertFalse(fx(pad::materialize), "Materialize is refused");

        // raw JSON: the engine's binder names the field and the wrong value
        fx(() -> {
            pad.rawModeProperty().set(true);
            pad.rawJsonProperty().set("{\"endpoint\": \"x\", \"retries\": \"many\"}");
            return null;
        });
        FxWait.onFx(() -> !pad.validatingProperty().get() && !pad.problems().isEmpty(), this::shown);
        String problems = String.join("\n", pad.problems());
        assertTrue(problems.contains("'retries'") && problems.contains("\"many\""), problems);
        assertFalse(pad.validProperty().get());
        fx(() -> {
            pad.rawJsonProperty().set("{\"endpoint\": \"x\"}");
            return null;
        });
        FxWait.onFx(
                () -> !pad.validatingProperty().get()
                        && String.join("\n", pad.problems()).contains("missing field 'retries'"),
                this::shown);
        assertFalse(fx(pad::materialize));
        assertEquals(0, runCount(project), "nothing ran");
    }

    // ================================================================== helpers

    private Project openAndWait(Path jar) throws Exception {
        fx(() -> {
            projects.open(jar);
            return null;
        });
        FxWait.onFx(
                () -> !projects.loadingProperty().get()
                        && (projects.errorProperty().get() != null
                                || (session.project() != null
                                        && session.project().jar().equals(jar))),
                this::shown);
        assertNull(
                projects.errorProperty().get(),
                () -> String.valueOf(projects.errorProperty().get()));
        FxWait.onFx(() -> !session.statuses().isEmpty(), this::shown);
        return session.project();
    }

    /** The open project is the one from before, not closed, and a Materialize all from the studio succeeds. */
    private void assertStillUsable(Project previous, String... keys) throws Exception {
        assertSame(previous, session.project());
        assertFalse(previous.isClosed());
        notifications.clear();
        fx(() -> {
            materializer.materializeAll();
            return null;
        });
        Notification done = awaitNotification(n -> n.title().startsWith("Run "));
        assertEquals("Run succeeded", done.title(), done::toString);
        for (String key : keys) {
            FxWait.onFx(() -> state(AssetKey.of(key)) == AssetStatus.State.FRESH, this::shown);
        }
    }

    private Notification awaitNotification(java.util.function.Predicate<Notification> which) throws Exception {
        FxWait.onFx(() -> notifications.stream().anyMatch(which), this::shown);
        return fx(() -> notifications.stream().filter(which).findFirst().orElseThrow());
    }

    /** What the studio shows now, for a wait that timed out to say. Read on the FX thread. */
    private String shown() {
        Project open = session.project();
        return "project " + (open == null ? "none" : open.jar()) + ", load error "
                + projects.errorProperty().get() + ", run "
                + runs.statusProperty().get() + ", statuses " + session.statuses() + ", notifications "
                + notifications;
    }

    private AssetStatus.State state(AssetKey key) {
        AssetStatus status = session.statuses().get(key);
        return status == null ? null : status.state();
    }

    private static int runCount(Project project) {
        project.historyStore().flush();
        return project.history().runs(0, 1000).size();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
