package dev.assetstudio.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.BigProjects;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalog of a 360-asset project: natural order, groups collapsed, a pick opens its group, counts shown. */
@ExtendWith(ApplicationExtension.class)
class BigCatalogTest {

    @TempDir
    static Path dir;

    private StudioSession session;
    private CatalogViewModel viewModel;
    private Project project;

    @Start
    void start(Stage stage) {
        session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        viewModel = new CatalogViewModel(session, new Materializer(session));
        stage.setScene(new Scene(new CatalogView(viewModel, session), 300, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (project != null) {
            project.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TreeView<CatalogView.Row> tree(FxRobot robot) {
        return robot.lookup("#catalog-tree").queryAs(TreeView.class);
    }

    @Test
    void bigProjectsListNaturallyWithGroupsCollapsedAndAPickOpensItsGroup(FxRobot robot) throws Exception {
        project = Project.open(
                BigProjects.jar(dir.resolve("jars"), 12, 30),
                ProjectOptions.builder().home(dir.resolve("home")).build());
        robot.interact(() -> session.setProject(project));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> groups = viewModel.groupsProperty().get().stream()
                .map(CatalogGroup::name)
                .toList();
        assertEquals(List.of("g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10", "g11"), groups);
        List<String> firstKeys = viewModel.groupsProperty().get().get(0).keys().stream()
                .limit(12)
                .map(AssetKey::toString)
                .toList();
        assertEquals("g0_model_9", firstKeys.get(9));
        assertEquals("g0_model_10", firstKeys.get(10), "n10 after n9, not after n1: " + firstKeys);

        var tree = tree(robot);
        assertTrue(
                tree.getRoot().getChildren().stream().noneMatch(TreeItem::isExpanded),
                "a big project's groups start collapsed");
        assertEquals(12, tree.getExpandedItemCount(), "one row per group");

        AssetKey picked = AssetKey.parse(BigProjects.key(7, 12));
        robot.interact(() -> session.select(picked));
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<CatalogView.Row> selected = tree.getSelectionModel().getSelectedItem();
        assertEquals(picked, selected.getValue().key());
        assertTrue(selected.getParent().isExpanded(), "the picked asset's group opened");

        robot.interact(() -> viewModel.setPartitionCounts(picked, "4/14"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                robot.lookup("#catalog-partitions").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().equals("4/14") && l.isVisible()),
                "the partition counts are beside the status");
        assertFalse(viewModel.partitionCounts().isEmpty());
    }
}
