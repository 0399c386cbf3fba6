package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.api.AssetKey;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code --config}: a JSON object keyed by asset key, each value the object of that asset's
 * config fields, e.g. {@code {"lowSugarCereals": {"maxSugars": 6}}}. Errors name the position or
 * the asset at fault.
 */
final class ConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ConfigJson() {}

    /**
     * The config fields by asset key.
     *
     * @param source where the text came from, for messages ({@code --config} or a file name)
     * @throws CliException naming the line and column of a syntax error, or the asset whose value is
     *     not an object
     */
    static Map<AssetKey, Map<String, Object>> parse(String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CliException(source + " is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new CliException(
                    source + " is empty; expected a JSON object such as " + "{\"assetKey\": {\"field\": value}}");
        }
        if (!root.isObject()) {
            throw new CliException(source + " must be a JSON object keyed by asset key, such as "
                    + "{\"assetKey\": {\"field\": value}}; got " + kind(root));
        }
        Map<AssetKey, Map<String, Object>> config = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            AssetKey key;
            try {
                key = AssetKey.parse(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new CliException(source + ": '" + e.getKey() + "' is not an asset key: " + ex.getMessage());
            }
            if (!e.getValue().isObject()) {
                throw new CliException(source + ": the config of " + e.getKey()
                        + " must be a JSON object of its config fields; got " + kind(e.getValue()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = MAPPER.convertValue(e.getValue(), LinkedHashMap.class);
            config.put(key, fields);
        }
        return config;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
