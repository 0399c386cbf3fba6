package dev.assetstudio.app.metadata;

import dev.assetstudio.app.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Markdown drawn as JavaFX nodes: commonmark-java parses it, this visitor turns each block into a {@link TextFlow}
 * (headings larger and bold, emphasis, inline code in monospace, list items with bullets or numbers, links that open
 * in the browser). No HTML is rendered: raw HTML in the source shows as text.
 */
public final class MarkdownFlow {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final double BASE = 12.5;

    /** The style class of bold text (a font without a bold face still says what it meant). */
    public static final String STRONG = Styles.MARKDOWN_STRONG;

    /** The style class of italic text. */
    public static final String EMPHASIS = Styles.MARKDOWN_EMPHASIS;

    private MarkdownFlow() {}

    /** The markdown as a column of paragraphs. */
    public static VBox render(String markdown) {
        var box = new VBox(6);
        box.getStyleClass().add(Styles.MARKDOWN);
        PARSER.parse(markdown == null ? "" : markdown).accept(new Blocks(box));
        return box;
    }

    /** Walks blocks: each paragraph, heading, list item or code block becomes one flow. */
    private static final class Blocks extends AbstractVisitor {
        private final VBox box;
        private final List<String> bullets = new ArrayList<>();
        private int quoteDepth;

        Blocks(VBox box) {
            this.box = box;
        }

        @Override
        public void visit(Heading heading) {
            add(inline(heading, BASE + Math.max(0, 5 - heading.getLevel()) * 1.5, true));
        }

        @Override
        public void visit(Paragraph paragraph) {
            TextFlow flow = inline(paragraph, BASE, false);
            if (!bullets.isEmpty()
                    && paragraph.getParent() instanceof ListItem item
                    && item.getFirstChild() == paragraph) {
                var bullet = new Text(bullets.get(bullets.size() - 1) + " ");
                bullet.setFont(Font.font(BASE));
                flow.getChildren().add(0, bullet);
                flow.setPadding(new javafx.geometry.Insets(0, 0, 0, 14 * bullets.size()));
            }
            add(flow);
        }

        @Override
        public void visit(BulletList list) {
            bullets.add("•");
            visitChildren(list);
            bullets.remove(bullets.size() - 1);
        }

        @Override
        public void visit(OrderedList list) {
            int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (var child = list.getFirstChild(); child != null; child = child.getNext()) {
                bullets.add(n++ + ".");
                child.accept(this);
                bullets.remove(bullets.size() - 1);
            }
        }

        @Override
        public void visit(BlockQuote quote) {
            quoteDepth++;
            visitChildren(quote);
            quoteDepth--;
        }

        /** A GFM table becomes a table view, like table metadata. */
        @Override
        public void visit(CustomBlock block) {
            if (!(block instanceof TableBlock)) {
                visitChildren(block);
                return;
            }
            List<String> columns = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (var section = block.getFirstChild(); section != null; section = section.getNext()) {
                for (var row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<Object> cells = new ArrayList<>();
                    for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(plainText(cell));
                    }
                    if (section instanceof TableHead) {
                        cells.forEach(c -> columns.add(String.valueOf(c)));
                    } else if (section instanceof TableBody) {
                        rows.add(cells);
                    }
                }
            }
            add(MetadataNodes.table(columns, rows));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            add(code(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            add(code(code.getLiteral()));
        }

        private void add(Node node) {
            if (quoteDepth > 0 && node instanceof TextFlow flow) {
                flow.setPadding(new javafx.geometry.Insets(0, 0, 0, 12 * quoteDepth));
                flow.setOpacity(0.8);
            }
            box.getChildren().add(node);
        }

        private static TextFlow code(String literal) {
            var text = new Text(literal.stripTrailing());
            text.getStyleClass().add(Styles.MONOSPACE);
            var flow = new TextFlow(text);
            flow.getStyleClass().add(Styles.MARKDOWN_CODE);
            return flow;
        }
    }

    /** The text of a node and its descendants, without markup. */
    private static String plainText(org.commonmark.node.Node node) {
        StringBuilder text = new StringBuilder();
        var collect = new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        };
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(collect);
        }
        return text.toString().strip();
    }

    private static TextFlow inline(org.commonmark.node.Node block, double size, boolean bold) {
        var flow = new TextFlow();
        var inlines = new Inlines(flow, size, bold);
        for (var child = block.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(inlines);
        }
        return flow;
    }

    /** Walks the inline nodes of one block, keeping the emphasis in force. */
    private static final class Inlines extends AbstractVisitor {
        private final TextFlow flow;
        private final double size;
        private boolean bold;
        private boolean italic;

        Inlines(TextFlow flow, double size, boolean bold) {
            this.flow = flow;
            this.size = size;
            this.bold = bold;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            var t = new Text(text.getLiteral());
            t.setFont(Font.font(
                    null,
                    bold ? FontWeight.BOLD : FontWeight.NORMAL,
                    italic ? FontPosture.ITALIC : FontPosture.REGULAR,
                    size));
            t.getStyleClass().add(Styles.MARKDOWN_TEXT);
            if (bold) {
                t.getStyleClass().add(STRONG);
            }
            if (italic) {
                t.getStyleClass().add(EMPHASIS);
            }
            flow.getChildren().add(t);
        }

        @Override
        public void visit(Emphasis emphasis) {
            boolean was = italic;
            italic = true;
            visitChildren(emphasis);
            italic = was;
        }

        @Override
        public void visit(StrongEmphasis strong) {
            boolean was = bold;
            bold = true;
            visitChildren(strong);
            bold = was;
        }

        @Override
        public void visit(Code code) {
            var t = new Text(code.getLiteral());
            t.getStyleClass().add(Styles.MONOSPACE);
            flow.getChildren().add(t);
        }

        @Override
        public void visit(Link link) {
            StringBuilder label = new StringBuilder();
            for (var child = link.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Text t) {
                    label.append(t.getLiteral());
                } else if (child instanceof Code c) {
                    label.append(c.getLiteral());
                }
            }
            var hyperlink = new Hyperlink(label.length() == 0 ? link.getDestination() : label.toString());
            hyperlink.setOnAction(e -> Links.open(link.getDestination()));
            hyperlink.setUserData(link.getDestination());
            hyperlink.setPadding(javafx.geometry.Insets.EMPTY);
            flow.getChildren().add(hyperlink);
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            flow.getChildren().add(new Text(" "));
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            flow.getChildren().add(new Text("\n"));
        }
    }
}
