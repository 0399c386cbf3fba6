package dev.assetstudio.app.launchpad;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.cluster.ClusterAnswers;
import dev.assetstudio.app.cluster.RunTargets;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.config.ConfigSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The launchpad ("Materialize with config…") for one asset: a form with a field per component of
 * its {@code Config} record, or the same values as raw JSON; validation by the engine (the config
 * binder, then run planning) off the FX thread after every edit; and Materialize, allowed only
 * once the current values are valid.
 *
 * <pre>{@code
 * var launchpad = new LaunchpadViewModel(session, materializer, key, SugarThreshold.class, Map.of(), remember);
 * launchpad.fields().get(0).textProperty().set("6");   // validates
 * if (launchpad.validProperty().get()) launchpad.materialize();
 * }</pre>
 */
public final class LaunchpadViewModel {
    private final StudioSession session;
    private final Materializer materializer;
    private final AssetKey key;
    private final ConfigSchema configType;
    private final Consumer<Map<String, Object>> remember;
    private final List<FieldModel> fields = new ArrayList<>();
    private final BooleanProperty rawMode = new SimpleBooleanProperty(this, "rawMode");
    private final StringProperty rawJson = new SimpleStringProperty(this, "rawJson", "{}");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    // One read-only view, kept: a new wrapper per call would drop its listeners when collected.
    private final ObservableList<String> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(this, "validating");
    private final ObjectProperty<Execution> runOn = new SimpleObjectProperty<>(this, "runOn");
    private final ReadOnlyStringWrapper clusterUnavailable = new ReadOnlyStringWrapper(this, "clusterUnavailable");
    private Map<String, Object> validValues;
    /** Checks of the values with the engine: only the latest one's verdict is shown. */
    private final LatestRequests checks;

    private boolean switching;

    /** A launchpad without defaults (the config record has no no-arg constructor). */
    public LaunchpadViewModel(
            StudioSession session,
            Materializer materializer,
            AssetKey key,
            Class<?> configType,
            Map<String, Object> initial,
            Consumer<Map<String, Object>> remember) {
        this(session, materializer, key, configType, Map.of(), initial, remember);
    }

    /**
     * @param configType the asset's config record, or {@code null} if it takes none
     * @param defaults the record's defaults ({@code ConfigBinder.defaults}), shown as hints and used for fields
     *     left empty; read off the FX thread by the caller, since it runs the project's code
     * @param initial the values to start from (the last config used for this asset in this session); fields
     *     without one start at their default
     * @param remember called with the values of every run started from here
     */
    public LaunchpadViewModel(
            StudioSession session,
            Materializer materializer,
            AssetKey key,
            Class<?> configType,
            Map<String, Object> defaults,
            Map<String, Object> initial,
            Consumer<Map<String, Object>> remember) {
        this(
                session,
                materializer,
                key,
                configType == null ? null : ConfigSchema.of(configType),
                defaults,
                initial,
                remember);
    }

    /**
     * The same for a config record described by the engine (loaded in this process or, for a
     * project in a worker process, described by the worker).
     */
    public LaunchpadViewModel(
            StudioSession session,
            Materializer materializer,
            AssetKey key,
            ConfigSchema configType,
            Map<String, Object> defaults,
            Map<String, Object> initial,
            Consumer<Map<String, Object>> remember) {
        this.session = Objects.requireNonNull(session, "session");
        this.checks = new LatestRequests(session.background());
        this.materializer = Objects.requireNonNull(materializer, "materializer");
        this.key = Objects.requireNonNull(key, "key");
        this.configType = configType;
        this.remember = Objects.requireNonNull(remember, "remember");
        if (configType != null) {
            configType.fields().forEach(f -> fields.add(new FieldModel(f)));
        }
        fields.forEach(f -> {
            f.setDefaultValue(defaults.get(f.name()));
            Object value = initial.getOrDefault(f.name(), defaults.get(f.name()));
            if (value != null) {
                f.setValue(value);
            }
            f.textProperty().addListener((obs, was, now) -> edited());
            f.checkedProperty().addListener((obs, was, now) -> edited());
        });
        rawJson.addListener((obs, was, now) -> edited());
        rawMode.addListener((obs, was, now) -> switchMode(now));
        Project project = session.project();
        runOn.set(project == null ? null : project.options().execution());
        runOn.addListener((obs, was, now) -> edited());
        askWhetherTheClusterAnswers(project);
    }

