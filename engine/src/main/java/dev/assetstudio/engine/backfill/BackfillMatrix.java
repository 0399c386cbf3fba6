package dev.assetstudio.engine.backfill;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.StepEventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backfill's partition × asset matrix: the latest state of every target across its runs.
 *
 * @param backfill the backfill
 * @param states every target (in {@link Backfill#targets()} order) with its latest step event type,
 *     or {@code null} when it has not started
 */
public record BackfillMatrix(Backfill backfill, Map<StepKey, StepEventType> states) {
    public BackfillMatrix {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /** The assets, the matrix's columns, upstream first. */
    public List<AssetKey> assets() {
        return List.copyOf(backfill.assets().keySet());
    }

    /** Every partition key of any asset, the matrix's rows, in order ({@code null} first for unpartitioned). */
    public List<String> partitions() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        backfill.partitions().values().forEach(keys::addAll);
        List<String> rows = new ArrayList<>();
        if (backfill.assets().containsValue(null)) {
            rows.add(null);
        }
        rows.addAll(keys);
        return rows;
    }

    /** The state of one cell: empty when the asset has no such partition in this backfill. */
    public Optional<StepEventType> state(AssetKey asset, String partition) {
        return Optional.ofNullable(states.get(StepKey.of(asset, partition)));
    }

    /** Whether the cell is a target of this backfill. */
    public boolean isTarget(AssetKey asset, String partition) {
        return states.containsKey(StepKey.of(asset, partition));
    }

    /** The counts by state. */
    public BackfillProgress progress() {
        return BackfillProgress.of(states);
    }

    /** The targets a retry runs again: failed, skipped, canceled or interrupted, and those never started (waiting included). */
    public List<StepKey> retryTargets() {
        List<StepKey> targets = new ArrayList<>();
        states.forEach((step, state) -> {
            if (state == null
                    || state == StepEventType.WAITING
                    || state == StepEventType.FAILED
                    || state == StepEventType.SKIPPED
                    || state == StepEventType.CANCELED
                    || state == StepEventType.INTERRUPTED) {
                targets.add(step);
            }
        });
        return targets;
    }
}
