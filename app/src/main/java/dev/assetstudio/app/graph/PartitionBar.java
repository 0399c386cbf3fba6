package dev.assetstudio.app.graph;

/**
 * The thin health bar at the bottom of a partitioned asset's card: the shares of its partitions that
 * are materialized, failed and missing (they need not add up to 1; the rest is drawn as missing). The
 * partitions feature sets it with {@link GraphView#setPartitionHealth}; the catalog shows its counts.
 *
 * @param materializedCount how many partitions are materialized (0 when only shares are known)
 * @param total how many partitions there are (0 when only shares are known)
 */
public record PartitionBar(double materialized, double failed, double missing, int materializedCount, int total) {

    public PartitionBar {
        if (materialized < 0 || failed < 0 || missing < 0 || materializedCount < 0 || total < 0) {
            throw new IllegalArgumentException("shares and counts must be >= 0");
        }
    }

    /** A bar of shares alone. */
    public PartitionBar(double materialized, double failed, double missing) {
        this(materialized, failed, missing, 0, 0);
    }

    /** {@code 4/14}: materialized partitions of all; empty when the counts are not known. */
    public String counts() {
        return total == 0 ? "" : materializedCount + "/" + total;
    }
}
