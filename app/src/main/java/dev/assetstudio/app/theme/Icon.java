package dev.assetstudio.app.theme;

import java.util.Locale;

/**
 * The studio's icons as SVG path data on a 24×24 grid; {@link Icons} turns them into nodes.
 *
 * <p>Most paths are Google's Material Design Icons (Apache License 2.0,
 * https://github.com/google/material-design-icons); {@link #SOURCE} is from Pictogrammers' Material Design Icons
 * (Apache License 2.0). {@link #MISSING} and {@link #RUNNING} are generated here (a dashed ring and a
 * three-quarter ring) because Material has no outline-only equivalents.
 */
public enum Icon {
    // Actions
    OPEN("M20 6h-8l-2-2H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V8c0-1.1-.9-2-2-2zm0 12H4V8h16v10z"),
    RELOAD("M17.65 6.35C16.2 4.9 14.21 4 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08"
            + "c-.82 2.33-3.04 4-5.65 4-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z"),
    MATERIALIZE("M8 5v14l11-7z"),
    MATERIALIZE_ALL("M4 18l8.5-6L4 6v12zm9-12v12l8.5-6L13 6z"),
    CANCEL("M6 6h12v12H6z"),
    FIT_TO_VIEW(
            "M15 3l2.3 2.3-2.89 2.87 1.42 1.42L18.7 6.7 21 9V3zM3 9l2.3-2.3 2.87 2.89 1.42-1.42L6.7 5.3 9 3H3z"
                    + "m6 12l-2.3-2.3 2.89-2.87-1.42-1.42L5.3 17.3 3 15v6zm12-6l-2.3 2.3-2.87-2.89-1.42 1.42 2.89 2.87L15 21h6z"),
    ZOOM_IN(Paths.MAGNIFIER + "m2.5-4h-2v2H9v-2H7V9h2V7h1v2h2v1z"),
    ZOOM_OUT(Paths.MAGNIFIER + "M7 9h5v1H7z"),
    RELAYOUT("M22 11V3h-7v3H9V3H2v8h7V8h2v10h4v3h7v-8h-7v3h-2V8h2v3z"),
    THEME("M20 15.31L23.31 12 20 8.69V4h-4.69L12 .69 8.69 4H4v4.69L.69 12 4 15.31V20h4.69L12 23.31 15.31 20H20"
            + "v-4.69zM12 18V6c3.31 0 6 2.69 6 6s-2.69 6-6 6z"),
    COPY("M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7"
            + "c0-1.1-.9-2-2-2zm0 16H8V7h11v14z"),
    SEARCH(Paths.MAGNIFIER),
    INFO("M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z"),
    ERROR("M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z"),
    RUN_PANEL("M20 3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 16H4v-5h16v5z"),
    CATALOG_PANEL("M20 3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zM9 19H4V5h5v14z"),
    DETAILS_PANEL("M20 3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 16h-6V5h6v14z"),

    // Asset statuses
    FRESH("M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15l-5-5 1.41-1.41L10 14.17"
            + "l7.59-7.59L19 8l-9 9z"),
    STALE(
            "M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8"
                    + "s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z"),
    MISSING(Paths.ring(12, 12, 9.5, 7.5, 10, 0.55)),
    FAILED(
            "M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59"
                    + " 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z"),
    RUNNING(Paths.ring(12, 12, 9.5, 7, 1, 0.75)),
    SOURCE("M12,3C7.58,3 4,4.79 4,7C4,9.21 7.58,11 12,11C16.42,11 20,9.21 20,7C20,4.79 16.42,3 12,3M4,9V12"
            + "C4,14.21 7.58,16 12,16C16.42,16 20,14.21 20,12V9C20,11.21 16.42,13 12,13C7.58,13 4,11.21 4,9M4,14V17"
            + "C4,19.21 7.58,21 12,21C16.42,21 20,19.21 20,17V14C20,16.21 16.42,18 12,18C7.58,18 4,16.21 4,14Z");

    private final String path;

    Icon(String path) {
        this.path = path;
    }

    /** SVG path data on a 24×24 grid. */
    public String path() {
        return path;
    }

    /** A style class naming this icon, e.g. {@code as-icon-fit-to-view}, for CSS and tests. */
    public String styleClass() {
        return "as-icon-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Path builders shared by several icons. */
    private static final class Paths {
        static final String MAGNIFIER = "M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3"
                + "S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"
                + "m-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z";

        /**
         * A ring around ({@code cx}, {@code cy}) cut into {@code segments} arcs, each covering {@code fill} of its
         * share of the circle: 10 segments at 0.55 is a dashed circle, 1 segment at 0.75 a spinner.
         */
        static String ring(double cx, double cy, double outer, double inner, int segments, double fill) {
            var sb = new StringBuilder();
            double step = 2 * Math.PI / segments;
            for (int i = 0; i < segments; i++) {
                double a0 = -Math.PI / 2 + i * step;
                double a1 = a0 + step * fill;
                int large = (a1 - a0) > Math.PI ? 1 : 0;
                sb.append(String.format(
                        java.util.Locale.ROOT,
                        "M%.3f %.3fA%.3f %.3f 0 %d 1 %.3f %.3fL%.3f %.3fA%.3f %.3f 0 %d 0 %.3f %.3fZ",
                        cx + outer * Math.cos(a0),
                        cy + outer * Math.sin(a0),
                        outer,
                        outer,
                        large,
                        cx + outer * Math.cos(a1),
                        cy + outer * Math.sin(a1),
                        cx + inner * Math.cos(a1),
                        cy + inner * Math.sin(a1),
                        inner,
                        inner,
                        large,
                        cx + inner * Math.cos(a0),
                        cy + inner * Math.sin(a0)));
            }
            return sb.toString();
        }
    }
}
