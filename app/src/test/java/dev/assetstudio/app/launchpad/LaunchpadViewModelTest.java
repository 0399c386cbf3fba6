package dev.assetstudio.app.launchpad;

import static dev.assetstudio.app.details.CerealProject.LOW_SUGAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.details.CerealProject;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchpad's form, validation and run, without a window. */
class LaunchpadViewModelTest {
    @TempDir
    Path home;

    private Project project;
    private StudioSession session;
    private StudioLaunchpad launchpad;

    @BeforeEach
    void open() {
        project = CerealProject.open(home);
        session = new StudioSession(BackgroundTasks.synchronous(), new ConcurrentLinkedQueue<Runnable>()::add);
        session.setProject(project);
        launchpad = StudioLaunchpad.register(session, new Materializer(session), () -> null);
        CerealProject.materializeSugary(project); // stores cereals, which lowSugarCereals reads
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void registersItselfWithTheSession() {
        assertTrue(session.configLaunchpad().isPresent());
    }

    @Test
    void rejectsTextInAnIntegerFieldAndMaterializesAValidConfig() {
        var model = launchpad.viewModel(LOW_SUGAR, configType());
        FieldModel maxSugars = model.field("maxSugars");
        assertEquals(FieldKind.INTEGER, maxSugars.kind());
        assertEquals("int", maxSugars.field().typeName());

        maxSugars.textProperty().set("abc");
        assertFalse(model.validProperty().get());
        assertTrue(
                maxSugars.problemProperty().get().contains("whole number"),
                maxSugars.problemProperty().get());
        assertFalse(model.materialize());

        maxSugars.textProperty().set("-1");
        assertFalse(model.validProperty().get(), "the record's constructor refuses it");

        maxSugars.textProperty().set("6");
        assertTrue(model.validProperty().get(), () -> "problems: " + model.problems());
        assertEquals("", maxSugars.problemProperty().get());

        assertTrue(model.materialize());
        project.activeRuns().forEach(run -> run.await(Duration.ofSeconds(60)));
        project.historyStore().flush();
        var latest = project.history().latestMaterialization(LOW_SUGAR).orElseThrow();
        assertEquals(37L, ((Number) latest.metadata().get("num_rows")).longValue());
        assertEquals(Map.of("maxSugars", 6), launchpad.lastConfig(LOW_SUGAR));

        var again = launchpad.viewModel(LOW_SUGAR, configType());
        assertEquals("6", again.field("maxSugars").textProperty().get(), "the last config is remembered");
    }

    @Test
    void startsFromTheRecordsDefaultsAndAnEmptyFieldMeansTheDefault() {
        var model = launchpad.viewModel(LOW_SUGAR, configType());
        FieldModel maxSugars = model.field("maxSugars");
        assertEquals("6", maxSugars.textProperty().get(), "SugarThreshold() defaults maxSugars to 6");
        assertEquals("default: 6", maxSugars.defaultHint().orElseThrow());
        model.validate(); // as the dialog does when it opens
        assertTrue(model.validProperty().get(), () -> "problems: " + model.problems());

        maxSugars.textProperty().set("");
        assertTrue(model.validProperty().get(), () -> "empty is the default; problems: " + model.problems());
        assertEquals(Map.of("maxSugars", 6), model.values().orElseThrow());
    }

    @Test
    void rawJsonRoundTripsWithTheForm() {
        var model = launchpad.viewModel(LOW_SUGAR, configType());
        model.field("maxSugars").textProperty().set("4");
        model.rawModeProperty().set(true);
        assertTrue(
                model.rawJsonProperty().get().contains("\"maxSugars\" : 4"),
                model.rawJsonProperty().get());
        assertTrue(model.validProperty().get());

        model.rawJsonProperty().set("{\"maxSugars\": 5, \"extra\": 1}");
        assertFalse(model.validProperty().get());
        assertTrue(
                model.problems().stream().anyMatch(p -> p.contains("unknown field 'extra'")),
                () -> "" + model.problems());

        model.rawJsonProperty().set("{\"maxSugars\": 5}");
        assertTrue(model.validProperty().get());
        model.rawModeProperty().set(false);
        assertEquals("5", model.field("maxSugars").textProperty().get());
    }

    @Test
    void aCheckOvertakenByValuesThatDoNotParseIsNotLeftChecking() {
        var worker = new java.util.ArrayList<Runnable>();
        var slow = new StudioSession(new BackgroundTasks(worker::add, Runnable::run), runEvents -> {});
        slow.setProject(project);
        var model = StudioLaunchpad.register(slow, new Materializer(slow), () -> null)
                .viewModel(LOW_SUGAR, configType());
        FieldModel maxSugars = model.field("maxSugars");

        maxSugars.textProperty().set("6");
        model.validate();
        assertTrue(model.validatingProperty().get(), "the engine's check is under way");

        maxSugars.textProperty().set("abc"); // fails locally: no new check starts
        model.validate();
        worker.forEach(Runnable::run); // the old check ends; its result is dropped

        assertFalse(model.validatingProperty().get(), "not stuck on Checking…");
        assertFalse(model.validProperty().get());
    }

    private Class<?> configType() {
        return project.asset(LOW_SUGAR).configType().orElseThrow();
    }
}
