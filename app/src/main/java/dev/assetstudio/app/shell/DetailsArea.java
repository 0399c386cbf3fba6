package dev.assetstudio.app.shell;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand area: a header naming the selected asset and the {@link DetailsTab}s. Each tab shows the view a
 * feature put there with {@link #setContent}; while no asset is selected, every tab says how to select one.
 */
public final class DetailsArea extends VBox {

    private final ObservableStringValue selectedAsset;
    private final Label heading = new Label("DETAILS");
    private final Label assetKey = new Label();
    private final TabPane tabPane = new TabPane();
    private final HBox header = new HBox();
    private final Map<DetailsTab, StackPane> holders = new EnumMap<>(DetailsTab.class);
    private final Map<DetailsTab, Node> contents = new EnumMap<>(DetailsTab.class);

    private final javafx.beans.property.ReadOnlyObjectWrapper<DetailsTab> selectedTab =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "selectedTab", DetailsTab.DEFINITION);

    DetailsArea(ObservableStringValue selectedAsset) {
        this.selectedAsset = selectedAsset;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll(Styles.AREA, Styles.DETAILS_AREA);
        assetKey.getStyleClass().add(Styles.MONOSPACE);
        // A long key is cut in the middle (its distinctive end stays) and is whole in the tooltip.
        dev.assetstudio.app.ui.KeyLabels.middle(assetKey);
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var keyTip = new javafx.scene.control.Tooltip();
        keyTip.textProperty().bind(assetKey.textProperty());
        assetKey.setTooltip(keyTip);
        var headerSpacer = new javafx.scene.layout.Region();
        HBox.setHgrow(headerSpacer, Priority.ALWAYS);
        header.getChildren().setAll(heading, assetKey, headerSpacer);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.AREA_HEADER);

        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (DetailsTab detailsTab : DetailsTab.values()) {
            var holder = new StackPane();
            holders.put(detailsTab, holder);
            var tab = new Tab(detailsTab.title(), holder);
            tab.setId("details-tab-" + detailsTab.name().toLowerCase(java.util.Locale.ROOT));
            tabPane.getTabs().add(tab);
        }
        VBox.setVgrow(tabPane, Priority.ALWAYS);
        getChildren().addAll(header, tabPane);
        refresh();
    }

    private void initListeners() {
        selectedAsset.addListener((obs, was, now) -> refresh());
        tabPane.getSelectionModel()
                .selectedIndexProperty()
                .addListener((obs, was, now) -> selectedTab.set(DetailsTab.values()[now.intValue()]));
    }

    /** Adds a control at the end of the header (the asset commands menu), shown while an asset is selected. */
    public void addHeaderControl(Node control) {
        control.visibleProperty().bind(javafx.beans.binding.Bindings.isNotNull(selectedAsset));
        header.getChildren().add(control);
    }

    /** Puts a feature's view into {@code tab}; it is shown while an asset is selected. */
    public void setContent(DetailsTab tab, Node content) {
        contents.put(tab, content);
        refresh();
    }

    /** Brings {@code tab} to the front. */
    public void select(DetailsTab tab) {
        tabPane.getSelectionModel().select(tab.ordinal());
    }

    /** The tab in front; features load a tab's data eagerly only while it is shown. */
    public javafx.beans.property.ReadOnlyObjectProperty<DetailsTab> selectedTabProperty() {
        return selectedTab.getReadOnlyProperty();
    }

    public DetailsTab selectedTab() {
        return DetailsTab.values()[tabPane.getSelectionModel().getSelectedIndex()];
    }

    TabPane tabPane() {
        return tabPane;
    }

    private void refresh() {
        String key = selectedAsset.get();
        assetKey.setText(key == null ? "" : key);
        for (DetailsTab tab : DetailsTab.values()) {
            Node content = contents.get(tab);
            Node shown = key == null
                    ? new EmptyState(Icon.INFO, "No asset selected", "Select an asset to see its details.")
                    : content != null
                            ? content
                            : new EmptyState(
                                    Icon.INFO,
                                    tab.title() + " is not available yet",
                                    "This build of the studio does not show it.");
            holders.get(tab).getChildren().setAll(shown);
        }
    }
}
