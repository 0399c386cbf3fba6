package dev.assetstudio.app.details;

import static dev.assetstudio.app.details.CerealProject.CEREALS;
import static dev.assetstudio.app.details.CerealProject.LOW_SUGAR;
import static dev.assetstudio.app.details.CerealProject.SUGARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.launchpad.StudioLaunchpad;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The details tabs and the launchpad in a real (headless) window, on the cereal example. */
@ExtendWith(ApplicationExtension.class)
class DetailsViewsTest {
    @TempDir
    Path home;

    private DetailsWindow fixture;
    private Stage stage;
    private StudioSession session;
    private MainWindow window;
    private Project project;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = DetailsWindow.show(
                stage, 1200, 800, (window, session) -> AssetDetails.install(window.details(), session));
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
    void showsTheDetailsOfSugaryCereals(FxRobot robot) throws Exception {
        project = CerealProject.open(home);
        robot.interact(() -> {
            session.setProject(project);
            session.select(SUGARY);
        });

        // Definition
        FxWait.until(() -> text(robot, "#definition-group").equals("nutrition"), fixture::state);
        Hyperlink upstream = robot.lookup("#definition-upstream .hyperlink").queryAs(Hyperlink.class);
        assertEquals("cereals", upstream.getText());

        // Activity: empty until materialized, then refreshed by the history bump
        robot.interact(() -> window.details().select(DetailsTab.ACTIVITY));
        FxWait.until(
                () -> robot.lookup(".as-empty-state").queryAllAs(EmptyState.class).stream()
                        .anyMatch(e -> e.getTitle().equals("Never materialized") && e.isVisible()),
                fixture::state);
        CerealProject.materializeSugary(project);
        CerealProject.materializeSugary(project);
        TableView<?> table = robot.lookup("#activity-table").queryAs(TableView.class);
        FxWait.until(
                () -> table.getItems().size() == 2,
                () -> "rows " + table.getItems().size() + ", " + error(robot));
        FxWait.until(
                () -> chart(robot, "num_rows") != null
                        && chart(robot, "num_rows").screenPoints().size() == 2,
                () -> robot.lookup(".as-metric-chart").queryAllAs(MetricChart.class).stream()
                        .map(c -> c.getData().title() + " " + c.getWidth() + "x" + c.getHeight() + " "
                                + c.screenPoints().size() + " "
                                + c.getData().points().size())
                        .toList()
                        .toString());
        assertEquals(26, chart(robot, "num_rows").getData().points().get(1).y());
        // Hover the first plot (the others may be scrolled out of the window)
        MetricChart first = robot.lookup(".as-metric-chart").queryAllAs(MetricChart.class).stream()
                .filter(c -> c.getData().title().equals("avg_rating"))
                .findFirst()
                .orElseThrow();
        double[] point = first.screenPoints().get(1);
        robot.moveTo(first.localToScreen(point[0], point[1]));
        String expected = Formats.number(first.getData().points().get(1).y());
        FxWait.until(() -> first.hoverText().startsWith(expected), first::hoverText);
        assertTrue(first.hoverText().contains("run "), first.hoverText());

        // Lineage
        robot.interact(() -> window.details().select(DetailsTab.LINEAGE));
        FxWait.until(
                () -> robot.lookup("#lineage-node-nutritionSummary").tryQuery().isPresent(), fixture::state);
        assertTrue(robot.lookup("#lineage-node-cereals").tryQuery().isPresent());
        assertTrue(robot.lookup("#lineage-node-sugaryCereals")
                .query()
                .getStyleClass()
                .contains(Styles.LINEAGE_FOCUS));

        // Runs/Logs: both runs, the newest selected, its events
        robot.interact(() -> window.details().select(DetailsTab.RUNS));
        TableView<?> runs = robot.lookup("#runs-table").queryAs(TableView.class);
        ListView<?> log = robot.lookup("#runs-log").queryAs(ListView.class);
        FxWait.until(() -> runs.getItems().size() == 2, fixture::state);
        FxWait.until(() -> runs.getSelectionModel().getSelectedIndex() == 0, fixture::state);
        FxWait.until(
                () -> log.getItems().stream().anyMatch(e -> e.toString().contains("STEP_SUCCEEDED")), fixture::state);

        // Preview: the 26 sugary cereals as a table of the record's columns
        robot.interact(() -> window.details().select(DetailsTab.PREVIEW));
        TableView<?> preview = robot.lookup("#preview-table").queryAs(TableView.class);
        FxWait.until(() -> preview.getItems().size() == 26, fixture::state);
        List<String> columns =
                preview.getColumns().stream().map(TableColumn::getText).toList();
        assertEquals(List.of("#", "name", "manufacturer", "type"), columns.subList(0, 4));
        assertTrue(text(robot, "#preview-summary").contains("26 rows"), text(robot, "#preview-summary"));

        // Clicking a lineage node shows that asset; its log has the line it wrote
        robot.interact(() -> window.details().select(DetailsTab.LINEAGE));
        robot.clickOn("#lineage-node-cereals");
        FxWait.until(() -> CEREALS.equals(session.focused()), fixture::state);
        robot.interact(() -> window.details().select(DetailsTab.RUNS));
        FxWait.until(
                () -> log.getItems().stream().anyMatch(e -> e.toString().contains("parsed 77 cereals")),
                fixture::state);

        // Definition links select
        robot.interact(() -> {
            session.select(SUGARY);
            window.details().select(DetailsTab.DEFINITION);
        });
        FxWait.until(
                () -> robot.lookup("#definition-upstream .hyperlink").tryQuery().isPresent()
                        && text(robot, "#definition-key").equals("sugaryCereals"),
                fixture::state);
        robot.clickOn("#definition-upstream .hyperlink");
        FxWait.until(() -> CEREALS.equals(session.focused()), fixture::state);
        FxWait.until(() -> text(robot, "#definition-key").equals("cereals"), fixture::state);
        FxWait.until(() -> text(robot, "#definition-status").equals("Fresh"), () -> text(robot, "#definition-status"));
    }

