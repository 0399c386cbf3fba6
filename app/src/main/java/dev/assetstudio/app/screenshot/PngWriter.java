package dev.assetstudio.app.screenshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX {@link Image} as PNG without javafx-swing: pixels are copied into a {@link BufferedImage} and
 * written by {@link ImageIO} (which works with AWT headless).
 */
public final class PngWriter {

    private PngWriter() {}

    /** Writes {@code image} to {@code target} (parent folders are created). */
    public static void write(Image image, Path target) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        var buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", target.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
