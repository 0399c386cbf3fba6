package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The config and partitions of a {@link RunRecord} in the words the CLI and the studio print. */
final class RunInputsWords {
    private RunInputsWords() {}

    static String partitions(Map<AssetKey, List<String>> partitions) {
        // assets sharing the same keys are said once
        Map<List<String>, List<AssetKey>> byKeys = new LinkedHashMap<>();
        partitions.forEach((asset, keys) -> {
            if (!keys.isEmpty()) {
                byKeys.computeIfAbsent(keys, k -> new java.util.ArrayList<>()).add(asset);
            }
        });
        if (byKeys.isEmpty()) {
            return "none";
        }
        if (byKeys.size() == 1) {
            return keys(byKeys.keySet().iterator().next());
        }
        return byKeys.entrySet().stream()
                .map(e -> e.getValue().stream().map(AssetKey::toString).collect(Collectors.joining(", ")) + ": "
                        + keys(e.getKey()))
                .collect(Collectors.joining("; "));
    }

    private static String keys(List<String> keys) {
        if (keys.size() <= 3) {
            return String.join(", ", keys);
        }
        return keys.get(0) + "…" + keys.get(keys.size() - 1) + " (" + keys.size() + ")";
    }

    static String config(Map<AssetKey, Map<String, Object>> config) {
        if (config.isEmpty()) {
            return "none";
        }
        return config.entrySet().stream()
                .map(e -> e.getKey() + ": "
                        + e.getValue().entrySet().stream()
                                .map(f -> f.getKey() + "=" + f.getValue())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
