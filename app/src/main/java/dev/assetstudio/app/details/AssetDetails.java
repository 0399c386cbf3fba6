package dev.assetstudio.app.details;

import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsArea;
import dev.assetstudio.app.shell.DetailsTab;

/**
 * The asset details feature: builds the Definition, Activity, Lineage, Runs/Logs and Preview tabs,
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

    private AssetDetails(StudioSession session) {
        definition = new DefinitionViewModel(session);
        activity = new ActivityViewModel(session);
        lineage = new LineageViewModel(session);
        runs = new RunsViewModel(session);
        preview = new PreviewViewModel(session);
    }

    /** Creates the tabs for {@code session} and shows them in {@code area}. */
    public static AssetDetails install(DetailsArea area, StudioSession session) {
        var details = new AssetDetails(session);
        details.put(area, DetailsTab.DEFINITION, details.definition, new DefinitionView(details.definition));
        details.put(area, DetailsTab.ACTIVITY, details.activity, new ActivityView(details.activity));
        details.put(area, DetailsTab.LINEAGE, details.lineage, new LineageView(details.lineage));
        details.put(area, DetailsTab.RUNS, details.runs, new RunsView(details.runs));
        details.put(area, DetailsTab.PREVIEW, details.preview, new PreviewView(details.preview));
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

    /** Whether the tab in front has shown its data (screenshots wait for it). */
    public boolean isSettled() {
        return java.util.stream.Stream.of(definition, activity, lineage, runs, preview)
                .filter(m -> m.activeProperty().get())
                .allMatch(m -> m.state() == AssetTabModel.State.READY || m.state() == AssetTabModel.State.FAILED);
    }
}
