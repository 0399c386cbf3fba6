package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.config.ConfigField;
import dev.assetstudio.engine.config.ConfigSchema;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.model.RunPlanningException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Matches a request's config to the selected assets and binds it, collecting every problem. */
final class ConfigResolver {
    private ConfigResolver() {}

    static Map<AssetKey, Object> resolve(List<AssetDefinition> assets, RunRequest request, List<String> problems) {
        return resolve(assets, request, problems, new LinkedHashMap<>());
    }

    /**
     * As {@link #resolve(List, RunRequest, List)}, putting into {@code used} the fields each asset is
     * bound with (its defaults overlaid with what the request gives).
     */
    static Map<AssetKey, Object> resolve(
            List<AssetDefinition> assets,
            RunRequest request,
            List<String> problems,
            Map<AssetKey, Map<String, Object>> used) {
        Map<AssetKey, AssetDefinition> byKey = new LinkedHashMap<>();
        assets.forEach(a -> byKey.put(a.key(), a));
        for (AssetKey key : request.config().keySet()) {
            AssetDefinition def = byKey.get(key);
            if (def == null) {
                problems.add("config given for asset " + key + ", which is not selected in this run");
            } else if (def.config().isEmpty()) {
                problems.add("config given for asset " + key + ", which takes no config");
            }
        }
        Map<AssetKey, Object> bound = new LinkedHashMap<>();
        for (AssetDefinition def : assets) {
            if (def.config().isEmpty()) {
                continue;
            }
            ConfigSchema schema = def.config().get();
            Optional<Map<String, Object>> given = request.config(def.key());
            List<ConfigField> fields = schema.fields();
            Optional<Map<String, Object>> defaults;
            try {
                defaults = schema.defaults();
            } catch (IllegalArgumentException e) {
                problems.add("asset " + def.key() + ": " + e.getMessage());
                continue;
            }
            if (given.isEmpty() && defaults.isEmpty() && !fields.isEmpty()) {
                problems.add("asset " + def.key() + " needs config " + schema.typeName() + " ("
                        + fields.stream()
                                .map(f -> f.name() + ": " + f.typeName())
                                .collect(Collectors.joining(", "))
                        + ") but the run request gives none");
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>(defaults.orElse(Map.of()));
            values.putAll(given.orElse(Map.of()));
            try {
                bound.put(def.key(), schema.bind(def.key(), values));
                used.put(def.key(), values);
            } catch (RunPlanningException e) {
                problems.addAll(e.problems());
            }
        }
        return bound;
    }
}
