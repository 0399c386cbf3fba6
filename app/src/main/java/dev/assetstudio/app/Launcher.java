package dev.assetstudio.app;

import javafx.application.Application;

/**
 * Entry point of the studio ({@code java -jar asset-studio.jar}). A plain class, not an {@link Application}: on
 * the classpath JavaFX refuses to start a main class that extends {@code Application}.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        // The studio opens no AWT windows; AWT is only used to encode PNGs (ImageIO), which needs no display.
        System.setProperty("java.awt.headless", "true");
        Application.launch(StudioApp.class, args);
        if (StudioApp.exitCode() != 0) {
            System.exit(StudioApp.exitCode());
        }
    }
}
