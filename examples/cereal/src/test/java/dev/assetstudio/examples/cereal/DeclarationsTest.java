package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.DailyPartitions;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.api.StaticPartitions;
import dev.assetstudio.examples.cereal.ingest.IngestAssets;
import dev.assetstudio.examples.cereal.nutrition.NutritionAssets;
import dev.assetstudio.examples.cereal.reports.ReportAssets;
import dev.assetstudio.examples.cereal.sales.SalesAssets;
import dev.assetstudio.examples.cereal.warehouse.WarehouseAssets;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the annotations declare: partitions, descriptions, parameter names kept by -parameters. */
class DeclarationsTest {
    private static final List<Class<?>> CLASSES = List.of(
            IngestAssets.class, NutritionAssets.class, WarehouseAssets.class, SalesAssets.class, ReportAssets.class);

    private static List<Method> assetMethods() {
        return CLASSES.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(Asset.class))
                .toList();
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void twoWeeksOfDailyPartitions() {
        DailyPartitions daily = method(SalesAssets.class, "dailyPrices")
                .getAnnotation(Asset.class)
                .partitions()[0];
        PartitionsDefinition partitions = PartitionsDefinition.fromAnnotation(daily);
        List<String> keys = partitions.keys();
        assertEquals(14, keys.size());
        assertEquals("2024-01-01", keys.get(0));
        assertEquals("2024-01-14", keys.get(13));
    }

    @Test
    void onePartitionPerManufacturer() {
        StaticPartitions codes =
                method(WarehouseAssets.class, "manufacturerLineup").getAnnotation(StaticPartitions.class);
        assertEquals(List.of(WarehouseAssets.MANUFACTURERS), List.of(codes.value()));
    }

    @Test
    void everyAssetIsPublicStaticAndDescribed() {
        List<Method> methods = assetMethods();
        assertEquals(19, methods.size());
        for (Method m : methods) {
            assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()), m.getName());
            assertTrue(!m.getAnnotation(Asset.class).description().isBlank(), m.getName() + " has a description");
        }
    }

    @Test
    void compiledWithParameterNames() {
        assertTrue(Arrays.stream(method(NutritionAssets.class, "sugaryCereals").getParameters())
                .allMatch(p -> p.isNamePresent() && p.getName().equals("cereals")));
    }
}
