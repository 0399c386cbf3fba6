package dev.assetstudio.engine.backfill;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A materialization of a selection over many partitions, followed, cancelled and retried as one
 * thing. It may span several partitions definitions and unpartitioned assets; its targets are every
 * (asset, partition) it asked for.
 *
 * <pre>{@code
 * BackfillHandle h = project.launchBackfill(BackfillRequest.of(AssetSelection.all()));
 * Backfill done = h.await();
 * done.status();                      // SUCCEEDED
 * project.backfillProgress(done.id()); // 14/14 done
 * }</pre>
 *
 * @param id the backfill's id ({@code 20220723-141502-3f9a1c}); its short id and unique prefixes work too
 * @param selection the selection text it was started with
 * @param origin studio, CLI or API
 * @param status where it stands
 * @param createdAt when it was launched
 * @param finishedAt when it ended, or {@code null}
 * @param assets each selected asset and the name ({@link
 *     dev.assetstudio.api.PartitionsDefinition#describe()}) of its partitions definition, or {@code
 *     null} when unpartitioned; in plan order (upstream first)
 * @param partitions the partition keys asked for, per partitions definition name
 * @param runIds its runs, oldest first (a retry adds one)
 */
public record Backfill(
        String id,
        String selection,
        BackfillOrigin origin,
        BackfillStatus status,
        Instant createdAt,
        Instant finishedAt,
        Map<AssetKey, String> assets,
        Map<String, List<String>> partitions,
        List<String> runIds) {

    public Backfill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        selection = selection == null ? "" : selection;
        // LinkedHashMap: the order is the plan's, and null values mean "unpartitioned".
        assets = Collections.unmodifiableMap(new LinkedHashMap<>(assets));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        partitions.forEach((name, keys) -> copy.put(name, List.copyOf(keys)));
        partitions = Collections.unmodifiableMap(copy);
        runIds = List.copyOf(runIds);
    }

    /** The tail of the id that people see. */
    public String shortId() {
        return RunIds.shortId(id);
    }

    /** The partitions asked for of {@code asset}: {@code [null]} for an unpartitioned one. */
    public List<String> partitionsOf(AssetKey asset) {
        String name = assets.get(asset);
        if (name == null) {
            return Collections.singletonList(null);
        }
        return partitions.getOrDefault(name, List.of());
    }

    /** Every (asset, partition) it asked for, asset by asset in plan order. */
    public List<StepKey> targets() {
        List<StepKey> targets = new ArrayList<>();
        for (AssetKey asset : assets.keySet()) {
            for (String partition : partitionsOf(asset)) {
                targets.add(StepKey.of(asset, partition));
            }
        }
        return targets;
    }

    /** The same backfill with another status (and end time). */
    public Backfill withStatus(BackfillStatus newStatus, Instant newFinishedAt) {
        return new Backfill(id, selection, origin, newStatus, createdAt, newFinishedAt, assets, partitions, runIds);
    }

    /** The same backfill with these runs. */
    public Backfill withRuns(List<String> newRunIds) {
        return new Backfill(id, selection, origin, status, createdAt, finishedAt, assets, partitions, newRunIds);
    }

    /** The same backfill with one more run. */
    public Backfill withRun(String runId) {
        List<String> runs = new ArrayList<>(runIds);
        runs.add(runId);
        return new Backfill(id, selection, origin, status, createdAt, finishedAt, assets, partitions, runs);
    }
}
