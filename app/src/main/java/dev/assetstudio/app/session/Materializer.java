package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.RunStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
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
     * partition key or range first goes to the {@link PartitionPicker}, which may start several
     * runs (a backfill per contiguous range) or none (canceled).
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
            List<RunSplit.Part> parts = partitioned.isEmpty() ? List.of() : split(project, selection);
            if (parts.size() > 1) {
                materializeInParts(project, parts, request);
                return;
            }
            if (!partitioned.isEmpty()) {
                for (RunRequest picked : partitionPicker.pick(project, partitioned)) {
                    submit(project, selection, withPartitionsOf(request, picked));
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
                    .filter(k -> project.asset(k).partitions().isPresent())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * The runs a selection with assets of different partitions needs ({@link RunSplit}); a single part (so one run,
     * as before) when at most one {@code PartitionsDefinition} is selected: the engine runs unpartitioned assets
     * along with a partition range itself.
     */
    private static List<RunSplit.Part> split(Project project, AssetSelection selection) {
        try {
            Set<AssetKey> keys = project.select(selection);
            long definitions = keys.stream()
                    .map(k -> project.asset(k).partitions())
                    .flatMap(java.util.Optional::stream)
                    .distinct()
                    .count();
            return definitions > 1 ? RunSplit.of(keys, project::asset) : List.of();
        } catch (RuntimeException e) {
            return List.of(); // the engine says what is wrong with the selection
        }
    }

    /**
     * Asks for partitions once per {@code PartitionsDefinition} (the picker's heading names its assets), then runs
     * the parts stage by stage: a stage starts when every run of the one before succeeded, so no asset reads an
     * upstream value that a run still in flight is about to write.
     */
    private void materializeInParts(Project project, List<RunSplit.Part> parts, RunRequest request) {
        Map<Object, List<RunRequest>> answers = new LinkedHashMap<>();
        for (RunSplit.Part part : parts) {
            if (part.partitions().isPresent()
                    && !answers.containsKey(part.partitions().get())) {
                Set<AssetKey> sharing = new TreeSet<>();
                parts.stream()
                        .filter(p -> p.partitions().equals(part.partitions()))
                        .forEach(p -> sharing.addAll(p.keys()));
                List<RunRequest> picked = partitionPicker.pick(project, sharing);
                if (picked.isEmpty()) {
                    return; // canceled: nothing runs, not half of it
                }
                answers.put(part.partitions().get(), picked);
            }
        }
        Map<Integer, List<Job>> stages = new java.util.TreeMap<>();
        for (RunSplit.Part part : parts) {
            AssetSelection selection = selectionOf(part.keys(), Scope.ONLY);
            RunRequest config = configFor(request, part.keys());
            List<RunRequest> partitions = part.partitions().isEmpty()
                    ? List.of(RunRequest.empty())
                    : answers.get(part.partitions().get());
            for (RunRequest picked : partitions) {
                stages.computeIfAbsent(part.stage(), s -> new ArrayList<>())
                        .add(new Job(selection, withPartitionsOf(config, picked)));
            }
        }
        List<List<Job>> ordered = List.copyOf(stages.values());
        int runs = ordered.stream().mapToInt(List::size).sum();
        session.notify(new Notification(
                Notification.Level.INFO,
                "Materializing in " + runs + " runs",
                "One run takes one partition range, so unpartitioned assets and each kind of partitions run apart"
                        + (ordered.size() > 1 ? ", upstream first." : ".")));
        session.background()
                .run(() -> {
                    List<String> problems = new ArrayList<>();
                    for (List<Job> stage : ordered) {
                        for (Job job : stage) {
                            project.validate(job.selection(), job.request())
                                    .forEach(p -> problems.add(job.selection() + ": " + p));
                        }
                    }
                    if (!problems.isEmpty()) {
                        throw new RunRefused(AssetSelection.all(), problems);
                    }
                    return ordered;
                })
                .onSuccess(valid -> runStage(project, valid, 0))
                .onFailure(this::refused)
                .start();
    }

    /** Starts every run of {@code stages[index]}; the next stage follows when all of them succeeded. */
    private void runStage(Project project, List<List<Job>> stages, int index) {
        if (index >= stages.size()) {
            return;
        }
        List<Job> stage = stages.get(index);
        session.background()
                .run(() -> stage.stream()
                        .map(job -> project.submit(job.selection(), job.request()))
                        .toList())
                .onSuccess(handles -> {
                    handles.forEach(this::track);
                    CompletableFuture.allOf(
                                    handles.stream().map(RunHandle::result).toArray(CompletableFuture[]::new))
                            .whenCompleteAsync(
                                    (done, error) -> stageEnded(project, stages, index, handles, error),
                                    session.background().fx());
                })
                .onFailure(this::refused)
                .start();
    }

    /** On the FX thread, once every run of {@code stages[index]} ended: starts the next stage, or says why not. */
    private void stageEnded(
            Project project, List<List<Job>> stages, int index, List<RunHandle> handles, Throwable error) {
        if (index + 1 >= stages.size()) {
            return;
        }
        if (session.project() != project) {
            // The later stages belong to a project that was reloaded or closed meanwhile.
            notLaterStages(stages, index, "The project was reloaded.");
            return;
        }
        boolean succeeded = error == null
                && handles.stream().allMatch(h -> h.result().join().runStatus() == RunStatus.SUCCEEDED);
        if (succeeded) {
            runStage(project, stages, index + 1);
        } else {
            notLaterStages(stages, index, "They depend on a run that did not succeed.");
        }
    }

    /** Says that the runs after {@code stages[index]} will not start, and why. */
    private void notLaterStages(List<List<Job>> stages, int index, String why) {
        int left = stages.subList(index + 1, stages.size()).stream()
                .mapToInt(List::size)
                .sum();
        session.notify(new Notification(
                Notification.Level.WARNING, left + (left == 1 ? " later run" : " later runs") + " not started", why));
    }

    private void refused(Throwable e) {
        session.notify(new Notification(
                Notification.Level.ERROR,
                "Cannot materialize",
                e instanceof RunRefused r ? String.join("\n", r.problems) : String.valueOf(e.getMessage())));
    }

    /** The config of {@code request} for just {@code keys} (the engine refuses config for unselected assets). */
    private static RunRequest configFor(RunRequest request, Set<AssetKey> keys) {
        RunRequest.Builder b = RunRequest.builder();
        request.config().forEach((key, values) -> {
            if (keys.contains(key)) {
                b.config(key, values);
            }
        });
        return b.build();
    }

    /** One run of a split selection. */
    private record Job(AssetSelection selection, RunRequest request) {}

    private static RunRequest withPartitionsOf(RunRequest request, RunRequest picked) {
        RunRequest.Builder b = RunRequest.builder();
        request.config().forEach(b::config);
        picked.partitionKey().ifPresent(b::partitionKey);
        picked.partitionRange().ifPresent(r -> b.partitionRange(r.from(), r.to()));
        return b.build();
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
                    result.statuses().size() + " steps in " + result.duration().toMillis() + " ms");
            case CANCELED -> new Notification(Notification.Level.WARNING, "Run canceled", handle.runId());
            default -> new Notification(
                    Notification.Level.ERROR,
                    "Run failed: " + result.failures().size() + " step(s)",
                    result.failures().values().stream().collect(Collectors.joining("\n")));
        };
    }

    /** Cancels every run this studio started that is still going. */
    public void cancelAll() {
        List.copyOf(activeRuns).forEach(RunHandle::cancel);
    }

    /** The runs started from the studio that have not ended. */
    public ObservableList<RunHandle> activeRuns() {
        return readOnlyActiveRuns;
    }

    public BooleanBinding runningProperty() {
        return Bindings.isNotEmpty(activeRuns);
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
