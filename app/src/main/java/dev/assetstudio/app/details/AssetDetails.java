package dev.assetstudio.app.details;

import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsArea;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.engine.AssetSelection;
import java.util.function.Consumer;

/**
 * The asset details feature: builds the Definition, Activity, Lineage, Runs/Logs, Preview and Checks tabs,
 * puts them into the {@link DetailsArea}, and lets only the tab in front query eagerly.
 *
 * <pre>{@code
 * AssetDetails.install(window.details(), session);
 * }</pre>
 */
public final class AssetDetails {
    private final DefinitionViewModel definition;
    private final ActivityViewModel activity;
    private final LineageViewModel lineage;
    private final RunsViewModel runs;
    private final PreviewViewModel preview;
    private final ChecksViewModel checks;

    private AssetDetails(StudioSession session, Consumer<AssetSelection> runner) {
        definition = new DefinitionViewModel(session);
        checks = new ChecksViewModel(session, runner);
        activity = new ActivityViewModel(session);
        lineage = new LineageViewModel(session);
        runs = new RunsViewModel(session);
        preview = new PreviewViewModel(session);
    }

    /** Creates the tabs for {@code session} and shows them in {@code area}; checks cannot be run. */
    public static AssetDetails install(DetailsArea area, StudioSession session) {
        return install(area, session, null);
    }

    /**
     * Creates the tabs for {@code session} and shows them in {@code area}.
     *
     * @param runner starts a run of a selection (Run checks); {@code null} disables running
     */
    public static AssetDetails install(DetailsArea area, StudioSession session, Consumer<AssetSelection> runner) {
        var details = new AssetDetails(session, runner);
        details.put(area, DetailsTab.DEFINITION, details.definition, new DefinitionView(details.definition));
        details.put(area, DetailsTab.ACTIVITY, details.activity, new ActivityView(details.activity));
        details.put(area, DetailsTab.LINEAGE, details.lineage, new LineageView(details.lineage));
        details.put(area, DetailsTab.RUNS, details.runs, new RunsView(details.runs));
        details.put(area, DetailsTab.PREVIEW, details.preview, new PreviewView(details.preview));
        details.put(area, DetailsTab.CHECKS, details.checks, new ChecksView(details.checks));
        return details;
    }

    private void put(DetailsArea area, DetailsTab tab, AssetTabModel<?> model, TabFrame view) {
        area.setContent(tab, view);
        model.activeProperty().bind(area.selectedTabProperty().isEqualTo(tab));
    }

    public DefinitionViewModel definition() {
        return definition;
    }

    public ActivityViewModel activity() {
        return activity;
    }

    public LineageViewModel lineage() {
        return lineage;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public ChecksViewModel checks() {
        return checks;
    }

    /** Whether the tab in front has shown its data (screenshots wait for it). */
    public boolean isSettled() {
        return java.util.stream.Stream.of(definition, activity, lineage, runs, preview, checks)
                .filter(m -> m.activeProperty().get())
                .allMatch(m -> m.state() == AssetTabModel.State.READY || m.state() == AssetTabModel.State.FAILED);
    }
}
