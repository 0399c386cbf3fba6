package dev.assetstudio.app.details;

import dev.assetstudio.engine.preview.ValuePreview;
import dev.assetstudio.engine.preview.ValuePreviews;

/**
 * Turns a stored asset value, or the engine's {@link ValuePreview} of it (made in a worker
 * process), into {@link PreviewContent}. The rendering rules are the engine's ({@link
 * ValuePreviews}): a list of records becomes a table, a string text, anything else JSON; at most
 * {@value #MAX_ROWS} rows or {@value #MAX_CHARS} characters.
 *
 * <pre>{@code
 * ValueRenderer.render(List.of(new Cereal("Apple Jacks", "K", ...)));  // Table [name, manufacturer, ...]
 * }</pre>
 */
public final class ValueRenderer {
    public static final int MAX_ROWS = ValuePreviews.MAX_ROWS;
    public static final int MAX_CHARS = ValuePreviews.MAX_CHARS;

    private ValueRenderer() {}

    /** The preview of {@code value}, rendered in this process. */
    public static PreviewContent render(Object value) {
        return of(ValuePreviews.render(value));
    }

    /** The preview content of an engine preview. */
    public static PreviewContent of(ValuePreview preview) {
        return switch (preview.kind()) {
            case NULL -> new PreviewContent.Message("The stored value is null", "", false);
            case TEXT -> new PreviewContent.Text(preview.text(), preview.total(), preview.typeName());
            case TABLE -> new PreviewContent.Table(
                    preview.columns(), preview.rows(), preview.total(), preview.typeName());
        };
    }
}
