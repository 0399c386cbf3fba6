package dev.assetstudio.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, failing and reloading projects, without a window: background work runs on the calling thread. */
class ProjectViewModelTest {

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private StudioSession session;
    private MainViewModel main;
    private ProjectViewModel projects;

    @BeforeEach
    void setUp() {
        session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        main = new MainViewModel();
        var options = ProjectOptions.builder().home(dir.resolve("home")).build();
        // File-change callbacks are dropped here: reloads are driven by the tests themselves (the UI test covers them).
        projects = new ProjectViewModel(session, main, options, new RecentProjects(preferences), callback -> {});
    }

    @AfterEach
    void tearDown() {
        projects.close();
        if (session.project() != null) {
            session.project().close();
        }
        TestPreferences.remove(preferences);
    }

    @Test
    void opensAJarAndReportsItToTheShell() throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("jars"));
        projects.selectOnLoad("nutritionSummary");

        projects.open(jar);

        assertNotNull(session.project());
        assertEquals(jar, session.project().jar());
        assertTrue(main.projectOpenProperty().get());
        assertEquals(
                session.project().assetKeys().size(), main.assetCountProperty().get());
        assertEquals(
                "Asset Studio — cereal-assets.jar", projects.titleProperty().get());
        assertEquals(List.of(jar), main.recentProjects());
        assertEquals(AssetKey.of("nutritionSummary"), session.focused(), "--select is applied once loaded");
        assertFalse(projects.loadingProperty().get());
        assertFalse(main.busyProperty().get());
        assertNull(projects.errorProperty().get());
        assertTrue(projects.watchingProperty().get());
    }

    @Test
    void aBrokenJarShowsTheEnginesMessageAndKeepsThePreviousProject() throws Exception {
        projects.open(TestProjects.cerealJar(dir.resolve("jars")));
        Project previous = session.project();

        projects.open(TestProjects.brokenJar(dir.resolve("bad")));

        LoadError error = projects.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.title().startsWith("Could not open broken.jar"), error.title());
        assertTrue(error.text().contains("broken.jar is not a valid jar"), error.text());
        assertSame(previous, session.project());
        assertFalse(previous.isClosed());
        assertFalse(previous.select(AssetSelection.parse("group:nutrition")).isEmpty(), "still usable");
        assertEquals(
                "Asset Studio — cereal-assets.jar", projects.titleProperty().get());

        projects.dismissError();
        assertNull(projects.errorProperty().get());
    }

    @Test
    void reloadSwapsInTheNewDefinitionsAndRetiresTheOldProject() throws Exception {
        Path jar = TestProjects.smallJar(dir.resolve("jars/p.jar"), "first", "alpha");
        projects.open(jar);
        Project old = session.project();
        session.select(AssetKey.of("alpha"));

        TestProjects.smallJar(jar, "first", "alpha", "beta");
        projects.reload();

        assertEquals(
                List.of(AssetKey.of("alpha"), AssetKey.of("beta")),
                session.project().assetKeys());
        assertEquals(AssetKey.of("alpha"), session.focused(), "the selection survives a reload");
        old.closeWhenIdle().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(old.isClosed());
    }

    @Test
    void aFailedReloadKeepsTheOpenProject() throws Exception {
        Path jar = TestProjects.smallJar(dir.resolve("jars/p.jar"), "first", "alpha");
        projects.open(jar);
        Project open = session.project();
        Files.write(jar, new byte[] {1, 2, 3});

        projects.reload();

        assertSame(open, session.project());
        assertTrue(projects.errorProperty().get().title().startsWith("Could not reload p.jar"));
    }

    @Test
    void dropsOpenTheFirstJarAndRefuseOtherFiles() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertFalse(projects.openDropped(List.of(text.toFile())));
        assertTrue(
                main.statusMessageProperty().get().contains("notes.txt"),
                main.statusMessageProperty().get());
        assertNull(session.project());

        Path jar = TestProjects.cerealJar(dir.resolve("jars"));
        assertTrue(ProjectViewModel.hasJar(List.of(text.toFile(), jar.toFile())));
        assertTrue(projects.openDropped(List.<File>of(text.toFile(), jar.toFile())));
        assertEquals(jar, session.project().jar());
    }

    @Test
    void showsWhichJarItIsAboutToRun() throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("jars"));
        var seen = new java.util.ArrayList<String>();
        main.statusMessageProperty().addListener((obs, old, text) -> seen.add(text));

        projects.open(jar);

        assertTrue(seen.contains("Loading " + jar + " (runs its code)…"), seen.toString());
    }

    @Test
    void unpacksTheBundledExampleOnce() throws Exception {
        Path home = dir.resolve("home");
        var first = ExampleProject.extract(home);
        assertTrue(first.isPresent(), "the studio is built with the example bundled");
        assertEquals(home.resolve("examples/cereal-assets.jar"), first.get());
        // An old stamp stays old only if the second call leaves the file alone.
        var stamp = java.nio.file.attribute.FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(first.get(), stamp);
        assertEquals(first, ExampleProject.extract(home));
        assertEquals(stamp, Files.getLastModifiedTime(first.get()), "not rewritten when unchanged");
    }

    @Test
    void theExampleDoesNotReplaceAJarOpenedWhileItWasUnpacked() throws Exception {
        List<Runnable> worker = new java.util.ArrayList<>();
        var slow = new StudioSession(new BackgroundTasks(worker::add, Runnable::run), runEvents -> {});
        var options = ProjectOptions.builder().home(dir.resolve("home")).build();
        var opened = new java.util.ArrayList<Path>();
        var viewModel =
                new ProjectViewModel(slow, main, options, new RecentProjects(preferences), c -> {}, (jar, o) -> {
                    opened.add(jar);
                    return Project.open(jar, o);
                });
        Path chosen = TestProjects.cerealJar(dir.resolve("chosen"));
        try {
            viewModel.openExample(); // no jar argument: the example is unpacked…
            viewModel.open(chosen); // …while the user opens a jar
            while (!worker.isEmpty()) {
                worker.remove(0).run();
            }
            assertTrue(
                    Files.isRegularFile(dir.resolve("home/examples/cereal-assets.jar")),
                    "the example was unpacked, so there was a race to lose");
            assertEquals(List.of(chosen), opened, "only the chosen jar was opened");
            assertEquals(chosen, slow.project().jar());
        } finally {
            viewModel.close();
            if (slow.project() != null) {
                slow.project().close();
            }
        }
    }

    @Test
    void aLoadThatArrivesAfterTheWindowClosedIsClosed() throws Exception {
        List<Runnable> worker = new java.util.ArrayList<>();
        var slow = new StudioSession(new BackgroundTasks(worker::add, Runnable::run), runEvents -> {});
        var options = ProjectOptions.builder().home(dir.resolve("home")).build();
        var opened = new java.util.ArrayList<Project>();
        var viewModel =
                new ProjectViewModel(slow, main, options, new RecentProjects(preferences), c -> {}, (jar, o) -> {
                    Project p = Project.open(jar, o);
                    opened.add(p);
                    return p;
                });
        viewModel.open(TestProjects.cerealJar(dir.resolve("late")));
        viewModel.close(); // the window closes while the jar loads
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }
        try {
            assertEquals(1, opened.size());
            assertNull(slow.project(), "nothing is opened into a closed window");
            assertTrue(opened.get(0).isClosed(), "the late project is closed, not leaked");
        } finally {
            opened.forEach(Project::close);
        }
    }
}
