package dev.assetstudio.app.partitions;

import dev.assetstudio.engine.RunRequest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Turns chosen partitions into run requests. A {@link RunRequest} names one key or one contiguous
 * range, so a scattered choice ("all missing" with gaps) becomes one run per contiguous run of
 * keys: a range is one backfill (one step per partition), and a handful of runs reads better in the
 * run panel than one run per key.
 */
public final class PartitionRequests {
    private PartitionRequests() {}

    /** One request per contiguous run of {@code chosen} in {@code health}'s key order; unknown keys are ignored. */
    public static List<RunRequest> of(PartitionHealth health, Collection<String> chosen) {
        BitSet set = new BitSet(health.size());
        for (String key : chosen) {
            int i = health.indexOf(key);
            if (i >= 0) {
                set.set(i);
            }
        }
        List<RunRequest> requests = new ArrayList<>();
        for (int start = set.nextSetBit(0); start >= 0; ) {
            int end = set.nextClearBit(start) - 1;
            String first = health.keys().get(start);
            String last = health.keys().get(end);
            requests.add(
                    start == end
                            ? RunRequest.builder().partitionKey(first).build()
                            : RunRequest.builder().partitionRange(first, last).build());
            start = set.nextSetBit(end + 1);
        }
        return List.copyOf(requests);
    }

    /** The requests that materialize every partition in {@code state}. */
    public static List<RunRequest> inState(PartitionHealth health, PartitionState state) {
        return of(health, health.keys(state));
    }
}
