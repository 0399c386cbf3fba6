package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.Orientation;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.graph.AssetGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The Lineage tab: the focused asset with its upstream and downstream assets up to a depth, laid out
 * off the FX thread by the studio's {@link LayeredLayout} (upstream on top).
 */
public final class LineageViewModel extends AssetTabModel<LineageViewModel.Lineage> {
    /** The depth meaning "all levels". */
    public static final int ALL = Integer.MAX_VALUE;
    /** The height of a node, in layout units (pixels). */
    static final double NODE_HEIGHT = 30;

    /**
     * A laid-out neighbourhood.
     *
     * @param focus the asset in the middle
     * @param layout node ids are asset keys ({@code a/b})
     * @param groups the group of each node id
     */
    public record Lineage(AssetKey focus, GraphLayout layout, Map<String, String> groups) {}

    private final ReadOnlyObjectWrapper<Lineage> lineage = new ReadOnlyObjectWrapper<>(this, "lineage");
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", ALL);

    public LineageViewModel(StudioSession session) {
        super(session, false);
        depth.addListener((obs, was, now) -> invalidate());
    }

    public ReadOnlyObjectProperty<Lineage> lineageProperty() {
        return lineage.getReadOnlyProperty();
    }

    /** Levels up and down to show: 1, 2 or {@link #ALL}. */
    public IntegerProperty depthProperty() {
        return depth;
    }

    /** Shows {@code key}'s details (a node was clicked). */
    public void open(AssetKey key) {
        session.select(key);
    }

    @Override
    protected Lineage load(Project project, AssetKey key) {
        return lineageOf(project.graph(), key, depth.get());
    }

    /** The neighbourhood of {@code key} within {@code levels}, laid out. */
    static Lineage lineageOf(AssetGraph graph, AssetKey key, int levels) {
        Set<AssetKey> keys = new TreeSet<>(graph.upstream(Set.of(key), levels));
        keys.addAll(graph.downstream(Set.of(key), levels));
        LayoutGraph.Builder builder = LayoutGraph.builder();
        Map<String, String> groups = new LinkedHashMap<>();
        for (AssetKey k : keys) {
            String id = k.toString();
            groups.put(id, graph.groupOf(k));
            // One layout group for all: the drawing is small, and group boxes would only crowd it.
            builder.node(id, "lineage", widthOf(id), NODE_HEIGHT);
        }
        for (AssetKey k : keys) {
            for (AssetKey up : graph.upstream(k)) {
                if (keys.contains(up)) {
                    builder.edge(up.toString(), k.toString());
                }
            }
        }
        var options = new LayoutOptions(Orientation.TOP_TO_BOTTOM, 20, 10, 36, 0, 0, 0, 6, 4, 1, 42L);
        return new Lineage(key, new LayeredLayout().layout(builder.build(), options), groups);
    }

    /** A node's width from its text: monospace-ish estimate plus room for the group dot. */
    static double widthOf(String id) {
        return Math.max(80, 7.4 * id.length() + 38);
    }

    @Override
    protected void apply(AssetKey key, Lineage result) {
        lineage.set(result);
    }

    @Override
    protected void clear() {
        lineage.set(null);
    }
}
