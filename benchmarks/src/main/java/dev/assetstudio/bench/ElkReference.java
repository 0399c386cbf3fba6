package dev.assetstudio.bench;

import dev.assetstudio.app.graph.layout.EdgeRoute;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.PlacedNode;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The reference the layout-quality figures compare with: ELK's layered algorithm (plain Java, no
 * OSGi), left to right, polyline edges, with the same spacings as the studio. With groups, each group
 * is a compound node holding its assets and edges cross the hierarchy ({@code INCLUDE_CHILDREN}), so
 * ELK keeps every group together as the studio does. The result is turned into a {@link GraphLayout}
 * in absolute coordinates so both are measured by the same code.
 */
final class ElkReference {

    static {
        // Finds ELK's layered algorithm through ServiceLoader (its jar declares the provider).
        if (LayoutMetaDataService.getInstance().getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    private ElkReference() {}

    /** ELK's layout of {@code graph}; {@code groups} makes every group a compound node. */
    static GraphLayout layout(LayoutGraph graph, LayoutOptions options, boolean groups) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, options);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        Map<String, ElkNode> groupNodes = new LinkedHashMap<>();
        ElkNode[] nodes = new ElkNode[graph.nodeCount()];
        for (int v = 0; v < graph.nodeCount(); v++) {
            ElkNode parent = root;
            if (groups) {
                parent = groupNodes.computeIfAbsent(graph.group(v), name -> {
                    ElkNode group = ElkGraphUtil.createNode(root);
                    configure(group, options);
                    double pad = options.groupPadding();
                    group.setProperty(
                            CoreOptions.PADDING, new ElkPadding(pad + options.groupLabelHeight(), pad, pad, pad));
                    return group;
                });
            }
            nodes[v] = ElkGraphUtil.createNode(parent);
            nodes[v].setDimensions(graph.width(v), graph.height(v));
        }
        ElkEdge[] edges = new ElkEdge[graph.edgeCount()];
        for (int e = 0; e < graph.edgeCount(); e++) {
            edges[e] = ElkGraphUtil.createSimpleEdge(nodes[graph.edgeSource(e)], nodes[graph.edgeTarget(e)]);
            ElkGraphUtil.updateContainment(edges[e]);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, PlacedNode> placed = new LinkedHashMap<>();
        double maxX = 0;
        double maxY = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            Point at = absolute(nodes[v]);
            Rect r = new Rect(at.x(), at.y(), nodes[v].getWidth(), nodes[v].getHeight());
            placed.put(graph.id(v), new PlacedNode(graph.id(v), graph.group(v), r));
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        Map<String, GroupBox> boxes = new LinkedHashMap<>();
        groupNodes.forEach((name, group) -> {
            Point at = absolute(group);
            Rect r = new Rect(at.x(), at.y(), group.getWidth(), group.getHeight());
            boxes.put(name, new GroupBox(name, r, new Rect(r.x(), r.y(), r.width(), options.groupLabelHeight())));
        });
        for (GroupBox box : boxes.values()) {
            maxX = Math.max(maxX, box.bounds().maxX());
            maxY = Math.max(maxY, box.bounds().maxY());
        }
        List<EdgeRoute> routes = new ArrayList<>(edges.length);
        for (int e = 0; e < edges.length; e++) {
            ElkEdge edge = edges[e];
            Point origin = edge.getContainingNode() == null ? new Point(0, 0) : absolute(edge.getContainingNode());
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(new Point(origin.x() + section.getStartX(), origin.y() + section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Point(origin.x() + bend.getX(), origin.y() + bend.getY()));
                }
                points.add(new Point(origin.x() + section.getEndX(), origin.y() + section.getEndY()));
            }
            for (Point p : points) {
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            routes.add(new EdgeRoute(graph.id(graph.edgeSource(e)), graph.id(graph.edgeTarget(e)), points));
        }
        return new GraphLayout(placed, boxes, routes, new Rect(0, 0, maxX, maxY));
    }

    private static void configure(ElkNode node, LayoutOptions options) {
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE, options.nodeSpacing());
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.layerSpacing());
        node.setProperty(LayeredOptions.SPACING_EDGE_NODE, options.edgeSpacing());
        node.setProperty(LayeredOptions.SPACING_EDGE_EDGE, options.edgeSpacing());
        node.setProperty(CoreOptions.RANDOM_SEED, 1);
    }

    /** Top-left of a node in root coordinates (ELK keeps every node relative to its parent). */
    private static Point absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new Point(x, y);
    }
}
