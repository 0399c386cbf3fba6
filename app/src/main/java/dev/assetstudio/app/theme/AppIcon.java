package dev.assetstudio.app.theme;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon in every size the build packs (from the repository's {@code icons/} folder), for
 * {@code stage.getIcons()}; the window manager picks the size it needs.
 */
public final class AppIcon {

    /** Sizes of {@code icons/asset-studio-N.png}. */
    public static final int[] SIZES = {16, 32, 64, 128, 256, 512};

    private AppIcon() {}

    /** The icon images found on the classpath (none in a build without the icons folder). */
    public static List<Image> images() {
        var images = new ArrayList<Image>();
        for (int size : SIZES) {
            InputStream in =
                    AppIcon.class.getResourceAsStream("/dev/assetstudio/app/icons/asset-studio-" + size + ".png");
            if (in != null) {
                try (in) {
                    images.add(new Image(in));
                } catch (java.io.IOException e) {
                    // Closing a classpath stream does not fail in practice; an icon is not worth a crash.
                }
            }
        }
        return images;
    }
}
