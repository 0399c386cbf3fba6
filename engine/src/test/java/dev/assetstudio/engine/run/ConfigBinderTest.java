package dev.assetstudio.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.Config;
import dev.assetstudio.engine.config.ConfigBinder;
import dev.assetstudio.engine.config.ConfigField;
import dev.assetstudio.engine.model.RunPlanningException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {
    public record ApiConfig(String apiEndpoint, int retries) implements Config {}

    public record Tags(List<String> tags) implements Config {}

    @Test
    void fieldsListNamesAndTypes() {
        assertEquals(
                List.of(
                        new ConfigField("apiEndpoint", "String", String.class),
                        new ConfigField("retries", "int", int.class)),
                ConfigBinder.fields(ApiConfig.class));
        assertEquals("List<String>", ConfigBinder.fields(Tags.class).get(0).typeName());
    }

    @Test
    void bindsAValidMap() {
        Object bound =
                ConfigBinder.bind(AssetKey.of("fetch"), ApiConfig.class, Map.of("apiEndpoint", "u", "retries", 2));
        assertEquals(new ApiConfig("u", 2), bound);
        assertEquals(List.of(), ConfigBinder.validate(Tags.class, Map.of("tags", List.of("a", "b"))));
    }

    @Test
    void reportsMissingWrongAndUnknownFieldsNamingAssetAndField() {
        RunPlanningException e = assertThrows(
                RunPlanningException.class,
                () -> ConfigBinder.bind(
                        AssetKey.of("api", "fetch"), ApiConfig.class, Map.of("retries", "many", "timeout", 5)));

        assertEquals(
                List.of(
                        "config of asset api/fetch: missing field 'apiEndpoint' (String)",
                        "config of asset api/fetch: field 'retries' expects int, got String \"many\"",
                        "config of asset api/fetch: unknown field 'timeout' (fields of ApiConfig: apiEndpoint,"
                                + " retries)"),
                e.problems());
    }

    @Test
    void nullForAPrimitiveIsAProblem() {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("apiEndpoint", "u");
        values.put("retries", null);
        assertEquals(List.of("field 'retries' is null; expected int"), ConfigBinder.validate(ApiConfig.class, values));
    }
}
