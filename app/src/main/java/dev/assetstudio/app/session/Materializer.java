package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillHandle;
import dev.assetstudio.engine.backfill.BackfillOrigin;
import dev.assetstudio.engine.backfill.BackfillProgress;
import dev.assetstudio.engine.backfill.BackfillRequest;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.text.Durations;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The materialize commands every view offers (right-click, toolbar, keyboard): turns "these keys,
 * this scope" into a selection, checks it with the engine before anything runs, and submits it to
 * the project's thread pool. Problems come back as notifications, never as a half-started run.
 */
public final class Materializer {
    /** Which assets around the chosen ones a command takes. */
    public enum Scope {
        /** Just the chosen assets. */
        ONLY,
        /** The chosen assets and everything upstream of them. */
        WITH_UPSTREAM,
        /** The chosen assets and everything downstream of them. */
        DOWNSTREAM
    }

    private final StudioSession session;
    private final ObservableList<RunHandle> activeRuns = FXCollections.observableArrayList();
    private PartitionPicker partitionPicker;
    // Kept, so that listeners on it live as long as the materializer.
    private final ObservableList<RunHandle> readOnlyActiveRuns = FXCollections.unmodifiableObservableList(activeRuns);
    private final ObservableList<BackfillHandle> activeBackfills = FXCollections.observableArrayList();
    private final ObservableList<BackfillHandle> readOnlyActiveBackfills =
            FXCollections.unmodifiableObservableList(activeBackfills);

    public Materializer(StudioSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The selection text for {@code keys} in {@code scope}, in the engine's syntax. */
    public static AssetSelection selectionOf(Collection<AssetKey> keys, Scope scope) {
        Function<AssetKey, String> form =
                switch (scope) {
                    case ONLY -> AssetKey::toString;
                    case WITH_UPSTREAM -> k -> "*" + k;
                    case DOWNSTREAM -> k -> k + "*";
                };
        return AssetSelection.parse(keys.stream().sorted().map(form).collect(Collectors.joining(",")));
    }

    public void materialize(Collection<AssetKey> keys, Scope scope) {
        if (keys.isEmpty()) {
            return;
        }
        materialize(selectionOf(keys, scope), RunRequest.empty());
    }

    public void materializeAll() {
        materialize(AssetSelection.all(), RunRequest.empty());
    }

    /**
     * Who is asked for partitions when a command reaches partitioned assets without naming any;
     * {@code null} (the default) lets the engine refuse such a run.
     */
    public void setPartitionPicker(PartitionPicker picker) {
        this.partitionPicker = picker;
    }

    /**
     * Validates and starts a run off the FX thread. A selection with partitioned assets and no
     * partition key or range first goes to the {@link PartitionPicker}, once per partitions definition,
     * and then becomes one backfill over the partitions picked (with the unpartitioned assets), or
     * nothing when the user cancels.
     */
    public void materialize(AssetSelection selection, RunRequest request) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        siblingsMaterializedWith(project, selection).ifPresent(session::notify);
        if (partitionPicker != null
                && request.partitionKey().isEmpty()
                && request.partitionRange().isEmpty()) {
            Set<AssetKey> partitioned = partitionedKeys(project, selection);
            if (!partitioned.isEmpty()) {
                Map<PartitionsDefinition, List<String>> picked = pickPerDefinition(project, partitioned);
                if (picked != null) {
                    backfill(project, selection, picked, request);
                }
                return;
            }
        }
        submit(project, selection, request);
    }

    /**
     * When the selection holds some outs of a multi-asset but not all, says that the others are
     * materialized with them: they share one step (the engine plans them all).
     */
    static java.util.Optional<Notification> siblingsMaterializedWith(Project project, AssetSelection selection) {
        Set<AssetKey> keys;
        try {
            keys = project.select(selection); // an in-memory graph walk, as partitionedKeys
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
        List<String> lines = new java.util.ArrayList<>();
        Set<String> told = new TreeSet<>();
        for (AssetKey key : new TreeSet<>(keys)) {
            var step = project.asset(key).multiAsset();
            if (step.isEmpty() || !told.add(step.get().definedIn())) {
                continue;
            }
            List<AssetKey> others =
                    step.get().outs().stream().filter(k -> !keys.contains(k)).toList();
            if (!others.isEmpty()) {
                lines.add(key + " shares one step (" + step.get().name() + ") with "
                        + others.stream().map(AssetKey::toString).collect(Collectors.joining(", "))
                        + ": they are materialized with it");
            }
        }
        return lines.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        new Notification(Notification.Level.INFO, "Materialized together", String.join("\n", lines)));
    }

