package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;

/**
 * Opens the "materialize with config…" launchpad for an asset. Implemented by the feature that owns the
 * launchpad and registered with {@link StudioSession#setConfigLaunchpad}; views that offer the command
 * (graph, catalog) look it up there and disable the command while none is registered.
 *
 * <pre>{@code
 * session.setConfigLaunchpad(key -> launchpadDialog.show(key));
 * session.configLaunchpad().ifPresent(pad -> pad.open(key));
 * }</pre>
 */
@FunctionalInterface
public interface ConfigLaunchpad {

    /** Shows the launchpad for {@code key}, an asset with a config type. Called on the FX thread. */
    void open(AssetKey key);
}
