package dev.assetstudio.app.partitions;

/** What the studio shows for one partition of an asset. */
public enum PartitionState {
    /** Its latest outcome is a materialization. */
    MATERIALIZED("materialized"),
    /** Its latest step failed (after its last materialization, if any). */
    FAILED("failed"),
    /** History has no outcome for it: never materialized. */
    MISSING("missing");

    private final String label;

    PartitionState(String label) {
        this.label = label;
    }

    /** The lower-case word used in summaries ("3 missing"). */
    public String label() {
        return label;
    }
}