    /** The partitioned assets {@code selection} stands for; empty if it does not resolve (the engine says why). */
    private static Set<AssetKey> partitionedKeys(Project project, AssetSelection selection) {
        try {
            // an in-memory graph walk, cheap enough for the FX thread
            return project.select(selection).stream()
                    .filter(k -> !project.asset(k).source()
                            && project.asset(k).partitions().isPresent())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * Asks the picker once per partitions definition (its heading names the assets sharing it); null
     * when the user cancels any of them, so nothing runs rather than half of it.
     */
    private Map<PartitionsDefinition, List<String>> pickPerDefinition(Project project, Set<AssetKey> partitioned) {
        Map<PartitionsDefinition, Set<AssetKey>> byDefinition = new LinkedHashMap<>();
        for (AssetKey key : partitioned) {
            byDefinition
                    .computeIfAbsent(project.asset(key).partitions().orElseThrow(), d -> new TreeSet<>())
                    .add(key);
        }
        Map<PartitionsDefinition, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<PartitionsDefinition, Set<AssetKey>> e : byDefinition.entrySet()) {
            List<RunRequest> picked = partitionPicker.pick(project, e.getValue());
            if (picked.isEmpty()) {
                return null;
            }
            answers.put(e.getKey(), keysOf(e.getKey(), picked));
        }
        return answers;
    }

    /** The partition keys that {@code requests} (a key or a range each) stand for, in order, each once. */
    public static List<String> keysOf(PartitionsDefinition partitions, List<RunRequest> requests) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (RunRequest r : requests) {
            r.partitionKey().ifPresent(keys::add);
            r.partitionRange().ifPresent(range -> keys.addAll(partitions.keysBetween(range.from(), range.to())));
        }
        return List.copyOf(keys);
    }

    /**
     * Starts one backfill of {@code selection} over {@code partitions} (per partitions definition; a
     * definition not named gets all its partitions), planned by the engine off the FX thread and
     * followed to one notification at its end.
     */
    public void backfill(
            AssetSelection selection, Map<PartitionsDefinition, List<String>> partitions, RunRequest config) {
        Project project = session.project();
        if (project != null) {
            backfill(project, selection, partitions, config);
        }
    }

