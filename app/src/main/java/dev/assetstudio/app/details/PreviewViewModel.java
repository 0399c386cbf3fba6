package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.history.PartitionStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Preview tab: the focused asset's latest stored value, loaded through its I/O manager off the
 * FX thread and rendered by {@link ValueRenderer}. For a partitioned asset, one stored partition at
 * a time (the newest unless another is chosen).
 */
public final class PreviewViewModel extends AssetTabModel<PreviewViewModel.Preview> {

    /** One query's result: the stored partitions (if partitioned), the one shown, and the content. */
    record Preview(List<String> partitions, String partition, PreviewContent content, Map<String, Object> metadata) {
        Preview(List<String> partitions, String partition, PreviewContent content) {
            this(partitions, partition, content, Map.of());
        }
    }

    private final ObservableList<String> partitions = FXCollections.observableArrayList();
    // One read-only view, kept: a new wrapper per call would drop its listeners when collected.
    private final ObservableList<String> partitionsReadOnly = FXCollections.unmodifiableObservableList(partitions);
    private final ReadOnlyStringWrapper partition = new ReadOnlyStringWrapper(this, "partition");
    private final ReadOnlyBooleanWrapper partitioned = new ReadOnlyBooleanWrapper(this, "partitioned");
    private final ReadOnlyObjectWrapper<PreviewContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyObjectWrapper<Map<String, Object>> metadata =
            new ReadOnlyObjectWrapper<>(this, "metadata", Map.of());
    private String wantedPartition;

    public PreviewViewModel(StudioSession session) {
        super(session, true);
        session.focusedProperty().addListener((obs, was, now) -> wantedPartition = null);
    }

    /** The stored partitions, newest first (partitioned assets only). */
    public ObservableList<String> partitions() {
        return partitionsReadOnly;
    }

    /** The partition shown, or {@code null}. */
    public ReadOnlyStringProperty partitionProperty() {
        return partition.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty partitionedProperty() {
        return partitioned.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreviewContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The metadata its latest materialization recorded (tables, markdown, links… drawn by kind). */
    public ReadOnlyObjectProperty<Map<String, Object>> metadataProperty() {
        return metadata.getReadOnlyProperty();
    }

    /** Shows another stored partition. */
    public void choosePartition(String key) {
        if (key != null && !key.equals(partition.get())) {
            wantedPartition = key;
            reload();
        }
    }

    @Override
    protected Preview load(Project project, AssetKey key) {
        Preview preview = loadValue(project, key);
        var history = project.history();
        Map<String, Object> recorded = (preview.partition() == null
                        ? history.latestMaterialization(key)
                        : history.latestMaterialization(key, preview.partition()))
                .map(dev.assetstudio.engine.Materialization::metadata)
                .orElse(Map.of());
        return new Preview(preview.partitions(), preview.partition(), preview.content(), recorded);
    }

    private Preview loadValue(Project project, AssetKey key) {
        AssetDefinition def = project.asset(key);
        if (def.returnsVoid()) {
            return new Preview(
                    List.of(),
                    null,
                    new PreviewContent.Message(
                            "This asset stores its own data",
                            "It returns nothing, so no I/O manager holds a value to preview.",
                            false));
        }
        if (!def.partitioned()) {
            return new Preview(List.of(), null, preview(project, key, null));
        }
        Map<String, PartitionStatus> statuses = project.history().partitionStatuses(key);
        List<String> stored = statuses.values().stream()
                .filter(s -> s.state() == PartitionStatus.State.MATERIALIZED)
                .sorted(Comparator.comparing(PartitionStatus::time).reversed())
                .map(PartitionStatus::partition)
                .toList();
        if (stored.isEmpty()) {
            return new Preview(
                    stored,
                    null,
                    new PreviewContent.Message(
                            "No partition materialized yet", "Materialize a partition to preview it.", false));
        }
        String chosen = stored.contains(wantedPartition) ? wantedPartition : stored.get(0);
        return new Preview(stored, chosen, preview(project, key, chosen));
    }

    /** Loaded and rendered by the project: in its worker process when it has one. */
    private static PreviewContent preview(Project project, AssetKey key, String partition) {
        try {
            return ValueRenderer.of(project.previewAssetValue(key, partition));
        } catch (RuntimeException e) {
            return new PreviewContent.Message("No stored value", messageOf(e), false);
        }
    }

    @Override
    protected void apply(AssetKey key, Preview result) {
        partitioned.set(!result.partitions().isEmpty() || result.partition() != null);
        partitions.setAll(result.partitions());
        partition.set(result.partition());
        content.set(result.content());
        metadata.set(result.metadata());
    }

    @Override
    protected void clear() {
        partitions.clear();
        partition.set(null);
        content.set(null);
        metadata.set(Map.of());
    }
}
