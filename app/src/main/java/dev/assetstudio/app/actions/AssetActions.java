package dev.assetstudio.app.actions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The asset commands of the studio, defined once: what each {@link AssetAction} does and when it may run. Every
 * menu, button and shortcut on assets goes through here, so the catalog, the graph, the details and the main menu
 * cannot drift apart.
 *
 * <p>The run commands are built in; views add what only they can do ({@code on(SHOW_IN_GRAPH, …)}). An action
 * without a handler is disabled. The enabled rules read the engine's definitions: sources are observed, never
 * materialized; only assets with checks can run checks; config needs a configurable asset and a launchpad.
 *
 * <pre>{@code
 * var actions = new AssetActions(session, materializer);
 * actions.on(AssetAction.SHOW_IN_GRAPH, keys -> graph.jumpTo(keys.get(0)));
 * actions.isEnabled(AssetAction.MATERIALIZE, List.of(source));   // false
 * actions.execute(AssetAction.RUN_CHECKS, List.of(key));          // runs checks:"key"
 * }</pre>
 */
public final class AssetActions {

    private final StudioSession session;
    private final Materializer materializer;
    private final Map<AssetAction, List<Consumer<List<AssetKey>>>> handlers = new EnumMap<>(AssetAction.class);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");

    /** The built-in commands: materializing (three scopes and with config), running checks, copying keys. */
    public AssetActions(StudioSession session, Materializer materializer) {
        this.session = Objects.requireNonNull(session);
        this.materializer = Objects.requireNonNull(materializer);
        on(AssetAction.MATERIALIZE, keys -> materializer.materialize(keys, Materializer.Scope.ONLY));
        on(
                AssetAction.MATERIALIZE_WITH_UPSTREAM,
                keys -> materializer.materialize(keys, Materializer.Scope.WITH_UPSTREAM));
        on(AssetAction.MATERIALIZE_DOWNSTREAM, keys -> materializer.materialize(keys, Materializer.Scope.DOWNSTREAM));
        on(AssetAction.MATERIALIZE_WITH_CONFIG, keys -> session.openConfigLaunchpad(keys.get(0)));
        on(AssetAction.RUN_CHECKS, keys -> materializer.materialize(checksOf(keys), RunRequest.empty()));
        on(AssetAction.COPY_KEY, keys -> {
            var content = new ClipboardContent();
            content.putString(copyText(keys));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** The materializer the run commands go through. */
    public Materializer materializer() {
        return materializer;
    }

    /** Adds a handler of {@code action}; an action with several (Show only upstream) runs them all, in order. */
    public void on(AssetAction action, Consumer<List<AssetKey>> handler) {
        handlers.computeIfAbsent(action, a -> new ArrayList<>()).add(Objects.requireNonNull(handler));
        version.set(version.get() + 1);
    }

    /** Grows whenever a handler is added: live menu items re-evaluate their enabled state on it. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Runs {@code action} on {@code keys} if it may run; returns whether it ran. */
    public boolean execute(AssetAction action, List<AssetKey> keys) {
        if (!isEnabled(action, keys)) {
            return false;
        }
        List<AssetKey> copy = List.copyOf(keys);
        for (Consumer<List<AssetKey>> handler : List.copyOf(handlers.get(action))) {
            handler.accept(copy);
        }
        return true;
    }

    /** Whether {@code action} may run on {@code keys} now: the one rule every menu and button follows. */
    public boolean isEnabled(AssetAction action, List<AssetKey> keys) {
        Project project = session.project();
        if (project == null || keys == null || keys.isEmpty() || !handlers.containsKey(action)) {
            return false;
        }
        List<AssetDefinition> assets = new ArrayList<>(keys.size());
        for (AssetKey key : keys) {
            if (!project.assetKeys().contains(key)) {
                return false; // gone with a reload
            }
            assets.add(project.asset(key));
        }
        if (action.materializes() && assets.stream().anyMatch(AssetDefinition::source)) {
            return false; // sources are observed, not computed: the engine refuses to materialize them
        }
        return switch (action) {
            case MATERIALIZE_WITH_CONFIG -> assets.size() == 1
                    && assets.get(0).config().isPresent()
                    && session.configLaunchpad().isPresent();
            case RUN_CHECKS -> assets.stream().anyMatch(a -> !a.checks().isEmpty());
            case SHOW_UPSTREAM, SHOW_DOWNSTREAM, SHOW_IN_GRAPH, SHOW_IN_CATALOG, OPEN_CHECKS -> assets.size() == 1;
            default -> true;
        };
    }

    /** The menu text of {@code action} for {@code keys}: "Materialize (3)", "Copy keys"… */
    public static String label(AssetAction action, List<AssetKey> keys) {
        int n = keys == null ? 0 : keys.size();
        if (n <= 1) {
            return action.label();
        }
        return switch (action) {
            case COPY_KEY -> "Copy keys (" + n + ")";
            default -> action.label() + " (" + n + ")";
        };
    }

    /**
     * What a command on {@code clicked} acts on: the whole selection when {@code clicked} is part of it, else
     * {@code clicked} alone (as file managers do).
     */
    public static List<AssetKey> targetOf(AssetKey clicked, Collection<AssetKey> selection) {
        if (clicked == null) {
            return List.copyOf(selection);
        }
        if (selection.size() > 1 && selection.contains(clicked)) {
            List<AssetKey> keys = new ArrayList<>(selection);
            keys.remove(clicked);
            keys.add(0, clicked);
            return List.copyOf(keys);
        }
        return List.of(clicked);
    }

    /** The selection that runs the checks of {@code keys} alone, without materializing them. */
    public static AssetSelection checksOf(List<AssetKey> keys) {
        return AssetSelection.parse(
                keys.stream().map(k -> "checks:\"" + k + "\"").collect(Collectors.joining(" or ")));
    }

    /** The text Copy key puts on the clipboard: the keys, sorted, one per line. */
    public static String copyText(Collection<AssetKey> keys) {
        return keys.stream().sorted().map(AssetKey::toString).collect(Collectors.joining("\n"));
    }
}
