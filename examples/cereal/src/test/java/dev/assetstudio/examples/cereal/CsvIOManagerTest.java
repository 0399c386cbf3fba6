package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.InputContext;
import dev.assetstudio.api.OutputContext;
import dev.assetstudio.examples.cereal.io.CsvIOManager;
import dev.assetstudio.examples.cereal.model.Cereal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvIOManagerTest {
    private final List<Cereal> cereals = TestData.cereals();

    @Test
    void roundTripsTheWholeTable(@TempDir Path dir) throws Exception {
        CsvIOManager manager = new CsvIOManager(dir);
        OutputContext out =
                OutputContext.builder().assetKey(AssetKey.of("cereals")).build();
        manager.handleOutput(out, cereals);

        Path file = dir.resolve("cereals.csv");
        assertTrue(Files.exists(file), "stored as " + file);
        assertTrue(Files.readString(file).contains("\"Muesli Raisins, Dates, & Almonds\",R,C,150"));

        InputContext in = InputContext.builder()
                .assetKey(AssetKey.of("cereals"))
                .upstreamOutput(out)
                .build();
        assertEquals(cereals, manager.loadInput(in));
    }

    @Test
    void storesOnePartitionPerFile(@TempDir Path dir) throws Exception {
        CsvIOManager manager = new CsvIOManager(dir);
        AssetKey key = AssetKey.of("warehouse", "manufacturerLineup");
        List<Cereal> nabisco =
                cereals.stream().filter(c -> c.manufacturer().equals("N")).toList();
        OutputContext out =
                OutputContext.builder().assetKey(key).partitionKey("N").build();
        manager.handleOutput(out, nabisco);

        InputContext in = InputContext.builder()
                .assetKey(key)
                .partitionKey("N")
                .upstreamOutput(out)
                .build();
        assertEquals(nabisco, manager.loadInput(in));
        assertEquals(6, ((List<?>) manager.loadInput(in)).size());
    }

    @Test
    void rejectsValuesThatAreNotCereals(@TempDir Path dir) {
        CsvIOManager manager = new CsvIOManager(dir);
        OutputContext out = OutputContext.builder().assetKey(AssetKey.of("odd")).build();
        Exception e = assertThrows(Exception.class, () -> manager.handleOutput(out, List.of(1, 2)));
        assertTrue(String.valueOf(e.getMessage()).contains("List<Cereal>"), e.getMessage());
    }
}
