package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import java.util.List;
import java.util.Set;

/**
 * Asks the user which partitions to materialize when a materialize command reaches partitioned
 * assets without naming partitions (the engine refuses such a run). Called on the FX thread; it
 * may show a modal dialog.
 */
@FunctionalInterface
public interface PartitionPicker {
    /**
     * The partitions to materialize, as one request per run (only their partition key or range is
     * used; the command's config is kept). Empty when the user cancels.
     *
     * @param partitionedKeys the partitioned assets of the selection, never empty
     */
    List<RunRequest> pick(Project project, Set<AssetKey> partitionedKeys);
}
