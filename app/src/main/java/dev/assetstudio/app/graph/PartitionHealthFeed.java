package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.partitions.PartitionHealth;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.StepFailed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Keeps the health bars on partitioned cards current: reads every partitioned asset's {@link
 * PartitionHealth} off the FX thread when the project opens, when history changes, and while a
 * backfill writes partitions, and hands each card its shares. At most one read is in flight; changes
 * that arrive meanwhile cause one more read, not one each.
 */
public final class PartitionHealthFeed {
    private final StudioSession session;
    private final BiConsumer<AssetKey, PartitionBar> sink;
    /** Reads of every asset's partition health, one at a time. */
    private final LatestRequests reads;

    /**
     * @param sink receives each partitioned asset's bar on the FX thread ({@code null}: the asset
     *     has no bar any more)
     */
    public PartitionHealthFeed(StudioSession session, BiConsumer<AssetKey, PartitionBar> sink) {
        this.session = Objects.requireNonNull(session, "session");
        this.reads = session.latestRequests();
        this.sink = Objects.requireNonNull(sink, "sink");
        session.projectProperty().addListener((obs, was, now) -> refresh());
        session.historyVersionProperty().addListener((obs, was, now) -> refresh());
        session.addRunEventsListener(this::onRunEvents);
        refresh();
    }

    /** The shares of one asset's partitions, as the card draws them. */
    public static PartitionBar barOf(PartitionHealth health) {
        double size = Math.max(1, health.size());
        PartitionHealth.Counts counts = health.counts();
        return new PartitionBar(
                counts.materialized() / size,
                counts.failed() / size,
                counts.missing() / size,
                counts.materialized(),
                health.size());
    }

    /** Reads every partitioned asset's health again (coalesced while a read is in flight). */
    public void refresh() {
        reads.whenIdle(this::readAll);
    }

    private void readAll() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        reads.run(() -> read(project))
                .onSuccess(bars -> bars.forEach(sink))
                // A read that lost its project to a reload or close is moot (dropped); any other is worth telling.
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.WARNING, "Could not read partition health", String.valueOf(e.getMessage()))))
                .start();
    }

    private static Map<AssetKey, PartitionBar> read(Project project) {
        Map<AssetKey, PartitionBar> bars = new LinkedHashMap<>();
        for (AssetDefinition def : project.assets()) {
            PartitionHealth.load(project, def.key()).ifPresent(health -> bars.put(def.key(), barOf(health)));
        }
        return bars;
    }

    private void onRunEvents(List<RunEvent> events) {
        Project project = session.project();
        boolean touchesPartitions = project != null && events.stream().anyMatch(e -> partitionOf(e) != null);
        if (touchesPartitions) {
            refresh();
        }
    }

    private static String partitionOf(RunEvent event) {
        if (event instanceof Materialized m) {
            return m.step().partition();
        }
        if (event instanceof StepFailed f) {
            return f.step().partition();
        }
        return null;
    }
}
