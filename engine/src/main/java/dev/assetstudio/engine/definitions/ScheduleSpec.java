package dev.assetstudio.engine.definitions;

import java.util.Objects;
import java.util.Optional;

/**
 * A validated schedule: its cron, the selection text it runs (known to resolve), an optional fixed
 * partition, and where it was defined.
 */
public record ScheduleSpec(
        String name, CronSchedule cron, String selection, String partitionKey, String description, String definedIn) {
    public ScheduleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(definedIn, "definedIn");
    }

    /** The fixed partition; empty means the latest partition of each partitioned asset. */
    public Optional<String> fixedPartition() {
        return Optional.ofNullable(partitionKey);
    }
}
