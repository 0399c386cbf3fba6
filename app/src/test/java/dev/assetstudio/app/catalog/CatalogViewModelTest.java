package dev.assetstudio.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.status.AssetStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's tree and filter against the cereal example, without a window. */
class CatalogViewModelTest {

    @TempDir
    Path dir;

    private StudioSession session;
    private CatalogViewModel catalog;
    private Project project;

    @BeforeEach
    void setUp() throws Exception {
        session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        catalog = new CatalogViewModel(session, new Materializer(session));
        project = Project.open(
                TestProjects.cerealJar(dir.resolve("jars")),
                ProjectOptions.builder().home(dir.resolve("home")).build());
        session.setProject(project);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private List<String> labels() {
        return catalog.groupsProperty().get().stream().map(CatalogGroup::label).toList();
    }

    private Set<AssetKey> shownKeys() {
        return catalog.groupsProperty().get().stream()
                .flatMap(g -> g.keys().stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void showsEveryGroupWithItsCount() {
        List<String> expected = project.groups().entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().size() + ")")
                .toList();
        assertEquals(expected, labels());
        assertTrue(labels().contains("nutrition (8)"), labels().toString());
        assertEquals("", catalog.hintProperty().get());
    }

    @Test
    void filtersByTagOwnerKindAndHealthInTheCurrentSyntax() {
        catalog.filterTextProperty().set("owner:team:sales and kind:java");
        assertEquals(List.of("sales (4)"), labels());

        catalog.filterTextProperty().set("tag:tier=gold");
        assertEquals(Set.of(AssetKey.of("cereals")), shownKeys());

        catalog.filterTextProperty().set("key:*Cereals and not kind:csv");
        assertTrue(shownKeys().contains(AssetKey.of("hotCereals")), shownKeys().toString());
        assertTrue(!shownKeys().contains(AssetKey.of("sugaryCereals")), "sugaryCereals is a csv");

        var run = project.materialize(dev.assetstudio.engine.AssetSelection.parse("*sugaryCereals"));
        assertTrue(run.succeeded(), run::toString);
        // the run's events reach the session in a batch that refreshes too: deliver it here, then refresh
        session.flushRunEvents();
        session.refreshStatuses();
        assertTrue(
                session.notifications().isEmpty(), () -> session.notifications().toString());
        assertEquals(
                dev.assetstudio.engine.AssetHealth.State.HEALTHY,
                catalog.health(AssetKey.of("sugaryCereals")).state());
        assertEquals(
                dev.assetstudio.engine.AssetHealth.State.UNKNOWN,
                catalog.health(AssetKey.of("nutritionSummary")).state());
        catalog.filterTextProperty().set("status:healthy");
        assertEquals(Set.of(AssetKey.of("cereals"), AssetKey.of("sugaryCereals")), shownKeys());

        catalog.filterTextProperty().set("key:orders and");
        assertTrue(
                catalog.hintProperty().get().contains("at position 15 expected"),
                catalog.hintProperty().get());
    }

    @Test
    void filtersBySelectionSyntax() {
        catalog.filterTextProperty().set("group:nutrition");
        assertEquals(List.of("nutrition (8)"), labels());

        catalog.filterTextProperty().set("*nutritionSummary");
        assertEquals(project.select(dev.assetstudio.engine.AssetSelection.parse("*nutritionSummary")), shownKeys());
        assertTrue(shownKeys().contains(AssetKey.of("nutritionSummary")));
        assertTrue(shownKeys().size() > 1, "upstream assets too");
        assertTrue(labels().stream().anyMatch(l -> l.contains(" of ")), "filtered groups say how many of how many");
    }

    @Test
    void filtersByPlainTextAndSaysWhenNothingMatches() {
        catalog.filterTextProperty().set("SUGAR");
        assertTrue(shownKeys().contains(AssetKey.of("sugaryCereals")));
        assertTrue(shownKeys().stream().allMatch(k -> k.toString().toLowerCase().contains("sugar")));

        catalog.filterTextProperty().set("nothing_like_this");
        assertTrue(catalog.groupsProperty().get().isEmpty());
        assertTrue(
                catalog.hintProperty().get().contains("nothing_like_this"),
                catalog.hintProperty().get());

        catalog.filterTextProperty().set("*nutritionSumary");
        assertTrue(catalog.groupsProperty().get().isEmpty());
        assertTrue(
                catalog.hintProperty().get().contains("nutritionSummary"),
                "did you mean: " + catalog.hintProperty().get());

        catalog.filterTextProperty().set("");
        assertEquals(project.assetKeys().size(), shownKeys().size());
    }

    @Test
    void selectionGoesToTheSession() {
        catalog.select(List.of(AssetKey.of("cereals"), AssetKey.of("sugaryCereals")), AssetKey.of("sugaryCereals"));
        assertEquals(Set.of(AssetKey.of("cereals"), AssetKey.of("sugaryCereals")), session.selection());
        assertEquals(AssetKey.of("sugaryCereals"), session.focused());

        catalog.showUpstream(AssetKey.of("sugaryCereals"));
        assertEquals("*sugaryCereals", catalog.filterTextProperty().get());
        catalog.showDownstream(AssetKey.of("cereals"));
        assertEquals("cereals*", catalog.filterTextProperty().get());
        assertEquals("cereals\nsugaryCereals", CatalogViewModel.copyText(session.selection()));
    }

    @Test
    void withoutALaunchpadConfigIsUnavailable() {
        assertTrue(!catalog.launchpadAvailableProperty().get());
        catalog.materializeWithConfig(AssetKey.of("cereals"));
        assertEquals(Notification.Level.INFO, session.notifications().get(0).level());

        var opened = new java.util.ArrayList<AssetKey>();
        session.setConfigLaunchpad(opened::add);
        assertTrue(catalog.launchpadAvailableProperty().get());
        catalog.materializeWithConfig(AssetKey.of("cereals"));
        assertEquals(List.of(AssetKey.of("cereals")), opened);
    }

    @Test
    void statusesComeFromTheSession() {
        assertEquals(
                AssetStatus.State.MISSING,
                catalog.status(AssetKey.of("cereals")).state());
        assertEquals(
                AssetStatus.State.SOURCE,
                catalog.status(AssetKey.of("cereal_csv")).state());
    }
}
