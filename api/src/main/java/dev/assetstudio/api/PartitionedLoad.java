package dev.assetstudio.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one rule built-in I/O managers share for partitioned inputs, so they hand user code the same
 * shape: a partitioned step reading one partition gets the value, anything else a map.
 */
final class PartitionedLoad {
    /**
     * Loads one partition's value; throws if it is missing and missing is not allowed.
     *
     * @param <E> what reading may throw; a reader that throws nothing checked makes it unchecked
     */
    @FunctionalInterface
    interface PartitionReader<E extends Exception> {
        /** The value, or {@link PartitionedLoad#MISSING}. */
        Object read(String partitionKey) throws E;
    }

    /** Marks a partition with no stored value. */
    static final Object MISSING = new Object();

    private PartitionedLoad() {}

    static boolean loadsSingleValue(InputContext context) {
        return !context.hasAssetPartitions()
                || (context.hasPartitionKey() && context.assetPartitionKeys().size() == 1);
    }

    static boolean allowMissing(InputContext context) {
        return "true".equalsIgnoreCase(context.definitionMetadata().get(PathIOManager.ALLOW_MISSING_PARTITIONS));
    }

    /**
     * The partitions' values by partition key, sorted by key; missing ones are left out when the
     * input allows it, otherwise {@code onMissing} explains which.
     */
    static <E extends Exception, X extends Exception> Map<String, Object> loadMap(
            InputContext context, PartitionReader<E> reader, MissingError<X> onMissing) throws E, X {
        boolean allowMissing = allowMissing(context);
        Map<String, Object> values = new TreeMap<>();
        List<String> keys = context.assetPartitionKeys();
        for (String key : keys) {
            Object value = reader.read(key);
            if (value == MISSING) {
                if (!allowMissing) {
                    throw onMissing.create(key);
                }
                continue;
            }
            values.put(key, value);
        }
        return new LinkedHashMap<>(values);
    }

    /** Creates the error for a missing partition. */
    @FunctionalInterface
    interface MissingError<X extends Exception> {
        X create(String partitionKey);
    }
}
