package dev.assetstudio.engine.io;

import static dev.assetstudio.engine.run.TestProject.asset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputPartitionMappingTest {
    private static final Instant NOW = Instant.parse("2022-08-02T12:00:00Z");
    private final InputPartitionMapping mapping = new InputPartitionMapping(NOW);

    private static AssetDefinition def(String key, PartitionsDefinition partitions) {
        return asset(key, (c, i, k) -> 1).partitions(partitions).build();
    }

    private final AssetDefinition daily = def("daily", PartitionsDefinition.daily(LocalDate.of(2022, 7, 1)));
    private final AssetDefinition daily2 = def("daily2", PartitionsDefinition.daily(LocalDate.of(2022, 7, 1)));
    private final AssetDefinition monthly = def("monthly", PartitionsDefinition.monthly(LocalDate.of(2022, 1, 1)));
    private final AssetDefinition plain = asset("plain", (c, i, k) -> 1).build();

    @Test
    void samePartitionsReadTheSameKey() {
        assertEquals(List.of("2022-07-05"), mapping.upstreamPartitions(daily2, "2022-07-05", daily));
    }

    @Test
    void aMonthReadsItsDaysAndADayReadsItsMonth() {
        List<String> days = mapping.upstreamPartitions(monthly, "2022-07-01", daily);
        assertEquals(31, days.size());
        assertEquals("2022-07-01", days.get(0));
        assertEquals("2022-07-31", days.get(30));
        assertEquals(List.of("2022-07-01"), mapping.upstreamPartitions(daily, "2022-07-15", monthly));
    }

    @Test
    void anUnpartitionedReaderReadsEveryKeyUpToNow() {
        List<String> keys = mapping.upstreamPartitions(plain, null, daily);
        assertEquals("2022-07-01", keys.get(0));
        assertEquals("2022-08-01", keys.get(keys.size() - 1));
        assertEquals(List.of(), mapping.upstreamPartitions(daily, "2022-07-05", plain));
    }

    @Test
    void unrelatedStaticPartitionsAreAnError() {
        AssetDefinition regions = def("regions", PartitionsDefinition.ofStatic("eu", "us"));
        AssetDefinition colors = def("colors", PartitionsDefinition.ofStatic("red", "eu"));
        assertEquals(List.of("eu"), mapping.upstreamPartitions(colors, "eu", regions));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> mapping.upstreamPartitions(colors, "red", regions));
        assertEquals(
                "asset colors partition red has no matching partition in its upstream regions; give both assets"
                        + " the same partitions",
                e.getMessage());
    }
}
