package dev.assetstudio.app.launchpad;

import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;

/** The config launchpad in the studio: "Materialize with config…" opens a {@link StudioLaunchpad} dialog. */
public final class LaunchpadFeature implements StudioFeature {

    @Override
    public void install(StudioContext context) {
        StudioLaunchpad.register(context.session(), context.materializer(), context::stage);
    }
}
