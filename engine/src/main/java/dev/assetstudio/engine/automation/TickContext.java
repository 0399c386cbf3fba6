package dev.assetstudio.engine.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.run.RunHandle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the parts of one tick share: the project, the store, the launcher, the instant, and the runs launched so far. */
final class TickContext {
    final Project project;
    final AutomationStore store;
    final RunLauncher launcher;
    final Instant now;
    final List<RunHandle> launched = new ArrayList<>();
    /** The assets of the runs launched so far in this tick, ended or not. */
    final Set<AssetKey> launchedAssets = new HashSet<>();

    TickContext(Project project, AutomationStore store, RunLauncher launcher, Instant now) {
        this.project = project;
        this.store = store;
        this.launcher = launcher;
        this.now = now;
    }
}
