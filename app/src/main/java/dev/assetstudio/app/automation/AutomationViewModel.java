package dev.assetstudio.app.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.automation.AutomationStatus;
import dev.assetstudio.engine.automation.AutomationSwitches;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.history.AutomationRecords.Evaluation;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Automation view's state: every schedule, sensor and asset with a condition with its switch, next
 * tick and last result; the tick history; and who runs the daemon. Everything comes from the engine
 * ({@link AutomationStatus}, the store's ticks and evaluations) on a background thread; the switches
 * go back through {@link AutomationSwitches}. Imports no {@code javafx.scene}.
 */
public final class AutomationViewModel {
    private static final int TICKS_SHOWN = 200;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final StudioAutomation automation;
    private final BackgroundTasks background;
    private final ObservableList<AutomationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TickRow> ticks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lease = new ReadOnlyStringWrapper(this, "lease", "");
    private final ReadOnlyBooleanWrapper leaseMine = new ReadOnlyBooleanWrapper(this, "leaseMine");

    public AutomationViewModel(StudioAutomation automation, BackgroundTasks background) {
        this.automation = automation;
        this.background = background;
        automation.addListener(this::refresh);
    }

    public ObservableList<AutomationRow> rows() {
        return rows;
    }

    public ObservableList<TickRow> ticks() {
        return ticks;
    }

    /** Who runs the automation daemon, in words; empty while no project is open. */
    public ReadOnlyStringProperty leaseProperty() {
        return lease.getReadOnlyProperty();
    }

    /** Whether this studio runs it. */
    public ReadOnlyBooleanProperty leaseMineProperty() {
        return leaseMine.getReadOnlyProperty();
    }

    /** Reloads everything from the engine, off the FX thread. */
    public void refresh() {
        background.run(this::load).onSuccess(this::show).start();
    }

    /** Turns the switch of {@code row} on or off, then refreshes. */
    public void setEnabled(AutomationRow row, boolean on) {
        background
                .run(() -> {
                    Optional<Project> project = automation.project();
                    Optional<AutomationStore> store = automation.store();
                    if (project.isPresent() && store.isPresent()) {
                        AutomationSwitches.set(
                                project.get().automation(),
                                store.get(),
                                List.of(row.switchName()),
                                false,
                                on,
                                automation.clock().instant());
                    }
                    return load();
                })
                .onSuccess(this::show)
                .start();
    }

    private record Snapshot(List<AutomationRow> rows, List<TickRow> ticks, String lease, boolean mine) {}

    private Snapshot load() {
        String leaseText = automation
                .lease()
                .map(s -> s.mine()
                        ? "Automation: this studio runs the daemon"
                        : "Automation: daemon in process " + s.lease().pid() + " on "
                                + s.lease().host())
                .orElse(automation.project().isPresent() ? "Automation: starting" : "");
        boolean mine = automation.lease().map(s -> s.mine()).orElse(false);
        Optional<Project> project = automation.project();
        Optional<AutomationStore> store = automation.store();
        if (project.isEmpty() || store.isEmpty() || project.get().isClosed()) {
            return new Snapshot(List.of(), List.of(), leaseText, mine);
        }
        try {
            return read(project.get(), store.get(), leaseText, mine);
        } catch (RuntimeException e) {
            if (automation.store().orElse(null) != store.get() || project.get().isClosed()) {
                // The project was closed or replaced while this read was under way: its store is gone, and
                // the listener of the next project refreshes the view.
                return new Snapshot(List.of(), List.of(), leaseText, mine);
            }
            throw e;
        }
    }

    private Snapshot read(Project project, AutomationStore store, String leaseText, boolean mine) {
        AutomationDefinitions definitions = project.automation();
        Instant now = automation.clock().instant();
        List<AutomationRow> list = new ArrayList<>();
        AutomationStatus declarative = null;
        for (AutomationStatus s : AutomationStatus.of(definitions, store, now)) {
            if (s.kind().equals("declarative")) {
                declarative = s;
            }
            list.add(new AutomationRow(
                    s.name(),
                    s.name(),
                    s.kind(),
                    s.what(),
                    s.enabled(),
                    s.nextTick().map(TIME::format).orElse("-"),
                    s.lastTick().map(AutomationViewModel::firstLine).orElse("-"),
                    s.lastTick().map(AutomationViewModel::describe).orElse("never ticked")));
        }
        for (Map.Entry<AssetKey, AutomationCondition> c :
                definitions.conditions().entrySet()) {
            List<Evaluation> evaluations = store.evaluations(c.getKey(), 5);
            String last = evaluations.isEmpty()
                    ? "-"
                    : TIME.format(evaluations.get(0).time()) + " "
                            + evaluations
                                    .get(0)
                                    .explanation()
                                    .lines()
                                    .findFirst()
                                    .orElse("");
            StringBuilder details = new StringBuilder();
            for (Evaluation e : evaluations) {
                details.append(TIME.format(e.time()))
                        .append('\n')
                        .append(e.explanation())
                        .append("\n\n");
            }
            list.add(new AutomationRow(
                    c.getKey().toString(),
                    AutomationDefinitions.DECLARATIVE,
                    "asset",
                    c.getValue().toString(),
                    declarative != null && declarative.enabled(),
                    declarative == null
                            ? "-"
                            : declarative.nextTick().map(TIME::format).orElse("-"),
                    last,
                    evaluations.isEmpty()
                            ? "not evaluated yet"
                            : details.toString().strip()));
        }
        List<TickRow> tickRows = new ArrayList<>();
        for (Tick t : store.ticks(null, TICKS_SHOWN)) {
            tickRows.add(new TickRow(
                    TIME.format(t.time()),
                    t.name(),
                    t.status().name().toLowerCase(Locale.ROOT),
                    t.summary().lines().findFirst().orElse(""),
                    requestLines(t)));
        }
        return new Snapshot(list, tickRows, leaseText, mine);
    }

    private void show(Snapshot snapshot) {
        // Unchanged lists are left alone, so a refresh every tick does not rebuild the tables' cells.
        if (!rows.equals(snapshot.rows())) {
            rows.setAll(snapshot.rows());
        }
        if (!ticks.equals(snapshot.ticks())) {
            ticks.setAll(snapshot.ticks());
        }
        lease.set(snapshot.lease());
        leaseMine.set(snapshot.mine());
    }

    private static String firstLine(Tick t) {
        return TIME.format(t.time()) + " " + t.status().name().toLowerCase(Locale.ROOT) + ": "
                + t.summary().lines().findFirst().orElse("");
    }

    private static String describe(Tick t) {
        return TIME.format(t.time()) + " " + t.status().name().toLowerCase(Locale.ROOT) + "\n" + t.summary()
                + (t.requests().isEmpty() ? "" : "\n" + requestLines(t))
                + (t.error() == null ? "" : "\n" + t.error());
    }

    private static String requestLines(Tick t) {
        List<String> lines = new ArrayList<>();
        for (Request r : t.requests()) {
            lines.add(r.outcome().name().toLowerCase(Locale.ROOT) + " " + r.selection()
                    + (r.partition() == null ? "" : " [" + r.partition() + "]")
                    + (r.runId() == null ? "" : " as run " + r.runId()) + ": " + r.reason());
        }
        return String.join("\n", lines);
    }
}
