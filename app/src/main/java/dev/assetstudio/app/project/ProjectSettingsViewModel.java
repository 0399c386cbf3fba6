package dev.assetstudio.app.project;

import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.worker.WorkerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project settings dialog's model: the limits of the open project's worker process (heap, JVM
 * options), its parallelism, cancel grace and sensor timeout, as text fields. Saving remembers them for the jar
 * ({@link ProjectSettings}, shared with the command line) and reloads the project, which starts a
 * worker with them.
 */
public final class ProjectSettingsViewModel {
    private final Path home;
    private final Path jar;
    private final Runnable reload;
    private final ProjectSettings saved;
    private final StringProperty heap = new SimpleStringProperty(this, "heap", "");
    private final StringProperty jvmOptions = new SimpleStringProperty(this, "jvmOptions", "");
    private final StringProperty parallelism = new SimpleStringProperty(this, "parallelism", "");
    private final StringProperty cancelGraceSeconds = new SimpleStringProperty(this, "cancelGraceSeconds", "");
    private final StringProperty sensorTimeoutSeconds = new SimpleStringProperty(this, "sensorTimeoutSeconds", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    /**
     * @param home the studio's home, where settings are kept
     * @param jar the open project's jar
     * @param reload reloads the project (with the saved settings)
     */
    public ProjectSettingsViewModel(Path home, Path jar, Runnable reload) {
        this.home = Objects.requireNonNull(home, "home");
        this.jar = Objects.requireNonNull(jar, "jar");
        this.reload = Objects.requireNonNull(reload, "reload");
        this.saved = ProjectSettings.load(home, jar);
        heap.set(saved.heap() == null ? "" : saved.heap());
        jvmOptions.set(String.join("\n", saved.jvmOptions()));
        parallelism.set(saved.parallelism() == null ? "" : saved.parallelism().toString());
        cancelGraceSeconds.set(
                saved.cancelGraceMillis() == null ? "" : String.valueOf(saved.cancelGraceMillis() / 1000.0));
        sensorTimeoutSeconds.set(
                saved.sensorTimeoutMillis() == null ? "" : String.valueOf(saved.sensorTimeoutMillis() / 1000.0));
        for (StringProperty p : List.of(heap, jvmOptions, parallelism, cancelGraceSeconds, sensorTimeoutSeconds)) {
            p.addListener((obs, was, now) -> check());
        }
        check();
    }

    public Path jar() {
        return jar;
    }

    /** {@code -Xmx} of the worker ({@code 512m}, {@code 2g}); empty for the JVM's default. */
    public StringProperty heapProperty() {
        return heap;
    }

    /** JVM options of the worker, one per line. */
    public StringProperty jvmOptionsProperty() {
        return jvmOptions;
    }

    /** Steps at once; empty for the number of processors. */
    public StringProperty parallelismProperty() {
        return parallelism;
    }

    /** Seconds a canceled step may run on before the worker is killed; empty for 10. */
    public StringProperty cancelGraceSecondsProperty() {
        return cancelGraceSeconds;
    }

    /** Seconds one sensor evaluation may take in the worker before it is stopped; empty for 60. */
    public StringProperty sensorTimeoutSecondsProperty() {
        return sensorTimeoutSeconds;
    }

    /** What is wrong with the fields, one sentence each; empty when they can be saved. */
    public ObservableList<String> problems() {
        return problemsReadOnly;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Saves the settings for the jar and reloads the project; false (nothing saved) while invalid. */
    public boolean save() {
        if (!check()) {
            return false;
        }
        settings().save(home, jar);
        reload.run();
        return true;
    }

    private boolean check() {
        List<String> found = new ArrayList<>();
        try {
            new WorkerSettings(heap.get(), List.of(), null);
        } catch (IllegalArgumentException e) {
            found.add(e.getMessage());
        }
        String p = parallelism.get().strip();
        if (!p.isEmpty() && !(p.matches("\\d{1,4}") && Integer.parseInt(p) >= 1)) {
            found.add("parallelism must be a whole number of at least 1, got '" + p + "'");
        }
        String g = cancelGraceSeconds.get().strip();
        if (!g.isEmpty()) {
            try {
                if (Double.parseDouble(g) < 0) {
                    found.add("the cancel grace must not be negative, got " + g);
                }
            } catch (NumberFormatException e) {
                found.add("the cancel grace must be a number of seconds, got '" + g + "'");
            }
        }
        String t = sensorTimeoutSeconds.get().strip();
        if (!t.isEmpty()) {
            try {
                if (!(Double.parseDouble(t) * 1000 >= 1)) {
                    found.add("the sensor timeout must be a positive number of seconds, got " + t);
                }
            } catch (NumberFormatException e) {
                found.add("the sensor timeout must be a number of seconds, got '" + t + "'");
            }
        }
        problems.setAll(found);
        valid.set(found.isEmpty());
        return found.isEmpty();
    }

    private ProjectSettings settings() {
        List<String> options = Arrays.stream(jvmOptions.get().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        String p = parallelism.get().strip();
        String g = cancelGraceSeconds.get().strip();
        String t = sensorTimeoutSeconds.get().strip();
        return new ProjectSettings(
                heap.get(),
                options,
                p.isEmpty() ? null : Integer.valueOf(p),
                g.isEmpty() ? null : Math.round(Double.parseDouble(g) * 1000),
                saved.execution(), // chosen in Run › Run on, kept as it was
                saved.cluster(),
                t.isEmpty() ? null : Math.round(Double.parseDouble(t) * 1000));
    }
}
