package dev.assetstudio.app.launchpad;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.ConfigLaunchpad;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The studio's {@link ConfigLaunchpad}: reads the asset's config type off the FX thread, opens a
 * {@link LaunchpadDialog} pre-filled with the config last used for that asset in this session.
 *
 * <pre>{@code
 * StudioLaunchpad.register(session, materializer, () -> stage);
 * }</pre>
 */
public final class StudioLaunchpad implements ConfigLaunchpad {
    private final StudioSession session;
    private final Materializer materializer;
    private final Supplier<Window> owner;
    private final Map<AssetKey, Map<String, Object>> lastConfig = new ConcurrentHashMap<>();

    public StudioLaunchpad(StudioSession session, Materializer materializer, Supplier<Window> owner) {
        this.session = Objects.requireNonNull(session, "session");
        this.materializer = Objects.requireNonNull(materializer, "materializer");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Creates the launchpad and registers it with {@code session}. */
    public static StudioLaunchpad register(StudioSession session, Materializer materializer, Supplier<Window> owner) {
        var launchpad = new StudioLaunchpad(session, materializer, owner);
        session.setConfigLaunchpad(launchpad);
        return launchpad;
    }

    @Override
    public void open(AssetKey key) {
        Project project = session.project();
        if (project == null || key == null) {
            return;
        }
        session.background()
                .run(() -> project.asset(key).configType().orElse(null))
                .onSuccess(type -> dialog(key, type).show())
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR, "Cannot open the launchpad for " + key, e.getMessage())))
                .start();
    }

    /** The view-model for {@code key}, pre-filled with its last config (tests drive it directly). */
    public LaunchpadViewModel viewModel(AssetKey key, Class<?> configType) {
        return new LaunchpadViewModel(
                session,
                materializer,
                key,
                configType,
                lastConfig.getOrDefault(key, Map.of()),
                values -> lastConfig.put(
                        key, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values))));
    }

    /** The config last materialized for {@code key} in this session. */
    public Map<String, Object> lastConfig(AssetKey key) {
        return lastConfig.getOrDefault(key, Map.of());
    }

    private LaunchpadDialog dialog(AssetKey key, Class<?> configType) {
        return new LaunchpadDialog(viewModel(key, configType), owner.get());
    }
}
