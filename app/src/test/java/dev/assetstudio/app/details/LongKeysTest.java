package dev.assetstudio.app.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.catalog.CatalogView;
import dev.assetstudio.app.catalog.CatalogViewModel;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.ui.KeyText;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.GeneratedProject;
import dev.assetstudio.engine.testing.GeneratedProject.Row;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Long dbt-style keys and group names in the catalog and the details: cut in the middle (their distinctive end
 * stays), never wider than their panel, and whole in a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class LongKeysTest {

    private static final String GROUP = "claims_preprocessing_member_months_enriched_domain_21";
    private static final String SOURCE =
            "claims_preprocessing_stg_claim_lines_enriched_with_member_months_joined_to_providers_41";
    private static final String MODEL = "claims_preprocessing_int_claim_lines_deduplicated_7";

    @TempDir
    Path dir;

    private DetailsWindow fixture;
    private StudioSession session;
    private MainWindow window;
    private Project project;

    @Start
    void start(Stage stage) {
        fixture = DetailsWindow.show(stage, 1200, 760, (window, session) -> {
            window.setCatalog(new CatalogView(new CatalogViewModel(session, new Materializer(session)), session));
            AssetDetails.install(window.details(), session);
        });
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
    void longKeysAndGroupNamesAreCutInTheMiddleAndWholeOnHover(FxRobot robot) throws Exception {
        Path jar = GeneratedProject.jar(
                dir.resolve("long.jar"),
                List.of(
                        new Row(SOURCE, GROUP, true, false, List.of()),
                        new Row(MODEL, GROUP, false, false, List.of(SOURCE))),
                GeneratedProject.Io.MEMORY);
        project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build());
        robot.interact(() -> session.setProject(project));
        FxWait.until(() -> groupLabel(robot) != null && groupLabel(robot).getWidth() > 0, fixture::state);

        // The catalog's group row: the name loses its middle, keeps its end, and its cell's tooltip has it whole.
        Label group = groupLabel(robot);
        String shown = shownText(group);
        assertTrue(shown.contains(KeyText.ELLIPSIS), "the long group name is cut: " + shown);
        assertTrue(shown.endsWith("_21"), "its distinctive end stays: " + shown);
        TreeCell<?> cell = ancestor(group, TreeCell.class);
        assertNotNull(cell.getTooltip());
        assertTrue(
                cell.getTooltip().getText().startsWith(GROUP), cell.getTooltip().getText());

        // The details' upstream list: the link is no wider than its column, cut in the middle, whole on hover.
        robot.interact(() -> session.select(AssetKey.parse(MODEL)));
        FxWait.until(
                () -> robot.lookup("#definition-upstream .hyperlink").tryQuery().isPresent(), fixture::state);
        Hyperlink upstream = robot.lookup("#definition-upstream .hyperlink").queryAs(Hyperlink.class);
        assertEquals(SOURCE, upstream.getText(), "the link stands for the whole key");
        String linkShown = shownText(upstream);
        assertTrue(linkShown.contains(KeyText.ELLIPSIS), "the long key is cut: " + linkShown);
        assertTrue(linkShown.endsWith("_41") && linkShown.startsWith("claims_"), "both ends stay: " + linkShown);
        assertEquals(SOURCE, upstream.getTooltip().getText(), "whole on hover");
        double linkRight = upstream.localToScene(upstream.getBoundsInLocal()).getMaxX();
        double detailsRight = window.details()
                .localToScene(window.details().getBoundsInLocal())
                .getMaxX();
        assertTrue(linkRight <= detailsRight, "the link stays inside the details: " + linkRight + " > " + detailsRight);
    }

    /** The catalog's label of the long group's row, or null before the catalog shows it. */
    private static Label groupLabel(FxRobot robot) {
        return robot.lookup("#catalog-tree .label").queryAllAs(Label.class).stream()
                .filter(l -> GROUP.equals(l.getText()) && l.isVisible())
                .findFirst()
                .orElse(null);
    }

    /** What the control draws: its text as cut by its skin. */
    private static String shownText(Labeled labeled) {
        Node text = labeled.lookup(".text");
        assertNotNull(text, "a drawn text in " + labeled);
        return ((Text) text).getText();
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " above " + node);
    }
}
