package dev.assetstudio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The studio's command line: {@code [JAR] [--screenshot=PATH] [--select=KEY] [--tab=NAME] [--theme=light|dark]}.
 *
 * <pre>{@code
 * StartupOptions.parse(List.of("orders.jar", "--select=analytics/daily_orders", "--tab=activity"))
 * }</pre>
 *
 * @param jar the asset jar to open
 * @param screenshot where to save a PNG of the window once it is ready, then exit
 * @param select the asset key ({@code a/b/c}) to select once the project is loaded
 * @param tab the details tab to show, by name ({@code definition}, {@code activity}, … or its title)
 * @param dark the theme for this session, overriding the remembered one
 * @param help whether {@code --help} was given
 */
public record StartupOptions(
        Optional<Path> jar,
        Optional<Path> screenshot,
        Optional<String> select,
        Optional<String> tab,
        Optional<Boolean> dark,
        boolean help) {

    /** What {@code --help} prints. */
    public static final String USAGE =
            """
            Usage: asset-studio [JAR] [options]
              JAR                   asset jar to open
              --screenshot=PATH     save a PNG of the window once it is ready, then exit
              --select=KEY          select this asset (e.g. analytics/daily_orders) once loaded
              --tab=NAME            details tab: definition, activity, partitions, lineage, runs, preview, automation
              --theme=light|dark    theme for this session
              --help                show this help
            """;

    /** No options: open the studio empty. */
    public static StartupOptions none() {
        return parse(List.of());
    }

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException naming the argument at fault
     */
    public static StartupOptions parse(List<String> args) {
        Path jar = null;
        Path screenshot = null;
        String select = null;
        String tab = null;
        Boolean dark = null;
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(value(arg));
            } else if (arg.startsWith("--select=")) {
                select = value(arg);
            } else if (arg.startsWith("--tab=")) {
                tab = value(arg);
            } else if (arg.startsWith("--theme=")) {
                dark = switch (value(arg).toLowerCase(Locale.ROOT)) {
                    case "dark" -> true;
                    case "light" -> false;
                    default -> throw new IllegalArgumentException(
                            "--theme must be light or dark, not '" + value(arg) + "'");
                };
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("Unknown option " + arg);
            } else if (jar == null) {
                jar = Path.of(arg);
            } else {
                throw new IllegalArgumentException("Only one jar can be opened, got " + jar + " and " + arg);
            }
        }
        return new StartupOptions(
                Optional.ofNullable(jar),
                Optional.ofNullable(screenshot),
                Optional.ofNullable(select),
                Optional.ofNullable(tab),
                Optional.ofNullable(dark),
                help);
    }

    private static String value(String arg) {
        String value = arg.substring(arg.indexOf('=') + 1);
        if (value.isBlank()) {
            throw new IllegalArgumentException(arg + " needs a value");
        }
        return value;
    }
}
