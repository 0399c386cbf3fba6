package dev.assetstudio.engine.automation;

import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The partition automation acts on by default: the latest one whose window has ended by the tick. */
final class LatestPartitions {
    private LatestPartitions() {}

    /** The latest partition of {@code def} at {@code now}; empty for an unpartitioned asset or one with no partition yet. */
    static Optional<String> of(AssetDefinition def, Instant now) {
        if (def.partitions().isEmpty()) {
            return Optional.empty();
        }
        PartitionsDefinition p = def.partitions().get();
        List<String> keys = p.keys(now);
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(keys.size() - 1));
    }
}
