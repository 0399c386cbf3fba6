package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.definitions.AssetComputation;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.run.event.RunEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Builds projects from lambdas (no jars) and runs them; shared by the run and io tests. */
public final class TestProject {
    private final Map<AssetKey, AssetDefinition> assets = new LinkedHashMap<>();
    private final Map<String, Object> resources = new LinkedHashMap<>();
    private ClassLoader classLoader = TestProject.class.getClassLoader();

    public static TestProject create() {
        return new TestProject();
    }

    /** A builder for asset {@code key} whose data inputs are {@code inputs} (bound by key). */
    public static AssetDefinition.Builder asset(String key, AssetComputation computation, String... inputs) {
        List<AssetInput> in = Arrays.stream(inputs)
                .map(i -> new AssetInput(i, AssetKey.parse(i), null, Map.of(), Object.class))
                .toList();
        return AssetDefinition.builder(AssetKey.parse(key))
                .computation(computation)
                .inputs(in);
    }

    public TestProject add(AssetDefinition.Builder builder) {
        AssetDefinition def = builder.build();
        assets.put(def.key(), def);
        return this;
    }

    public TestProject resource(String key, Object value) {
        resources.put(key, value);
        return this;
    }

    public TestProject classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return this;
    }

    public ProjectDefinitions definitions() {
        return new ProjectDefinitions(Path.of("test.jar"), assets, resources, classLoader);
    }

    public static Set<AssetKey> keys(String... keys) {
        return Arrays.stream(keys).map(AssetKey::parse).collect(Collectors.toSet());
    }

    /** A listener that keeps every event, thread-safely. */
    public static final class Recorder implements RunListener {
        public final List<RunEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(RunEvent event) {
            events.add(event);
        }

        public <T extends RunEvent> List<T> of(Class<T> type) {
            List<T> out = new ArrayList<>();
            events.stream().filter(type::isInstance).map(type::cast).forEach(out::add);
            return out;
        }
    }

    /**
     * Plans and runs {@code selected} with {@code parallelism} workers; the default {@code
     * io_manager} stores in {@code storage}.
     */
    public RunResult run(
            Path storage, RunRequest request, int parallelism, List<RunListener> listeners, String... selected) {
        ProjectDefinitions defs = definitions();
        RunPlan plan = new RunPlanner().plan(defs, keys(selected), request);
        try (RunExecutor executor = new RunExecutor(parallelism)) {
            return executor.submit(plan, defs, IoManagers.of(defs, storage), listeners)
                    .await();
        }
    }

    public RunResult run(Path storage, RunListener listener, String... selected) {
        return run(storage, RunRequest.empty(), 4, List.of(listener), selected);
    }
}
