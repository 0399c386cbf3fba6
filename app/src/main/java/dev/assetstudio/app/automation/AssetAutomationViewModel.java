package dev.assetstudio.app.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.app.details.AssetTabModel;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.history.AutomationRecords.Evaluation;
import dev.assetstudio.engine.history.AutomationStore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Automation tab of the focused asset: its condition, whether declarative automation is on, and
 * its last evaluations as the engine wrote them (the evaluated condition tree, in words). Reloads
 * after every tick of the studio's daemon.
 */
public final class AssetAutomationViewModel extends AssetTabModel<AssetAutomationViewModel.Content> {
    private static final int EVALUATIONS_SHOWN = 10;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final StudioAutomation automation;
    private final ReadOnlyStringWrapper condition = new ReadOnlyStringWrapper(this, "condition", "");
    private final ReadOnlyStringWrapper switchState = new ReadOnlyStringWrapper(this, "switchState", "");
    private final ReadOnlyStringWrapper evaluations = new ReadOnlyStringWrapper(this, "evaluations", "");

    /** What one query found. */
    public record Content(String condition, String state, String evaluations) {}

    public AssetAutomationViewModel(StudioSession session, StudioAutomation automation) {
        super(session, true);
        this.automation = automation;
        automation.addListener(this::invalidate);
    }

    /** The condition as written, or a sentence saying there is none. */
    public ReadOnlyStringProperty conditionProperty() {
        return condition.getReadOnlyProperty();
    }

    /** Whether declarative automation is on. */
    public ReadOnlyStringProperty switchStateProperty() {
        return switchState.getReadOnlyProperty();
    }

    /** The last evaluations, newest first, each with its time and the evaluated tree. */
    public ReadOnlyStringProperty evaluationsProperty() {
        return evaluations.getReadOnlyProperty();
    }

    @Override
    protected Content load(Project project, AssetKey key) {
        AutomationCondition c = project.automation().conditions().get(key);
        if (c == null) {
            return new Content(
                    "No automation condition. Give the asset one with @Asset(automation = \"eager\") (or on_missing,"
                            + " on_cron(…), combined with &, |, ~) to have it materialized by itself.",
                    "",
                    "");
        }
        Optional<AutomationStore> store = automation.store();
        if (store.isEmpty()) {
            return new Content(c.toString(), "The automation daemon is starting.", "");
        }
        boolean on = store.get().state(AutomationDefinitions.DECLARATIVE).enabled();
        List<Evaluation> list = store.get().evaluations(key, EVALUATIONS_SHOWN);
        StringBuilder text = new StringBuilder();
        for (Evaluation e : list) {
            text.append(TIME.format(e.time()))
                    .append(e.requested() ? " — requested a run" : "")
                    .append('\n')
                    .append(e.explanation())
                    .append("\n\n");
        }
        return new Content(
                c.toString(),
                on
                        ? "Declarative automation is on: the daemon evaluates this condition on every tick."
                        : "Declarative automation is off (turn it on in View › Automation…).",
                list.isEmpty() ? "Not evaluated yet." : text.toString().strip());
    }

    @Override
    protected void apply(AssetKey key, Content result) {
        condition.set(result.condition());
        switchState.set(result.state());
        evaluations.set(result.evaluations());
    }

    @Override
    protected void clear() {
        condition.set("");
        switchState.set("");
        evaluations.set("");
    }
}
