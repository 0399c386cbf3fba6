package dev.assetstudio.app.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.api.TableColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each kind of metadata drawn as its own node, as history gives values back (plain data with their kind). */
@ExtendWith(ApplicationExtension.class)
class MetadataNodesTest {

    @TempDir
    Path dir;

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 600, 500));
        stage.show();
    }

    @BeforeEach
    void recordLinks() {
        Links.setOpener(opened::add);
    }

    /** A value as history stores it: {@code {"@kind": "table", "value": …}}. */
    private static Object stored(MetadataValue value) {
        return Map.of("@kind", value.kind().name().toLowerCase(java.util.Locale.ROOT), "value", value.value());
    }

    private Node shown(FxRobot robot, MetadataValue value) {
        Node node = MetadataNodes.of(stored(value));
        robot.interact(() -> root.getChildren().setAll(node));
        return node;
    }

    @Test
    void aTableIsATableView(FxRobot robot) {
        var node = shown(robot, MetadataValue.table(List.of("id", "total"), List.of(List.of("a", 1), List.of("b", 2))));
        TableView<?> table = assertInstanceOf(TableView.class, node);
        assertEquals(
                List.of("id", "total"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(2, table.getItems().size());
        assertEquals("2", table.getColumns().get(1).getCellData(1));
    }

    @Test
    void aTableSchemaIsATableOfColumns(FxRobot robot) {
        var node = shown(
                robot, MetadataValue.tableSchema(TableColumn.of("id", "string"), TableColumn.of("total", "double")));
        TableView<?> table = assertInstanceOf(TableView.class, node);
        assertEquals(
                List.of("Column", "Type", "Description"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals("total", table.getColumns().get(0).getCellData(1));
        assertEquals("double", table.getColumns().get(1).getCellData(1));
    }

    @Test
    void markdownIsRenderedNotShownAsSource(FxRobot robot) {
        var node = shown(
                robot,
                MetadataValue.markdown(
                        "# Summary\n\n**12** big orders, see [the board](https://example.com/b)\n\n- one\n- two"));
        VBox box = assertInstanceOf(VBox.class, node);
        assertEquals(4, box.getChildren().size(), "heading, paragraph, two list items");
        TextFlow paragraph = (TextFlow) box.getChildren().get(1);
        Text bold = (Text) paragraph.getChildren().get(0);
        assertEquals("12", bold.getText());
        assertTrue(bold.getStyleClass().contains(MarkdownFlow.STRONG), bold.getStyleClass()::toString);
        assertTrue(!((Text) paragraph.getChildren().get(1)).getStyleClass().contains(MarkdownFlow.STRONG));
        Hyperlink link = paragraph.getChildren().stream()
                .filter(Hyperlink.class::isInstance)
                .map(Hyperlink.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals("the board", link.getText());
        robot.interact(link::fire);
        assertEquals(List.of("https://example.com/b"), opened);
        String item = ((TextFlow) box.getChildren().get(2))
                .getChildren().stream()
                        .map(n -> n instanceof Text t ? t.getText() : "")
                        .reduce("", String::concat);
        assertEquals("• one", item);
        assertTrue(box.lookupAll(".text").stream()
                .noneMatch(n -> n instanceof Text t && t.getText().contains("**")));
    }

    @Test
    void aMarkdownTableIsATable(FxRobot robot) {
        VBox box = assertInstanceOf(
                VBox.class,
                shown(robot, MetadataValue.markdown("| maker | cereals |\n|---|---|\n| K | 23 |\n| G | 22 |\n")));
        TableView<?> table = assertInstanceOf(TableView.class, box.getChildren().get(0));
        assertEquals(
                List.of("maker", "cereals"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals("22", table.getColumns().get(1).getCellData(1));
    }

    @Test
    void aUrlOpensInTheBrowser(FxRobot robot) {
        Hyperlink link =
                assertInstanceOf(Hyperlink.class, shown(robot, MetadataValue.url("https://example.com/orders")));
        robot.clickOn(link);
        assertEquals(List.of("https://example.com/orders"), opened);
    }

    @Test
    void aPathCanBeRevealed(FxRobot robot) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("big.csv"), "id\n");
        HBox box = assertInstanceOf(HBox.class, shown(robot, MetadataValue.path(file)));
        assertEquals(file.toString(), ((Label) box.getChildren().get(0)).getText());
        robot.interact(((Button) box.getChildren().get(1))::fire);
        assertEquals(List.of(dir.toAbsolutePath().toUri().toString()), opened, "the folder that holds it");
    }

    @Test
    void jsonIsATree(FxRobot robot) {
        TreeView<?> tree = assertInstanceOf(
                TreeView.class, shown(robot, MetadataValue.json(Map.of("threshold", 100, "tags", List.of("a", "b")))));
        TreeItem<?> root = tree.getRoot();
        assertEquals(2, root.getChildren().size());
        var tags = root.getChildren().stream()
                .filter(c -> String.valueOf(c.getValue()).startsWith("tags"))
                .findFirst()
                .orElseThrow();
        assertEquals("tags: [2]", tags.getValue());
        assertEquals("0: \"a\"", tags.getChildren().get(0).getValue());
    }

    @Test
    void numbersAndTextStayText(FxRobot robot) {
        Label label = assertInstanceOf(Label.class, shown(robot, MetadataValue.number(42)));
        assertEquals("42", label.getText());
        assertTrue(!MetadataPane.isRich(stored(MetadataValue.number(42))));
        assertTrue(MetadataPane.isRich(stored(MetadataValue.markdown("x"))));
    }
}
