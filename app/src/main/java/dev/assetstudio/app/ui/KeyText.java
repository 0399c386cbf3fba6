package dev.assetstudio.app.ui;

import java.util.function.ToDoubleFunction;

/**
 * Shortens long asset keys for narrow places without hiding what tells them apart: the middle gives way, and the end
 * (where dbt-style keys such as {@code claims_preprocessing_claim_lines_enriched} differ) keeps twice the room of the
 * start. One helper for the graph, the catalog and tables; wherever a key is shortened, the full key is a hover away.
 *
 * <pre>{@code
 * KeyText.middle("claims_preprocessing_claim_lines_enriched", 24); // "claims_…m_lines_enriched"
 * }</pre>
 */
public final class KeyText {

    /** The mark put where characters were left out. */
    public static final String ELLIPSIS = "…";

    private KeyText() {}

    /** {@code text} in at most {@code maxChars} characters (the ellipsis counted), its middle left out if needed. */
    public static String middle(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        if (maxChars <= 1) {
            return ELLIPSIS;
        }
        int keep = maxChars - 1;
        int head = keep / 3;
        int tail = keep - head;
        return text.substring(0, head) + ELLIPSIS + text.substring(text.length() - tail);
    }

    /**
     * The longest {@link #middle} form of {@code text} whose {@code width} fits {@code available}; {@code text} itself
     * when it fits, the ellipsis alone when nothing does.
     */
    public static String fit(String text, double available, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= available) {
            return text;
        }
        int lo = 1; // middle(text, 1) is the ellipsis alone
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width.applyAsDouble(middle(text, mid)) <= available) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return middle(text, lo);
    }
}