    /**
     * A cluster the project offers but is not connected to may have no worker running: asked off the
     * FX thread (the answer kept briefly, {@link ClusterAnswers}), it is greyed out with the reason
     * until one answers, rather than failing after a connect timeout once picked.
     */
    private void askWhetherTheClusterAnswers(Project project) {
        if (project == null
                || !project.executions().contains(Execution.CLUSTER)
                || project.cluster().isPresent()) {
            return; // no cluster to offer, or connected already (the project's default)
        }
        var cluster = project.options().cluster();
        clusterUnavailable.set("looking for its workers…");
        session.background()
                .run(() -> ClusterAnswers.workers(cluster))
                .onSuccess(n -> clusterUnavailable.set(n > 0 ? null : ClusterAnswers.noAnswer(cluster)))
                .onFailure(e -> clusterUnavailable.set(ClusterAnswers.noAnswer(cluster)))
                .start();
    }

    /**
     * Why this run cannot go to {@code execution} now ("no worker of cluster 'local' answers at …",
     * or "looking for its workers…" while asked), or {@code null} when it can.
     */
    public String unavailable(Execution execution) {
        return execution == Execution.CLUSTER ? clusterUnavailable.get() : null;
    }

    /** {@link #unavailable} in a few words for the choice itself: "no worker answers", "looking for its workers…". */
    public String unavailableBriefly(Execution execution) {
        String why = unavailable(execution);
        return why == null ? null : why.startsWith("no worker") ? "no worker answers" : why;
    }

    /** Why the cluster cannot take this run now, or {@code null}: changes once its workers were asked. */
    public ReadOnlyStringProperty clusterUnavailableProperty() {
        return clusterUnavailable.getReadOnlyProperty();
    }

    /** Where the project's runs go by default ("the worker process", "cluster 'local'"), as Run › Run on set it. */
    public String runsOn() {
        var project = session.project();
        return project == null ? "" : RunTargets.describe(project.options());
    }

    /** Where this run may go, as the engine offers it for the project ({@link Project#executions()}). */
    public List<Execution> runOnChoices() {
        Project project = session.project();
        return project == null ? List.of() : project.executions();
    }

    /** {@code execution} in words, for the project open now. */
    public String describe(Execution execution) {
        Project project = session.project();
        return project == null || execution == null ? "" : RunTargets.describe(execution, project.options());
    }

    /**
     * Where this run goes: the project's default ({@link #runsOn()}) until the user picks another;
     * the engine decides what it means ({@link RunRequest#execution()}).
     */
    public ObjectProperty<Execution> runOnProperty() {
        return runOn;
    }

    public AssetKey key() {
        return key;
    }

    /** The config record's simple name, or empty if the asset takes no config. */
    public Optional<String> configTypeName() {
        return Optional.ofNullable(configType).map(ConfigSchema::typeName);
    }

    /** The form's fields, in the record's order. */
    public List<FieldModel> fields() {
        return List.copyOf(fields);
    }

    /** The field named {@code name}. */
    public FieldModel field(String name) {
        return fields.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no config field " + name));
    }

    /** True while the values are edited as raw JSON instead of the form. */
    public BooleanProperty rawModeProperty() {
        return rawMode;
    }

    public StringProperty rawJsonProperty() {
        return rawJson;
    }

    /** Problems that belong to no single field (or every problem, in raw mode). */
    public ObservableList<String> problems() {
        return problemsReadOnly;
    }

