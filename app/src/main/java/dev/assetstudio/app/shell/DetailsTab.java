package dev.assetstudio.app.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tabs of the asset details area, in display order. */
public enum DetailsTab {
    DEFINITION("Definition"),
    ACTIVITY("Activity"),
    PARTITIONS("Partitions"),
    LINEAGE("Lineage"),
    RUNS("Runs/Logs"),
    PREVIEW("Preview"),
    AUTOMATION("Automation"),
    CHECKS("Checks");

    private final String title;

    DetailsTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * The tab named {@code name}, ignoring case: its constant ({@code runs}), its title ({@code Runs/Logs}) or a
     * word of the title ({@code logs}), as given to {@code --tab}.
     */
    public static Optional<DetailsTab> fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(tab -> tab.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || Arrays.asList(tab.title.toLowerCase(Locale.ROOT).split("/"))
                                .contains(wanted)
                        || tab.title.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
