package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;

/**
 * Opens the "Materialize with config…" dialog for an asset. The details feature registers one with
 * {@link StudioSession#setConfigLaunchpad}; the graph and catalog call it from their context menus:
 *
 * <pre>{@code
 * session.configLaunchpad().ifPresent(launchpad -> launchpad.open(key));
 * }</pre>
 */
public interface ConfigLaunchpad {
    /** Shows the launchpad for {@code key}, pre-filled with its config fields (FX thread). */
    void open(AssetKey key);
}
