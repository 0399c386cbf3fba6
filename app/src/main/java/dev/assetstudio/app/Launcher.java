package dev.assetstudio.app;

import java.util.List;
import javafx.application.Application;

/**
 * Entry point of the studio ({@code java -jar asset-studio.jar}). A plain class, not an {@link Application}: on
 * the classpath JavaFX refuses to start a main class that extends {@code Application}.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        // Answer --help and refuse bad options before the toolkit starts, so both work without a display.
        StartupOptions options;
        try {
            options = StartupOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StartupOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StartupOptions.USAGE);
            return;
        }
        // The studio opens no AWT windows; AWT is only used to encode PNGs (ImageIO), which needs no display.
        System.setProperty("java.awt.headless", "true");
        Application.launch(StudioApp.class, args);
        if (StudioApp.exitCode() != 0) {
            System.exit(StudioApp.exitCode());
        }
    }
}
