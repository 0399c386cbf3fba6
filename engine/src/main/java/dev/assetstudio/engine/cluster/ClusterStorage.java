package dev.assetstudio.engine.cluster;

import dev.assetstudio.api.InMemoryIOManager;
import dev.assetstudio.engine.worker.DefinitionsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a cluster run needs of a project's storage: every worker must reach every value, so an I/O
 * manager that keeps values in one JVM's memory is refused before anything runs.
 */
public final class ClusterStorage {
    private ClusterStorage() {}

    /**
     * @param resources the project's resources by key: the objects when the jar is loaded here, or
     *     their {@link DefinitionsSnapshot.Resource} descriptions when a worker process loaded it
     * @throws ClusterException naming every {@link InMemoryIOManager} among them
     */
    public static void refuseInMemory(Map<String, Object> resources, String jarName) {
        List<String> inMemory = new ArrayList<>();
        resources.forEach((key, resource) -> {
            if (resource instanceof InMemoryIOManager
                    || resource instanceof DefinitionsSnapshot.Resource described && described.inMemory()) {
                inMemory.add("'" + key + "'");
            }
        });
        if (!inMemory.isEmpty()) {
            throw new ClusterException(jarName + " cannot run on a cluster: resource " + String.join(", ", inMemory)
                    + " is an InMemoryIOManager, whose values stay in one worker's memory where the other workers"
                    + " cannot read them; use a FilesystemIOManager on a path every worker reaches");
        }
    }
}
