package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the launchpad feature registers its {@link ConfigLaunchpad}, so that "Materialize with config…" in the
 * graph, catalog and details opens it without knowing the feature; until one registers, the command says that none
 * is available.
 */
public final class LaunchpadHook {
    private final ReadOnlyObjectWrapper<ConfigLaunchpad> launchpad = new ReadOnlyObjectWrapper<>(this, "launchpad");
    private final ConfigLaunchpad notAvailable;

    /** @param notAvailable what opening does while no launchpad is registered */
    public LaunchpadHook(ConfigLaunchpad notAvailable) {
        this.notAvailable = Objects.requireNonNull(notAvailable, "notAvailable");
    }

    /** Registers the launchpad (null: none, the command is disabled). */
    public void set(ConfigLaunchpad launchpad) {
        this.launchpad.set(launchpad);
    }

    /** The registered launchpad, if the feature that provides it is installed. */
    public Optional<ConfigLaunchpad> get() {
        return Optional.ofNullable(launchpad.get());
    }

    /** The registered launchpad, or null while no feature provides one. */
    public ReadOnlyObjectProperty<ConfigLaunchpad> property() {
        return launchpad.getReadOnlyProperty();
    }

    /** Opens the launchpad for {@code key}, or says that none is available. */
    public void open(AssetKey key) {
        get().orElse(notAvailable).open(key);
    }
}
