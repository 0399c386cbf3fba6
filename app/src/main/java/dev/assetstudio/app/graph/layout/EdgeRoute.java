package dev.assetstudio.app.graph.layout;

import java.util.List;

/**
 * The polyline of one edge, from the upstream node's border to the downstream node's border; inner
 * points are bends (the layered layout bends long edges where they cross intermediate layers).
 */
public record EdgeRoute(String from, String to, List<Point> points) {

    public EdgeRoute {
        points = List.copyOf(points);
    }
}