    @Test
    void launchpadValidatesAndMaterializesWithConfig(FxRobot robot) throws Exception {
        project = CerealProject.open(home);
        CerealProject.materializeSugary(project);
        robot.interact(() -> {
            session.setProject(project);
            StudioLaunchpad.register(session, new Materializer(session), () -> stage);
        });
        robot.interact(() -> session.configLaunchpad().orElseThrow().open(LOW_SUGAR));
        FxWait.until(() -> robot.lookup("#launchpad-field-maxSugars").tryQuery().isPresent(), fixture::state);

        assertEquals(
                "this run only; the project's default is in-process (the studio's JVM) (Run › Run on)",
                text(robot, "#launchpad-runs-on"),
                "the launcher says where runs go by default");
        assertEquals(
                Execution.IN_PROCESS,
                robot.lookup("#launchpad-run-on").queryAs(ComboBox.class).getValue(),
                "this run goes there unless chosen otherwise");
        TextField field = robot.lookup("#launchpad-field-maxSugars").queryAs(TextField.class);
        Button materialize = robot.lookup("#launchpad-materialize").queryButton();
        robot.clickOn(field).write("abc");
        Label problem = robot.lookup("#launchpad-problem-maxSugars").queryAs(Label.class);
        FxWait.until(() -> problem.isVisible() && problem.getText().contains("whole number"), fixture::state);
        assertTrue(materialize.isDisabled());
        assertTrue(field.getStyleClass().contains(Styles.INVALID));

        robot.interact(field::clear);
        robot.clickOn(field).write("6");
        FxWait.until(() -> !materialize.isDisabled(), fixture::state);
        assertTrue(!problem.isVisible());
        robot.clickOn(materialize);

        FxWait.until(
                () -> {
                    project.historyStore().flush();
                    return project.history()
                            .latestMaterialization(LOW_SUGAR)
                            .map(m -> ((Number) m.metadata().get("num_rows")).longValue() == 37)
                            .orElse(false);
                },
                fixture::state);
    }

    private static MetricChart chart(FxRobot robot, String title) {
        return robot.lookup(".as-metric-chart").queryAllAs(MetricChart.class).stream()
                .filter(c -> c.getData() != null && c.getData().title().equals(title))
                .findFirst()
                .orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static String error(FxRobot robot) {
        return robot.lookup(".as-error-panel").queryAllAs(dev.assetstudio.app.ui.ErrorPanel.class).stream()
                .filter(Node::isVisible)
                .map(p -> p.getTitle() + ": " + p.getText())
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
