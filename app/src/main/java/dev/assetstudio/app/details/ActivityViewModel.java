package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.HistoryReader;
import dev.assetstudio.engine.history.SeriesPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity tab: the focused asset's materializations, newest first, a page at a time, and one
 * plot per numeric metadata key plus one of the step duration. When the asset is partitioned, the
 * plots can put the partition on the x axis instead of the time.
 */
public final class ActivityViewModel extends AssetTabModel<ActivityViewModel.Activity> {
    /** Materializations per page. */
    public static final int PAGE_SIZE = 100;
    /** The title of the step-duration plot. */
    public static final String DURATION_TITLE = "step duration (ms)";

    /** One query's result. */
    record Activity(
            long total, List<Materialization> page, Map<String, List<SeriesPoint>> series, boolean partitioned) {}

    private final ObservableList<Materialization> rows = FXCollections.observableArrayList();
    // One read-only view, kept: a new wrapper per call would drop its listeners when collected.
    private final ObservableList<Materialization> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ChartData> charts = FXCollections.observableArrayList();
    // One read-only view, kept: a new wrapper per call would drop its listeners when collected.
    private final ObservableList<ChartData> chartsReadOnly = FXCollections.unmodifiableObservableList(charts);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper partitioned = new ReadOnlyBooleanWrapper(this, "partitioned");
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper(this, "loadingMore");
    private final ObjectProperty<ChartData.XAxis> xAxis =
            new SimpleObjectProperty<>(this, "xAxis", ChartData.XAxis.TIME);
    private Map<String, List<SeriesPoint>> series = Map.of();

    public ActivityViewModel(StudioSession session) {
        super(session, true);
        xAxis.addListener((obs, was, now) -> rebuildCharts());
    }

    /** The materializations loaded so far, newest first. */
    public ObservableList<Materialization> rows() {
        return rowsReadOnly;
    }

    /** One plot per numeric metadata key (sorted), then the step duration. */
    public ObservableList<ChartData> charts() {
        return chartsReadOnly;
    }

    /** How many materializations the asset has in all. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Whether the asset is partitioned (the x-axis toggle is offered only then). */
    public ReadOnlyBooleanProperty partitionedProperty() {
        return partitioned.getReadOnlyProperty();
    }

    /** Time or partition on the x axis of every plot. */
    public ObjectProperty<ChartData.XAxis> xAxisProperty() {
        return xAxis;
    }

    /** Whether there are materializations not loaded yet. */
    public BooleanBinding canLoadMoreProperty() {
        return Bindings.createBooleanBinding(
                () -> !loadingMore.get() && rows.size() < total.get(), rows, total, loadingMore);
    }

    /** Loads the next page of materializations. */
    public void loadMore() {
        Project project = session.project();
        AssetKey key = shownKeyProperty().get();
        if (project == null || key == null || loadingMore.get() || rows.size() >= total.get()) {
            return;
        }
        int offset = rows.size();
        loadingMore.set(true);
        queries()
                .runAlongside(() -> project.history().materializations(key, offset, PAGE_SIZE))
                .onSuccess(rows::addAll)
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR,
                        "Could not read more materializations of " + key,
                        String.valueOf(e.getMessage()))))
                .always(() -> loadingMore.set(false))
                .start();
    }

    @Override
    protected Activity load(Project project, AssetKey key) {
        HistoryReader history = project.history();
        long total = history.countMaterializations(key);
        List<Materialization> page = history.materializations(key, 0, PAGE_SIZE);
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        if (total > 0) {
            for (String metaKey : history.numericMetadataKeys(key)) {
                series.put(metaKey, history.metadataSeries(key, metaKey));
            }
            series.put(DURATION_TITLE, history.durationSeries(key));
        }
        return new Activity(total, page, series, project.asset(key).partitioned());
    }

    @Override
    protected void apply(AssetKey key, Activity result) {
        total.set(result.total());
        rows.setAll(result.page());
        partitioned.set(result.partitioned());
        if (!result.partitioned()) {
            xAxis.set(ChartData.XAxis.TIME);
        }
        series = result.series();
        rebuildCharts();
    }

    @Override
    protected void clear() {
        total.set(0);
        rows.clear();
        series = Map.of();
        charts.clear();
    }

    private void rebuildCharts() {
        List<ChartData> built = new ArrayList<>();
        series.forEach((title, points) -> built.add(ChartData.of(title, points, xAxis.get())));
        charts.setAll(built);
    }
}
