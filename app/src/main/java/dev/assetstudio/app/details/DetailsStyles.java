package dev.assetstudio.app.details;

/**
 * The stylesheet of the details tabs and the launchpad, {@code details.css} (next to this class), which every
 * details view adds to its own stylesheets; its class names are in {@link dev.assetstudio.app.theme.Styles}. Colours
 * come from the studio palette's looked-up colours, so the dark theme needs nothing here.
 */
public final class DetailsStyles {
    /** The stylesheet URL. */
    public static final String STYLESHEET =
            DetailsStyles.class.getResource("details.css").toExternalForm();

    private DetailsStyles() {}
}
