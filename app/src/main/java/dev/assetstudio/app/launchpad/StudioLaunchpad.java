package dev.assetstudio.app.launchpad;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.ConfigLaunchpad;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.config.ConfigSchema;
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
        // Both run the project's code (class loading, the record's no-arg constructor): off the FX thread.
        session.background()
                .run(() -> {
                    ConfigSchema type = project.asset(key).config().orElse(null);
                    return new Config(type, defaults(type));
                })
                .onSuccess(config -> dialog(key, config).show())
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR, "Cannot open the launchpad for " + key, e.getMessage())))
                .start();
    }

    /**
     * The view-model for {@code key}, pre-filled with its last config or else the record's defaults (tests drive
     * it directly; this reads the defaults on the calling thread).
     */
    public LaunchpadViewModel viewModel(AssetKey key, Class<?> configType) {
        ConfigSchema schema = configType == null ? null : ConfigSchema.of(configType);
        return viewModel(key, schema, defaults(schema));
    }

    private LaunchpadViewModel viewModel(AssetKey key, ConfigSchema configType, Map<String, Object> defaults) {
        return new LaunchpadViewModel(
                session,
                materializer,
                key,
                configType,
                defaults,
                lastConfig.getOrDefault(key, Map.of()),
                values -> lastConfig.put(
                        key, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values))));
    }

    /** The config last materialized for {@code key} in this session. */
    public Map<String, Object> lastConfig(AssetKey key) {
        return lastConfig.getOrDefault(key, Map.of());
    }

    private LaunchpadDialog dialog(AssetKey key, Config config) {
        return new LaunchpadDialog(viewModel(key, config.type(), config.defaults()), owner.get());
    }

    /**
     * The record's defaults, or none. A no-arg constructor that throws is no reason to refuse the launchpad: the
     * fields start empty and the engine's validation names the problem.
     */
    private static Map<String, Object> defaults(ConfigSchema type) {
        if (type == null) {
            return Map.of();
        }
        try {
            return type.defaults().orElse(Map.of());
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    private record Config(ConfigSchema type, Map<String, Object> defaults) {}
}
