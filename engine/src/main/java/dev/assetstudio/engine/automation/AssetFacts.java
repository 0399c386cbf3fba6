package dev.assetstudio.engine.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a condition needs to know about one asset at one instant: its latest materialization (of the
 * partition considered), its upstream assets' latest materializations, which upstreams are sources,
 * and which of them are being materialized right now.
 *
 * @param partition the partition considered (the latest one of a time-partitioned asset), or null
 * @param upstream every upstream key with its latest materialization (empty if never)
 */
record AssetFacts(
        AssetKey key,
        String partition,
        Instant now,
        Optional<Materialization> latest,
        Map<AssetKey, Optional<Materialization>> upstream,
        Set<AssetKey> sources,
        Set<AssetKey> inProgress) {

    boolean missing() {
        return latest.isEmpty();
    }

    String name() {
        return partition == null ? key.toString() : key + " [" + partition + "]";
    }
}
