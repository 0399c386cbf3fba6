package dev.assetstudio.app.details;

import static dev.assetstudio.app.details.CerealProject.CEREALS;
import static dev.assetstudio.app.details.CerealProject.SUGARY;
import static dev.assetstudio.app.details.CerealProject.SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.model.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The details view-models against the cereal example, without a window: background work runs
 * synchronously and run events are parked (history is refreshed by hand), so every step is
 * deterministic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetailsViewModelsTest {
    @TempDir
    static Path home;

    private Project project;
    private StudioSession session;

    @BeforeAll
    void openAndMaterializeTwice() {
        project = CerealProject.open(home);
        session = new StudioSession(BackgroundTasks.synchronous(), new ConcurrentLinkedQueue<Runnable>()::add);
        session.setProject(project);
        CerealProject.materializeSugary(project);
        CerealProject.materializeSugary(project);
        session.refreshStatuses();
    }

    @AfterAll
    void close() {
        project.close();
    }

    @Test
    void definitionShowsGroupLinksAndStatus() {
        var model = new DefinitionViewModel(session);
        model.activeProperty().set(true);
        session.select(SUGARY);

        DefinitionInfo info = model.infoProperty().get();
        assertEquals("nutrition", info.group());
        assertEquals(List.of(CEREALS), info.upstream());
        assertTrue(info.downstream().contains(SUMMARY));
        assertEquals("csv", info.ioManager());
        assertEquals("nutrition@cereal.example", info.metadata().get("owner"));
        assertTrue(info.definedIn().contains("NutritionAssets"), info.definedIn());
        assertEquals("FRESH", model.statusProperty().get().state().name());

        model.open(CEREALS);
        assertEquals(CEREALS, session.focused());
        assertEquals(CEREALS, model.infoProperty().get().key());
    }

    @Test
    void definitionFlagsConditionalAssetsAndConfig() {
        var model = new DefinitionViewModel(session);
        model.activeProperty().set(true);
        session.select(AssetKey.of("standoutCereal"));
        assertFalse(model.infoProperty().get().outputRequired());

        session.select(CerealProject.LOW_SUGAR);
        assertEquals("SugarThreshold", model.infoProperty().get().configType());
        assertEquals(
                "maxSugars", model.infoProperty().get().configFields().get(0).name());
    }

    @Test
    void activityListsMaterializationsAndPlotsMetadata() {
        var model = new ActivityViewModel(session);
        model.activeProperty().set(true);
        session.select(SUGARY);

        assertEquals(2, model.totalProperty().get());
        assertEquals(2, model.rows().size());
        ChartData rows = chart(model, "num_rows");
        assertEquals(2, rows.points().size());
        assertEquals(26, rows.points().get(0).y());
        assertEquals(ChartData.XAxis.TIME, rows.axis());
        assertTrue(model.charts().stream().anyMatch(c -> c.title().equals(ActivityViewModel.DURATION_TITLE)));
        assertFalse(model.partitionedProperty().get());
        assertFalse(model.canLoadMoreProperty().get());
    }

    @Test
    void aPartitionedAssetsPlotsCanPutThePartitionOnTheXAxis() {
        project.materialize(
                dev.assetstudio.engine.AssetSelection.parse("dailyPrices"),
                dev.assetstudio.engine.RunRequest.builder()
                        .partitionRange("2024-01-01", "2024-01-03")
                        .build());
        project.materialize(
                dev.assetstudio.engine.AssetSelection.parse("dailyPrices"),
                dev.assetstudio.engine.RunRequest.builder()
                        .partitionKey("2024-01-02")
                        .build());
        session.refreshStatuses();
        var model = new ActivityViewModel(session);
        model.activeProperty().set(true);
        session.select(AssetKey.of("dailyPrices"));

        assertTrue(model.partitionedProperty().get());
        assertEquals(4, chart(model, "num_rows").points().size(), "over time: every materialization");

        model.xAxisProperty().set(ChartData.XAxis.PARTITION);
        ChartData byPartition = chart(model, "num_rows");
        assertEquals(ChartData.XAxis.PARTITION, byPartition.axis());
        assertEquals(List.of("2024-01-01", "2024-01-02", "2024-01-03"), byPartition.categories());
        assertEquals(3, byPartition.points().size(), "the latest value of each partition");
        assertEquals(20, byPartition.points().get(0).y(), "20 price observations a day in the example's data");
    }

    @Test
    void aHiddenTabQueriesOnlyWhenShown() {
        var model = new ActivityViewModel(session);
        session.select(SUGARY);
        assertEquals(AssetTabModel.State.EMPTY, model.state());
        model.activeProperty().set(true);
        assertEquals(AssetTabModel.State.READY, model.state());
        assertEquals(2, model.rows().size());
    }

    @Test
    void activityIsEmptyForAnAssetNeverMaterialized() {
        var model = new ActivityViewModel(session);
        model.activeProperty().set(true);
        session.select(AssetKey.of("highProteinCereals"));
        assertEquals(0, model.totalProperty().get());
        assertTrue(model.charts().isEmpty());
    }

    @Test
    void lineageDrawsUpstreamAndDownstream() {
        var model = new LineageViewModel(session);
        model.activeProperty().set(true);
        session.select(SUGARY);

        var layout = model.lineageProperty().get().layout();
        assertTrue(layout.nodes().keySet().containsAll(List.of("cereals", "sugaryCereals", "nutritionSummary")));
        assertTrue(layout.edges().stream().anyMatch(e -> e.from().equals("cereals") && e.to().equals("sugaryCereals")));
        assertTrue(layout.edges().stream()
                .anyMatch(e -> e.from().equals("sugaryCereals") && e.to().equals("nutritionSummary")));
        assertFalse(layout.nodes().containsKey("highProteinCereals"), "siblings are not lineage");

        model.depthProperty().set(1);
        assertFalse(model.lineageProperty().get().layout().nodes().containsKey("cereal_csv"));
    }

    @Test
    void runsListTheRunsAndTheSelectedRunsLog() {
        var model = new RunsViewModel(session);
        model.activeProperty().set(true);
        session.select(CEREALS);

        assertEquals(2, model.runs().size());
        assertEquals(model.runs().get(0), model.selectedRunProperty().get(), "the newest run is selected");
        assertEquals(RunStatus.SUCCEEDED, model.runs().get(0).status());
        assertTrue(
                model.entries().stream().anyMatch(e -> e.text().contains("parsed 77 cereals")),
                () -> "log: " + model.entries());
        assertTrue(model.entries().stream().anyMatch(e -> e.level().equals("EVENT")));
    }

    @Test
    void previewShowsTheStoredRecordsAsATable() {
        var model = new PreviewViewModel(session);
        model.activeProperty().set(true);
        session.select(SUGARY);

        var table = assertInstanceOf(
                PreviewContent.Table.class, model.contentProperty().get());
        assertEquals(26, table.rows().size());
        assertEquals(26, table.totalRows());
        assertEquals(List.of("name", "manufacturer", "type"), table.columns().subList(0, 3));
    }

    @Test
    void previewSaysWhenThereIsNoValue() {
        var model = new PreviewViewModel(session);
        model.activeProperty().set(true);
        session.select(AssetKey.of("highProteinCereals"));
        var message = assertInstanceOf(
                PreviewContent.Message.class, model.contentProperty().get());
        assertEquals("No stored value", message.title());

        session.select(AssetKey.of("shoppingList"));
        message = assertInstanceOf(
                PreviewContent.Message.class, model.contentProperty().get());
        assertEquals("This asset stores its own data", message.title());
    }

    private static ChartData chart(ActivityViewModel model, String title) {
        return model.charts().stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plot " + title + " in " + model.charts()));
    }
}
