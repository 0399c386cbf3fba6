package dev.assetstudio.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The main view-model, without a window. */
class MainViewModelTest {

    private final MainViewModel viewModel = new MainViewModel();
    private final List<String> ran = new ArrayList<>();

    @Test
    void anActionWithoutHandlerIsDisabledAndDoesNothing() {
        for (StudioAction action : StudioAction.values()) {
            assertFalse(viewModel.canExecute(action), action + " has no handler yet");
            assertFalse(viewModel.execute(action));
        }
    }

    @Test
    void projectActionsWaitForAProject() {
        viewModel.setHandler(StudioAction.RELOAD, () -> ran.add("reload"));
        assertFalse(viewModel.execute(StudioAction.RELOAD));

        viewModel.projectOpened(Path.of("orders.jar"), 12);
        assertTrue(viewModel.canExecute(StudioAction.RELOAD));
        assertTrue(viewModel.execute(StudioAction.RELOAD));
        assertEquals(List.of("reload"), ran);

        viewModel.projectClosed();
        assertFalse(viewModel.canExecute(StudioAction.RELOAD));
    }

    @Test
    void materializeSelectedNeedsASelectionAndItsOwnCondition() {
        var runnerIdle = new SimpleBooleanProperty(false);
        viewModel.setHandler(StudioAction.MATERIALIZE_SELECTED, () -> ran.add("materialize"), runnerIdle);
        viewModel.projectOpened(Path.of("orders.jar"), 3);
        assertFalse(viewModel.canExecute(StudioAction.MATERIALIZE_SELECTED), "nothing selected");

        viewModel.setSelectedAsset("analytics/daily_orders");
        assertFalse(viewModel.canExecute(StudioAction.MATERIALIZE_SELECTED), "feature says no");

        runnerIdle.set(true);
        assertTrue(viewModel.execute(StudioAction.MATERIALIZE_SELECTED));
        assertEquals(List.of("materialize"), ran);
    }

    @Test
    void cancelIsPossibleOnlyDuringARun() {
        viewModel.setHandler(StudioAction.CANCEL_RUN, () -> ran.add("cancel"));
        assertFalse(viewModel.canExecute(StudioAction.CANCEL_RUN));
        viewModel.runStarted();
        assertTrue(viewModel.canExecute(StudioAction.CANCEL_RUN));
        viewModel.runFinished("Succeeded");
        assertFalse(viewModel.canExecute(StudioAction.CANCEL_RUN));
        assertEquals("Succeeded", viewModel.lastRunStatusProperty().get());
    }

    @Test
    void openingGoesToTheProjectFeatureAndIsRemembered() {
        var jar = Path.of("orders.jar");
        assertFalse(viewModel.openProject(jar), "no project feature yet");
        assertFalse(viewModel.statusMessageProperty().get().isEmpty(), "and the user is told");

        List<Path> opened = new ArrayList<>();
        viewModel.setOpenProjectHandler(opened::add);
        assertTrue(viewModel.canOpenProjectsProperty().get());
        assertTrue(viewModel.openProject(jar));
        assertEquals(List.of(jar), opened);

        viewModel.projectOpened(Path.of("a.jar"), 1);
        viewModel.projectOpened(jar, 1);
        viewModel.projectOpened(Path.of("a.jar"), 1);
        assertEquals(List.of(Path.of("a.jar"), jar), viewModel.recentProjects());
    }

    @Test
    void progressShowsAndHides() {
        viewModel.showProgress(-1, "Loading orders.jar");
        assertTrue(viewModel.busyProperty().get());
        assertEquals("Loading orders.jar", viewModel.statusMessageProperty().get());
        viewModel.hideProgress();
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void tabsAreFoundByNameOrTitle() {
        assertEquals(Optional.of(DetailsTab.RUNS), DetailsTab.fromName("logs"));
        assertEquals(Optional.of(DetailsTab.RUNS), DetailsTab.fromName("Runs/Logs"));
        assertEquals(Optional.of(DetailsTab.ACTIVITY), DetailsTab.fromName("ACTIVITY"));
        assertEquals(Optional.empty(), DetailsTab.fromName("nope"));
    }
}