    /** True when the current values passed validation: Materialize is allowed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    /** Checks the current values: locally (types), then with the engine, off the FX thread. */
    public void validate() {
        checks.dropUnderWay();
        valid.set(false);
        // A check still under way is moot now (its result is dropped); this one may not start one at all.
        validating.set(false);
        validValues = null;
        Optional<Map<String, Object>> values = values();
        if (values.isEmpty()) {
            return;
        }
        Project project = session.project();
        if (project == null) {
            problems.setAll("no project is open");
            return;
        }
        Map<String, Object> config = values.get();
        AssetSelection selection = AssetSelection.parse(key.toString());
        RunRequest request = request(config);
        validating.set(true);
        checks.run(() -> {
                    // The binder names fields; planning adds what else would stop the run.
                    List<String> found = configType == null ? List.of() : configType.validate(config);
                    return found.isEmpty() ? project.validate(selection, request) : found;
                })
                .onSuccess(found -> {
                    showProblems(found);
                    valid.set(found.isEmpty());
                    validValues = found.isEmpty() ? config : null;
                })
                .onFailure(e -> problems.setAll(String.valueOf(e.getMessage())))
                .onFinally(() -> validating.set(false))
                .start();
    }

    /**
     * Starts the run through the {@link Materializer} and remembers the values; does nothing and
     * returns false unless the current values are valid.
     */
    public boolean materialize() {
        if (!valid.get() || validValues == null) {
            return false;
        }
        remember.accept(validValues);
        materializer.materialize(AssetSelection.parse(key.toString()), request(validValues));
        return true;
    }

    /** The run as the engine gets it: the config, and where it runs when that is not the project's default. */
    RunRequest request(Map<String, Object> config) {
        RunRequest.Builder request = RunRequest.builder();
        if (configType != null || !config.isEmpty()) {
            request.config(key, config);
        }
        Project project = session.project();
        Execution chosen = runOn.get();
        if (chosen != null && (project == null || chosen != project.options().execution())) {
            request.execution(chosen);
        }
        return request.build();
    }

    /** The values as the run request gets them, or empty when some input does not parse. */
    Optional<Map<String, Object>> values() {
        if (rawMode.get()) {
            fields.forEach(f -> f.setProblem(""));
            try {
                Map<String, Object> parsed =
                        FieldModel.JSON.readValue(rawJson.get(), new TypeReference<LinkedHashMap<String, Object>>() {});
                problems.clear();
                return Optional.of(parsed == null ? new LinkedHashMap<>() : parsed);
            } catch (JsonProcessingException e) {
                problems.setAll("not a JSON object: " + e.getOriginalMessage());
                return Optional.empty();
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        for (FieldModel f : fields) {
            Optional<Object> value = f.parse();
            if (value.isPresent()) {
                values.put(f.name(), value.get());
            } else {
                ok = false;
            }
        }
        problems.clear();
        return ok ? Optional.of(values) : Optional.empty();
    }

    private void showProblems(List<String> found) {
        List<String> general = new ArrayList<>();
        fields.forEach(f -> f.setProblem(""));
        for (String problem : found) {
            Optional<FieldModel> owner = rawMode.get()
                    ? Optional.empty()
                    : fields.stream()
                            .filter(f -> problem.contains("'" + f.name() + "'"))
                            .findFirst();
            if (owner.isPresent()) {
                owner.get().setProblem(problem);
            } else {
                general.add(problem);
            }
        }
        problems.setAll(general);
    }

    private void edited() {
        if (!switching) {
            validate();
        }
    }

    private void switchMode(boolean toRaw) {
        switching = true;
        try {
            if (toRaw) {
                Map<String, Object> current = new LinkedHashMap<>();
                for (FieldModel f : fields) {
                    current.put(f.name(), f.parse().orElse(f.textProperty().get()));
                }
                rawJson.set(pretty(current));
            } else {
                try {
                    Map<String, Object> parsed = FieldModel.JSON.readValue(
                            rawJson.get(), new TypeReference<LinkedHashMap<String, Object>>() {});
                    fields.forEach(f -> f.setValue(parsed == null ? null : parsed.get(f.name())));
                } catch (JsonProcessingException e) {
                    // keep the form as it was; validation below reports the form's own state
                }
            }
        } finally {
            switching = false;
        }
        validate();
    }

    private static String pretty(Map<String, Object> values) {
        try {
            return FieldModel.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
