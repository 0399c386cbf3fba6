package dev.assetstudio.app.details;

import static dev.assetstudio.app.details.CerealProject.LOW_SUGAR;
import static dev.assetstudio.app.details.CerealProject.SUGARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Checks tab and the Definition tab's tags, owners, kinds, checks and shared step, on the cereal example. */
@ExtendWith(ApplicationExtension.class)
class ChecksTabTest {
    @TempDir
    Path home;

    private DetailsWindow fixture;
    private final List<String> started = new CopyOnWriteArrayList<>();
    private StudioSession session;
    private MainWindow window;
    private Project project;

    @Start
    void start(Stage stage) {
        fixture = DetailsWindow.show(
                stage,
                1200,
                760,
                (window, session) -> AssetDetails.install(window.details(), session, selection -> {
                    started.add(selection.toString());
                    project.submit(selection, RunRequest.empty());
                }));
        session = fixture.session();
        window = fixture.window();
    }

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
        fixture.close();
    }

    @Test
    void showsEachCheckWithItsLatestResultMetadataAndHistoryAndRunsThem(FxRobot robot) throws Exception {
        project = CerealProject.open(home);
        robot.interact(() -> {
            session.setProject(project);
            session.select(SUGARY);
            window.details().select(DetailsTab.CHECKS);
        });
        TableView<ChecksInfo.Row> checks = table(robot, "#checks-table");
        FxWait.until(() -> checks.getItems().size() == 1, () -> "rows " + checks.getItems());
        assertEquals("ratingsInRange", checks.getItems().get(0).name());
        assertEquals("never run", checks.getItems().get(0).result());
        assertEquals("unknown", text(robot, "#checks-health"));

        CerealProject.materializeSugary(project);
        FxWait.until(
                () -> checks.getItems().size() == 1
                        && checks.getItems().get(0).result().equals("passed"),
                fixture::state);
        FxWait.until(() -> text(robot, "#checks-health").equals("healthy"), () -> text(robot, "#checks-health"));
        TableView<?> metadata = table(robot, "#checks-metadata");
        assertEquals(
                "outside_range",
                ((java.util.Map.Entry<?, ?>) metadata.getItems().get(0)).getKey());
        TableView<?> history = table(robot, "#checks-history");
        assertEquals(1, history.getItems().size());

        Button run = robot.lookup("#checks-run").queryAs(Button.class);
        assertTrue(!run.isDisabled());
        robot.clickOn(run);
        assertEquals(List.of("checks:\"sugaryCereals\""), started);
        FxWait.until(() -> history.getItems().size() == 2, () -> "history " + history.getItems());
        assertEquals(1, project.history().countMaterializations(SUGARY), "checks ran alone: no materialization");

        robot.interact(() -> session.select(LOW_SUGAR));
        FxWait.until(() -> robot.lookup("#checks-empty").queryAs(Label.class).isVisible(), fixture::state);
        assertTrue(checks.getItems().isEmpty());
        assertTrue(robot.lookup("#checks-run").queryAs(Button.class).isDisabled());
    }

    @Test
    void theDefinitionTabShowsOwnersKindsTagsFreshnessChecksAndTheSharedStep(FxRobot robot) throws Exception {
        project = CerealProject.open(home);
        robot.interact(() -> {
            session.setProject(project);
            session.select(SUGARY);
        });
        FxWait.until(() -> !chips(robot, "#definition-owners").isEmpty(), fixture::state);
        assertEquals(List.of("team:nutrition"), chips(robot, "#definition-owners"));
        assertEquals(List.of("csv", "java"), chips(robot, "#definition-kinds"));
        assertEquals(List.of("domain=nutrition"), chips(robot, "#definition-tags"));
        assertEquals("ratingsInRange", text(robot, "#definition-checks"));

        robot.interact(() -> session.select(AssetKey.of("dailySales")));
        FxWait.until(
                () -> text(robot, "#definition-freshness").equals("warn after PT24H, fail after PT48H"),
                fixture::state);

        robot.interact(() -> session.select(AssetKey.of("hotCereals")));
        FxWait.until(() -> robot.lookup("#definition-shared-step").tryQuery().isPresent(), fixture::state);
        String shared = robot.lookup("#definition-shared-step .as-flag")
                .queryAs(Label.class)
                .getText();
        assertTrue(shared.contains("cerealsByType"), shared);
        assertEquals(
                "coldCereals",
                robot.lookup("#definition-shared-step .hyperlink")
                        .queryAs(javafx.scene.control.Hyperlink.class)
                        .getText());
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static List<String> chips(FxRobot robot, String query) {
        return robot.lookup(query)
                .tryQuery()
                .map(n -> ((FlowPane) n)
                        .getChildren().stream().map(c -> ((Label) c).getText()).collect(Collectors.toList()))
                .orElse(List.of());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
