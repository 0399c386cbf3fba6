package dev.assetstudio.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.theme.GroupColors;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalog's group rows in a headless window: each group has the colour the graph and details give it. */
@ExtendWith(ApplicationExtension.class)
class CatalogViewTest {

    @TempDir
    static Path dir;

    private StudioSession session;
    private Project project;
    private CatalogViewModel viewModel;

    @Start
    void start(Stage stage) {
        session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        viewModel = new CatalogViewModel(session, new Materializer(session));
        var view = new CatalogView(viewModel, session);
        stage.setScene(new Scene(view, 400, 900));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (project != null) {
            project.close();
        }
    }

    /**
     * A status that changed while its row was out of sight shows once a taller tree (a taller window,
     * a lower run panel) brings the row into view: the cells the tree then adds are filled anew, not left as they were drawn before.
     */
    @Test
    void aStatusChangedOutOfSightShowsWhenTheWindowGrows(FxRobot robot) throws Exception {
        // a project of its own (values under its own home): the shared test home's cereal values stay as they were
        String[] names = java.util.stream.IntStream.range(0, 28)
                .mapToObj(i -> String.format("a%02d", i))
                .toArray(String[]::new);
        Path jar =
                TestProjects.smallJar(dir.resolve("many-" + System.nanoTime()).resolve("many.jar"), "g", names);
        project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("many-home")).build());
        robot.interact(() -> session.setProject(project));
        WaitForAsyncUtils.waitForFxEvents();
        // the tree made low, as a taller run panel or a lower window makes it (the stage itself is left
        // alone: the tests after this one share it)
        javafx.scene.control.TreeView<?> tree = robot.lookup(".tree-view").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> tree.setMaxHeight(100));
        WaitForAsyncUtils.waitForFxEvents();
        AssetKey last = AssetKey.of("a27");
        assertTrue(catalogTime(robot, last) == null, "the row is out of sight in a low tree");
        assertTrue(project.materialize(dev.assetstudio.engine.AssetSelection.parse("a27"))
                .succeeded());
        robot.interact(session::refreshStatuses);
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> session.statuses().get(last) != null
                        && session.statuses().get(last).lastMaterialized() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> tree.setMaxHeight(Double.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("just now", catalogTime(robot, last), "the row shows its new status once in sight");
    }

    /** The time shown in {@code key}'s visible catalog row, or null when no visible row shows it. */
    private static String catalogTime(FxRobot robot, AssetKey key) {
        return robot.lookup(".tree-cell").queryAll().stream()
                .map(node -> (TreeCell<?>) node)
                .filter(cell -> cell.isVisible()
                        && cell.getItem() instanceof CatalogView.Row row
                        && key.equals(row.key())
                        && cell.localToScene(0, 0).getY() < cell.getScene().getHeight())
                .findFirst()
                .map(cell -> cell.lookupAll(".label").stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .filter(t -> t != null && (t.equals("just now") || t.endsWith(" ago")))
                        .findFirst()
                        .orElse(""))
                .orElse(null);
    }

    @Test
    void groupDotsUseTheGroupsOwnColour(FxRobot robot) throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("jars-" + System.nanoTime()));
        project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build());
        robot.interact(() -> session.setProject(project));
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, List<String>> dotClasses = robot.lookup(".tree-cell").queryAll().stream()
                .map(node -> (TreeCell<?>) node)
                .filter(cell -> cell.getItem() != null && cell.getStyleClass().contains("as-catalog-group"))
                .collect(Collectors.toMap(CatalogViewTest::groupName, CatalogViewTest::colourClasses));
        assertFalse(dotClasses.isEmpty(), "group rows are shown");
        dotClasses.forEach((group, classes) ->
                assertEquals(List.of(GroupColors.styleClass(group)), classes, "the dot of group " + group));
        assertTrue(
                project.groups().keySet().containsAll(dotClasses.keySet()),
                dotClasses.keySet().toString());
    }

    @Test
    void eachAssetRowHasAHealthDotFromTheEngine(FxRobot robot) throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("jars-" + System.nanoTime()));
        project = Project.open(
                jar,
                ProjectOptions.builder()
                        .home(dir.resolve("home-" + System.nanoTime()))
                        .build());
        robot.interact(() -> session.setProject(project));
        var run = project.materialize(dev.assetstudio.engine.AssetSelection.parse("*sugaryCereals"));
        assertTrue(run.succeeded(), run::toString);
        robot.interact(() -> {
            session.flushRunEvents();
            session.refreshStatuses();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".tree-view")
                .queryAs(javafx.scene.control.TreeView.class)
                .getRoot()
                .getChildren()
                .forEach(item -> ((javafx.scene.control.TreeItem<?>) item).setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, List<String>> dots = robot.lookup(".tree-cell").queryAll().stream()
                .map(node -> (TreeCell<?>) node)
                .filter(cell -> cell.getItem() != null && cell.getStyleClass().contains("as-catalog-asset"))
                .collect(Collectors.toMap(
                        cell -> ((HBox) cell.getGraphic())
                                .getChildren().stream()
                                        .filter(Label.class::isInstance)
                                        .map(n -> ((Label) n).getText())
                                        .findFirst()
                                        .orElseThrow(),
                        cell -> ((HBox) cell.getGraphic())
                                .getChildren().stream()
                                        .filter(n -> n.getStyleClass().contains(CatalogView.HEALTH_DOT))
                                        .flatMap(n -> n.getStyleClass().stream())
                                        .filter(c -> c.startsWith(CatalogView.HEALTH_DOT + "-"))
                                        .toList()));
        assertEquals(List.of("as-health-dot-healthy"), dots.get("sugaryCereals"), dots.toString());
        assertEquals(List.of("as-health-dot-unknown"), dots.get("nutritionSummary"), dots.toString());
    }

    /** The group row's name label: "nutrition" (its count, "(6)", is a label of its own). */
    private static String groupName(TreeCell<?> cell) {
        String label = ((HBox) cell.getGraphic())
                .getChildren().stream()
                        .filter(Label.class::isInstance)
                        .map(n -> ((Label) n).getText())
                        .findFirst()
                        .orElseThrow();
        int count = label.lastIndexOf(" (");
        return count < 0 ? label : label.substring(0, count);
    }

    /** The palette classes ({@code Styles.groupColor(i)}) on the row's dot. */
    private static List<String> colourClasses(TreeCell<?> cell) {
        Region dot = (Region) ((HBox) cell.getGraphic()).getChildren().get(0);
        List<String> palette = java.util.stream.IntStream.range(0, Styles.GROUP_COLOR_COUNT)
                .mapToObj(Styles::groupColor)
                .toList();
        return dot.getStyleClass().stream().filter(palette::contains).toList();
    }

    @Test
    void filterMenuChipsNarrowTheTreeAndComeOffWithAClick(FxRobot robot) throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("jars-" + System.nanoTime()));
        project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home-chips")).build());
        robot.interact(() -> session.setProject(project));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#catalog-filter-menu");
        robot.clickOn("#catalog-filter-kind");
        robot.clickOn("#catalog-chip-kind-csv");
        WaitForAsyncUtils.waitForFxEvents();
        var csv = project.select(dev.assetstudio.engine.AssetSelection.parse("kind:csv"));
        assertTrue(!csv.isEmpty() && csv.size() < project.assetKeys().size(), csv::toString);
        assertEquals(csv, shownKeys());
        var chip = robot.lookup("#catalog-chip-kind-csv-on").queryButton();
        assertEquals("kind: csv  ×", chip.getText());
        assertEquals(
                "Filter (1)",
                robot.lookup("#catalog-filter-menu")
                        .queryAs(javafx.scene.control.MenuButton.class)
                        .getText());

        // With text in the field too: both apply.
        robot.interact(() -> viewModel.filterTextProperty().set("sugary"));
        assertEquals(java.util.Set.of(AssetKey.of("sugaryCereals")), shownKeys());
        robot.interact(() -> viewModel.filterTextProperty().set(""));

        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#catalog-chip-kind-csv-on").tryQuery().isEmpty());
        assertEquals(java.util.Set.copyOf(project.assetKeys()), shownKeys());
    }

    private java.util.Set<AssetKey> shownKeys() {
        return viewModel.groupsProperty().get().stream()
                .flatMap(g -> g.keys().stream())
                .collect(java.util.stream.Collectors.toSet());
    }
}
