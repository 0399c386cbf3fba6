package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;

/**
 * Opens the launchpad where the user writes run config for an asset before materializing it ("Materialize with
 * config…"). The details feature registers one with {@link StudioSession#setConfigLaunchpad}; until then the command
 * is shown disabled.
 *
 * <pre>{@code
 * session.setConfigLaunchpad(key -> launchpadView.open(key));
 * }</pre>
 */
@FunctionalInterface
public interface ConfigLaunchpad {

    /** Shows the launchpad for {@code key}. Called on the FX thread. */
    void open(AssetKey key);

    /** The stand-in while no feature provides a launchpad: says so in a notification. */
    static ConfigLaunchpad notAvailable(StudioSession session) {
        return key -> session.notify(new Notification(
                Notification.Level.INFO, "Run config is not available", "This build has no config launchpad."));
    }
}
