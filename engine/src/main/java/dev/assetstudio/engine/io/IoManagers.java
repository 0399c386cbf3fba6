package dev.assetstudio.engine.io;

import dev.assetstudio.api.FilesystemIOManager;
import dev.assetstudio.api.IOManager;
import dev.assetstudio.api.InMemoryIOManager;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The I/O managers of a project, by resource key. {@code io_manager} defaults to a {@link
 * FilesystemIOManager} storing in the given storage folder when the definitions give none; a
 * {@code Project} passes {@code ProjectOptions.storage()}, that is {@code <home>/storage}.
 *
 * <pre>{@code
 * IoManagers io = IoManagers.of(definitions, options.storage());
 * IOManager m = io.forOutput(definitions.asset(AssetKey.of("table1")));
 * }</pre>
 */
public final class IoManagers {
    private final Map<String, Object> resources;

    /**
     * @param resources the definitions' resources
     * @param storage the folder the default {@code io_manager} stores in (used as is, e.g. {@code
     *     <home>/storage})
     */
    public IoManagers(Map<String, Object> resources, Path storage) {
        Map<String, Object> all = new LinkedHashMap<>(resources);
        all.computeIfAbsent(AssetDefinition.DEFAULT_IO_MANAGER, k -> new FilesystemIOManager(storage));
        this.resources = Collections.unmodifiableMap(all);
    }

    /** The I/O managers of {@code definitions}; see {@link #IoManagers(Map, Path)}. */
    public static IoManagers of(ProjectDefinitions definitions, Path storage) {
        return new IoManagers(definitions.resources(), storage);
    }

    /**
     * The resources as user code sees them: the definitions' resources plus the default {@code
     * io_manager} when they had none.
     */
    public Map<String, Object> resources() {
        return resources;
    }

    /**
     * The I/O manager under {@code key}.
     *
     * @throws IllegalStateException naming the key when there is no such resource or it is not an
     *     {@link IOManager}
     */
    public IOManager get(String key) {
        Object resource = resources.get(key);
        if (resource == null) {
            throw new IllegalStateException(
                    "no I/O manager '" + key + "' in the definitions' resources (known: " + resources.keySet() + ")");
        }
        if (!(resource instanceof IOManager manager)) {
            throw new IllegalStateException(
                    "resource '" + key + "' is a " + resource.getClass().getName() + ", not an IOManager");
        }
        return manager;
    }

    /** The manager that stores {@code asset}'s output (and loads it, for a source asset). */
    public IOManager forOutput(AssetDefinition asset) {
        return get(asset.ioManagerKey());
    }

    /** The manager that loads {@code input}: its own input manager, else the upstream's. */
    public IOManager forInput(AssetInput input, AssetDefinition upstream) {
        return get(input.inputManager().orElse(upstream.ioManagerKey()));
    }

    /** Every {@link InMemoryIOManager} resource, whose values are dropped when a run ends. */
    public List<InMemoryIOManager> inMemoryManagers() {
        return resources.values().stream()
                .filter(InMemoryIOManager.class::isInstance)
                .map(InMemoryIOManager.class::cast)
                .distinct()
                .toList();
    }
}
