package dev.assetstudio.app.details;

import dev.assetstudio.app.actions.AssetAction;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.actions.AssetMenus;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsArea;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.engine.AssetSelection;
import java.util.List;
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
        this(session, new ChecksViewModel(session, runner));
    }

    private AssetDetails(StudioSession session, ChecksViewModel checks) {
        definition = new DefinitionViewModel(session);
        this.checks = checks;
        activity = new ActivityViewModel(session);
        lineage = new LineageViewModel(session);
        runs = new RunsViewModel(session);
        preview = new PreviewViewModel(session);
    }

    /** Creates the tabs for {@code session} and shows them in {@code area}; checks cannot be run. */
    public static AssetDetails install(DetailsArea area, StudioSession session) {
        return install(area, session, (Consumer<AssetSelection>) null);
    }

    /**
     * Creates the tabs for {@code session} and shows them in {@code area}.
     *
     * @param runner starts a run of a selection (Run checks); {@code null} disables running
     */
    public static AssetDetails install(DetailsArea area, StudioSession session, Consumer<AssetSelection> runner) {
        return install(area, new AssetDetails(session, runner));
    }

    /**
     * Creates the tabs for {@code session} and shows them in {@code area}, with the asset commands of {@code
     * actions} in the header's menu and Run checks in the Checks tab; Open checks brings that tab forward.
     */
    public static AssetDetails install(DetailsArea area, StudioSession session, AssetActions actions) {
        var details = install(area, new AssetDetails(session, new ChecksViewModel(session, actions)));
        actions.on(AssetAction.OPEN_CHECKS, keys -> {
            session.select(keys.get(0));
            area.select(DetailsTab.CHECKS);
        });
        var menu = new javafx.scene.control.MenuButton("Actions");
        menu.setId("details-actions");
        menu.getStyleClass().add(dev.assetstudio.app.theme.Styles.FLAT);
        menu.setOnShowing(event -> menu.getItems()
                .setAll(AssetMenus.contextItems(
                        actions, "details", session.focused() == null ? List.of() : List.of(session.focused()))));
        // A MenuButton shows nothing until it has items; one placeholder until first shown.
        menu.getItems().add(new javafx.scene.control.MenuItem("…"));
        area.addHeaderControl(menu);
        return details;
    }

    private static AssetDetails install(DetailsArea area, AssetDetails details) {
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
