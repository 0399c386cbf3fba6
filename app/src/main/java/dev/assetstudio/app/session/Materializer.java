package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.run.RunHandle;
import java.util.Collection;
import java.util.List;
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
        if (partitionPicker != null
                && request.partitionKey().isEmpty()
                && request.partitionRange().isEmpty()) {
            Set<AssetKey> partitioned = partitionedKeys(project, selection);
            if (!partitioned.isEmpty()) {
                for (RunRequest picked : partitionPicker.pick(project, partitioned)) {
                    submit(project, selection, withPartitionsOf(request, picked));
                }
                return;
            }
        }
        submit(project, selection, request);
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
                .whenComplete((result, error) -> javafx.application.Platform.runLater(() -> {
                    activeRuns.remove(handle);
                    session.notify(finished(handle, result, error));
                }));
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