    private void backfill(
            Project project,
            AssetSelection selection,
            Map<PartitionsDefinition, List<String>> partitions,
            RunRequest config) {
        BackfillRequest.Builder b = BackfillRequest.builder(selection).origin(BackfillOrigin.STUDIO);
        partitions.forEach(b::partitions);
        config.config().forEach(b::config);
        BackfillRequest request = b.build();
        session.background()
                .run(() -> project.launchBackfill(request))
                .onSuccess(handle -> trackBackfill(project, handle))
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR,
                        "Cannot materialize " + selection,
                        e instanceof RunPlanningException p
                                ? String.join("\n", p.problems())
                                : String.valueOf(e.getMessage()))))
                .start();
    }

    private void trackBackfill(Project project, BackfillHandle handle) {
        activeBackfills.add(handle);
        // The progress is a history read: on the engine's thread, never on the FX thread.
        handle.result()
                .handle((backfill, error) -> error != null
                        ? new Notification(
                                Notification.Level.ERROR, "Backfill " + handle.id() + " failed", error.toString())
                        : backfillEnded(backfill, project.backfillProgress(backfill.id())))
                .thenAcceptAsync(
                        notification -> {
                            activeBackfills.remove(handle);
                            session.notify(notification);
                        },
                        session.background().fx());
    }

    /** The one notification at a backfill's end, in the engine's words. */
    static Notification backfillEnded(Backfill backfill, BackfillProgress progress) {
        String detail = progress.words() + " · backfill " + backfill.shortId();
        return switch (backfill.status()) {
            case SUCCEEDED -> new Notification(Notification.Level.SUCCESS, "Backfill succeeded", detail);
            case CANCELED, CANCELING -> new Notification(Notification.Level.WARNING, "Backfill canceled", detail);
            default -> new Notification(
                    Notification.Level.ERROR, "Backfill " + backfill.status().words(), detail);
        };
    }

    private void refused(Throwable e) {
        session.notify(new Notification(
                Notification.Level.ERROR,
                "Cannot materialize",
                e instanceof RunRefused r ? String.join("\n", r.problems) : String.valueOf(e.getMessage())));
    }

    /**
     * Validates and starts a run off the FX thread. Planning problems (missing config, a partitioned
     * asset without partitions, a selection of nothing) are reported and nothing starts.
     */
    private void submit(Project project, AssetSelection selection, RunRequest request) {
        session.background()
                .run(() -> {
                    List<String> problems = project.validate(selection, request);
                    if (!problems.isEmpty()) {
                        throw new RunRefused(selection, problems);
                    }
                    return project.submit(selection, request);
                })
                .onSuccess(this::track)
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR,
                        "Cannot materialize " + selection,
                        e instanceof RunRefused r ? String.join("\n", r.problems) : String.valueOf(e.getMessage()))))
                .start();
    }

    private void track(RunHandle handle) {
        activeRuns.add(handle);
        handle.result()
                .whenCompleteAsync(
                        (result, error) -> {
                            activeRuns.remove(handle);
                            session.notify(finished(handle, result, error));
                        },
                        session.background().fx());
    }

    private static Notification finished(RunHandle handle, RunResult result, Throwable error) {
        if (error != null) {
            return new Notification(Notification.Level.ERROR, "Run " + handle.runId() + " failed", error.toString());
        }
        return switch (result.runStatus()) {
            case SUCCEEDED -> new Notification(
                    Notification.Level.SUCCESS,
                    "Run succeeded",
                    steps(result.statuses().size()) + " in " + Durations.format(result.duration()));
            case CANCELED -> new Notification(Notification.Level.WARNING, "Run canceled", handle.runId());
            default -> new Notification(
                    Notification.Level.ERROR,
                    "Run failed: " + steps(result.failures().size()),
                    result.failures().values().stream().collect(Collectors.joining("\n")));
        };
    }

    /** Runs {@code runId} again (all its steps, or only those that did not end well), off the FX thread. */
    public void reexecute(String runId, boolean fromFailure) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.background()
                .run(() -> project.reexecute(runId, fromFailure))
                .onSuccess(this::track)
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR,
                        fromFailure ? "Cannot re-execute from failure" : "Cannot re-execute",
                        e instanceof RunPlanningException p
                                ? String.join("\n", p.problems())
                                : String.valueOf(e.getMessage()))))
                .start();
    }

    private static String steps(int n) {
        return n + (n == 1 ? " step" : " steps");
    }

    /** Cancels every run and backfill this studio started that is still going. */
    public void cancelAll() {
        List.copyOf(activeRuns).forEach(RunHandle::cancel);
        List.copyOf(activeBackfills).forEach(BackfillHandle::cancel);
    }

    /** Cancels the run {@code runId} if this studio started it, alone or as a backfill's run. */
    public void cancelRun(String runId) {
        activeRuns.stream().filter(h -> h.runId().equals(runId)).forEach(RunHandle::cancel);
        activeBackfills.stream().filter(h -> h.runId().equals(runId)).forEach(BackfillHandle::cancel);
    }

    /** The backfills started from the studio that have not ended. */
    public ObservableList<BackfillHandle> activeBackfills() {
        return readOnlyActiveBackfills;
    }

    /** The runs started from the studio that have not ended. */
    public ObservableList<RunHandle> activeRuns() {
        return readOnlyActiveRuns;
    }

    public BooleanBinding runningProperty() {
        return Bindings.isNotEmpty(activeRuns).or(Bindings.isNotEmpty(activeBackfills));
    }

    /** A run that the engine refused to plan, with every reason. */
    static final class RunRefused extends RuntimeException {
        final List<String> problems;

        RunRefused(AssetSelection selection, List<String> problems) {
            super("cannot materialize " + selection + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }
    }
}
