package dev.assetstudio.app.details;

import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;

/**
 * The asset details in the studio: the {@link AssetDetails} tabs, whose commands (Run checks…) are the studio's
 * shared asset actions. The first screenshot waits until the focused asset's tab has settled.
 */
public final class DetailsFeature implements StudioFeature {

    @Override
    public void install(StudioContext context) {
        var details = AssetDetails.install(context.window().details(), context.session(), context.actions());
        context.whenReady(() -> context.session().focused() == null || details.isSettled());
    }
}
