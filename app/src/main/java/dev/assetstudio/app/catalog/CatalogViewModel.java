package dev.assetstudio.app.catalog;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.ui.NaturalOrder;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The asset catalog: the open project's assets by group, narrowed by a filter, with each asset's status; and the
 * commands a catalog row offers.
 *
 * <p>The filter takes plain text (a case-insensitive part of the key) or, when the text uses the selection syntax
 * ({@code *key+}, {@code group:name}, commas, or Dagster's current syntax: {@code tag:domain=sales and
 * kind:csv}, {@code owner:team:x}, {@code status:degraded}…), the assets that selection stands for, resolved
 * by the engine. When
 * nothing matches, {@link #hintProperty()} says why.
 *
 * <pre>{@code
 * var catalog = new CatalogViewModel(session, materializer);
 * catalog.filterTextProperty().set("group:nutrition");
 * catalog.groupsProperty().get(); // [CatalogGroup[name=nutrition, …]]
 * }</pre>
 */
public final class CatalogViewModel {

    private final StudioSession session;
    private final Materializer materializer;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final javafx.collections.ObservableSet<FilterChip> chips = FXCollections.observableSet();
    private final dev.assetstudio.app.fx.LatestRequests filtering;
    private final ReadOnlyObjectWrapper<List<CatalogGroup>> groups =
            new ReadOnlyObjectWrapper<>(this, "groups", List.of());
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final BooleanBinding launchpadAvailable;
    private final ObservableMap<AssetKey, String> partitionCounts = FXCollections.observableHashMap();
    private final ObservableMap<AssetKey, String> readOnlyPartitionCounts =
            FXCollections.unmodifiableObservableMap(partitionCounts);

    public CatalogViewModel(StudioSession session, Materializer materializer) {
        this.session = Objects.requireNonNull(session);
        this.materializer = Objects.requireNonNull(materializer);
        this.launchpadAvailable = session.configLaunchpadProperty().isNotNull();
        this.filtering = session.latestRequests();
        filterText.addListener((obs, old, text) -> refresh());
        chips.addListener((javafx.collections.SetChangeListener<FilterChip>) change -> refresh());
        session.projectProperty().addListener((obs, old, project) -> {
            if (project == null || old == null || !old.jar().equals(project.jar())) {
                partitionCounts.clear();
                chips.clear();
            }
            refresh();
        });
        // A health filter follows health, which changes after every run.
        session.historyVersionProperty().addListener((obs, old, version) -> {
            if (filtersOnHealth()) {
                refresh();
            }
        });
        refresh();
    }

    // ------------------------------------------------------------------ the tree

    /**
     * Resolves the filter off the FX thread (a selection over thousands of assets, or health, takes a while); only
     * the latest request, for the project still open, is shown.
     */
    private void refresh() {
        Project project = session.project();
        if (project == null) {
            filtering.dropUnderWay();
            groups.set(List.of());
            hint.set("");
            return;
        }
        String text = filterText.get() == null ? "" : filterText.get().strip();
        Set<FilterChip> chipsNow = Set.copyOf(chips);
        filtering
                .run(() -> groupsOf(project, text, chipsNow))
                .onSuccess(shown -> {
                    groups.set(shown.groups());
                    hint.set(shown.groups().isEmpty() ? shown.emptyHint() : "");
                })
                .onFailure(e -> {
                    groups.set(List.of());
                    hint.set("Could not filter the catalog: " + e.getMessage());
                })
                .start();
    }

    private boolean filtersOnHealth() {
        String text = filterText.get() == null ? "" : filterText.get();
        return text.contains("status:") || chips.stream().anyMatch(c -> c.facet() == FilterChip.Facet.HEALTH);
    }

    private record Shown(List<CatalogGroup> groups, String emptyHint) {}

    private static Shown groupsOf(Project project, String text, Set<FilterChip> chips) {
        Filter filter = filter(project, text, chips);
        SortedMap<String, List<AssetKey>> all = project.groups();
        List<CatalogGroup> shown = new ArrayList<>();
        List<Map.Entry<String, List<AssetKey>>> ordered = new ArrayList<>(all.entrySet());
        ordered.sort(Map.Entry.comparingByKey(NaturalOrder.INSTANCE));
        for (Map.Entry<String, List<AssetKey>> group : ordered) {
            List<AssetKey> keys = naturally(
                    group.getValue().stream().filter(filter.keys::contains).toList());
            if (!keys.isEmpty()) {
                shown.add(
                        new CatalogGroup(group.getKey(), keys, group.getValue().size()));
            }
        }
        return new Shown(List.copyOf(shown), filter.emptyHint);
    }

    /** {@code keys} in natural order; each key's text is made once, not once per comparison. */
    private static List<AssetKey> naturally(List<AssetKey> keys) {
        List<Map.Entry<String, AssetKey>> decorated = new ArrayList<>(keys.size());
        for (AssetKey key : keys) {
            decorated.add(Map.entry(key.toString(), key));
        }
        decorated.sort(Map.Entry.comparingByKey(NaturalOrder.INSTANCE));
        return decorated.stream().map(Map.Entry::getValue).toList();
    }

    private record Filter(Set<AssetKey> keys, String emptyHint) {}

    private static Filter filter(Project project, String text, Set<FilterChip> chips) {
        if (chips.isEmpty()) {
            return filter(project, text);
        }
        String chipSelection = FilterChip.selectionOf(chips);
        String chipWords = chips.stream().map(FilterChip::label).sorted().collect(Collectors.joining(", "));
        if (!text.isEmpty() && looksLikeSelection(text)) {
            try {
                return new Filter(
                        project.select(AssetSelection.parse("(" + text + ") and " + chipSelection)),
                        "Nothing matches " + text + " with " + chipWords + ".");
            } catch (RuntimeException e) {
                // As without chips: the text is then matched as plain text.
            }
        }
        Set<AssetKey> chosen = project.select(AssetSelection.parse(chipSelection));
        Filter byText = filter(project, text);
        Set<AssetKey> both = chosen.stream().filter(byText.keys::contains).collect(Collectors.toUnmodifiableSet());
        return new Filter(
                both,
                text.isEmpty()
                        ? "No asset has " + chipWords + "."
                        : byText.keys.isEmpty()
                                ? byText.emptyHint
                                : "No asset matches “" + text + "” with " + chipWords + ".");
    }

    private static Filter filter(Project project, String text) {
        if (text.isEmpty()) {
            return new Filter(Set.copyOf(project.assetKeys()), "This project has no assets.");
        }
        String selectionProblem = null;
        if (looksLikeSelection(text)) {
            try {
                return new Filter(project.select(AssetSelection.parse(text)), "Nothing matches " + text + ".");
            } catch (RuntimeException e) {
                // Not a selection after all (or one that names unknown keys): fall back to plain text, and say why.
                selectionProblem = e.getMessage();
            }
        }
        String needle = text.toLowerCase(Locale.ROOT);
        Set<AssetKey> keys = project.assetKeys().stream()
                .filter(k -> k.toString().toLowerCase(Locale.ROOT).contains(needle))
                .collect(Collectors.toUnmodifiableSet());
        String emptyHint = selectionProblem != null
                ? "No asset matches “" + text + "”: " + selectionProblem
                : "No asset key contains “" + text + "”. Try a selection such as *key, key+ or group:name.";
        return new Filter(keys, emptyHint);
    }

    /** Selection syntax uses operators; a plain word is matched as part of a key (more forgiving while typing). */
    private static boolean looksLikeSelection(String text) {
        return text.indexOf('*') >= 0
                || text.indexOf('+') >= 0
                || text.indexOf(',') >= 0
                || text.contains("group:")
                || dev.assetstudio.engine.selection.SelectionParser.isCurrentSyntax(text);
    }

    /** The health of {@code key} as the engine last computed it; {@code null} until the first refresh. */
    public dev.assetstudio.engine.AssetHealth health(AssetKey key) {
        return session.health().get(key);
    }

    /** Whether {@code project} is big enough for its groups to start collapsed (as the graph's overview). */
    public static boolean isBig(Project project) {
        return project.assetKeys().size() > BIG_PROJECT;
    }

    /** Above this many assets the catalog opens with its groups collapsed, like the graph's group overview. */
    public static final int BIG_PROJECT = 150;

    /** Partition counts ({@code 4/14}) of partitioned assets, shown next to their status. */
    public ObservableMap<AssetKey, String> partitionCounts() {
        return readOnlyPartitionCounts;
    }

    /** Sets (or, with null or empty, clears) the partition counts shown for {@code key}. */
    public void setPartitionCounts(AssetKey key, String counts) {
        if (counts == null || counts.isEmpty()) {
            partitionCounts.remove(key);
        } else {
            partitionCounts.put(key, counts);
        }
    }

    /** The chips of the filter menu that are on; the assets shown have them all (per facet, one of them). */
    public javafx.collections.ObservableSet<FilterChip> chips() {
        return chips;
    }

    /** The chips the open project offers (its tags, owners, kinds; every health), by facet. */
    public Map<FilterChip.Facet, List<FilterChip>> availableChips() {
        Project project = session.project();
        return project == null ? Map.of() : FilterChip.available(project);
    }

    /** The filter: plain text or selection syntax. Writable: the view's text field is bound to it. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The groups to show, in name order, with the assets that pass the filter. */
    public ReadOnlyObjectProperty<List<CatalogGroup>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** Why nothing is shown, or empty when something is. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The status of {@code key}; "never materialized" until history has been read. */
    public AssetStatus status(AssetKey key) {
        return session.status(key);
    }

    // ------------------------------------------------------------------ selection

    /** The user selected {@code keys} in the tree; {@code focus} is the row they clicked last (may be null). */
    public void select(Collection<AssetKey> keys, AssetKey focus) {
        if (keys.isEmpty()) {
            session.clearSelection();
        } else {
            session.select(
                    keys,
                    focus != null && keys.contains(focus)
                            ? focus
                            : keys.iterator().next());
        }
    }

    // ------------------------------------------------------------------ commands

    /** The materializer the catalog's commands run through. */
    public Materializer materializer() {
        return materializer;
    }

    public void materialize(Collection<AssetKey> keys, Materializer.Scope scope) {
        materializer.materialize(keys, scope);
    }

    /** Materializes the selected assets (Enter, toolbar). */
    public void materializeSelected() {
        materializer.materialize(List.copyOf(session.selection()), Materializer.Scope.ONLY);
    }

    /** Opens the config launchpad for {@code key} ("Materialize with config…"). */
    public void materializeWithConfig(AssetKey key) {
        session.openConfigLaunchpad(key);
    }

    /** True while a feature provides a config launchpad. */
    public BooleanBinding launchpadAvailableProperty() {
        return launchpadAvailable;
    }

    /** Shows only {@code key} and what is upstream of it. */
    public void showUpstream(AssetKey key) {
        filterText.set("*" + key);
    }

    /** Shows only {@code key} and what is downstream of it. */
    public void showDownstream(AssetKey key) {
        filterText.set(key + "*");
    }

    /** The text Copy key puts on the clipboard: the keys, one per line. */
    public static String copyText(Collection<AssetKey> keys) {
        return dev.assetstudio.app.actions.AssetActions.copyText(keys);
    }

    /** True while anything is selected (for the Materialize selected command). */
    public BooleanBinding hasSelectionProperty() {
        return Bindings.isNotEmpty(session.selection());
    }
}
