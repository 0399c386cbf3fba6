package dev.assetstudio.app.graph;

/**
 * The thin health bar at the bottom of a partitioned asset's card: the shares of its partitions that
 * are materialized, failed and missing (they need not add up to 1; the rest is drawn as missing). The
 * partitions feature sets it with {@link GraphView#setPartitionHealth}.
 */
public record PartitionBar(double materialized, double failed, double missing) {

    public PartitionBar {
        if (materialized < 0 || failed < 0 || missing < 0) {
            throw new IllegalArgumentException("shares must be >= 0");
        }
    }
}
