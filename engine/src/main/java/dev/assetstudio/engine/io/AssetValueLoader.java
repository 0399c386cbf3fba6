package dev.assetstudio.engine.io;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.definitions.UserCode;
import dev.assetstudio.engine.definitions.UserCodeException;
import java.util.List;
import java.util.Objects;

/**
 * Loads the latest stored value of an asset outside a run, through the asset's own I/O manager
 * (for {@code Project.loadAssetValue}); source assets load the same way.
 *
 * <pre>{@code
 * Object v = new AssetValueLoader(definitions, io).load(AssetKey.of("daily"), "2022-07-23");
 * }</pre>
 *
 * <p>A partitioned asset loaded without a partition key gives a {@code Map} of its materialized
 * partitions, as an unpartitioned downstream asset would receive it.
 */
public final class AssetValueLoader {
    /** The run id the loading contexts carry; there is no run. */
    public static final String NO_RUN = "load-asset-value";

    private final ProjectDefinitions definitions;
    private final IoManagers ioManagers;
    private final InputPartitionMapping partitionMapping = new InputPartitionMapping();

    public AssetValueLoader(ProjectDefinitions definitions, IoManagers ioManagers) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.ioManagers = Objects.requireNonNull(ioManagers, "ioManagers");
    }

    /** The value of an unpartitioned asset (or the map of a partitioned one's partitions). */
    public Object load(AssetKey key) {
        return load(key, null);
    }

    /**
     * The value of {@code key} in {@code partition}.
     *
     * @throws IllegalArgumentException when the partition does not fit the asset
     * @throws UserCodeException (phase {@code LOAD_INPUT}) when the I/O manager fails
     */
    public Object load(AssetKey key, String partition) {
        AssetDefinition asset = definitions.asset(key);
        List<String> partitions;
        if (asset.partitions().isEmpty()) {
            if (partition != null) {
                throw new IllegalArgumentException(
                        "asset " + key + " is not partitioned; load it without a partition key");
            }
            partitions = List.of();
        } else if (partition == null) {
            partitions = partitionMapping.upstreamPartitions(asset, null, asset);
        } else {
            if (!asset.partitions().get().contains(partition)) {
                throw new IllegalArgumentException(
                        "partition key " + partition + " is not a partition of asset " + key);
            }
            partitions = List.of(partition);
        }
        RunLog log = RunLog.standardError();
        StepContexts contexts = new StepContexts(NO_RUN, ioManagers.resources(), log);
        var context = contexts.inputContext(asset, null, partition, partitions);
        var manager = ioManagers.forOutput(asset);
        return UserCode.call(
                definitions.classLoader(),
                key,
                partition,
                UserCodeException.Phase.LOAD_INPUT,
                () -> manager.loadInput(context));
    }
}
