package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.api.MaterializeRequest;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.api.SensorContext;
import dev.assetstudio.api.SensorResult;
import dev.assetstudio.examples.cereal.automation.CerealAutomation;
import dev.assetstudio.examples.cereal.io.PriceDrops;
import dev.assetstudio.examples.cereal.model.PriceObservation;
import dev.assetstudio.examples.cereal.sales.SalesAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The morning schedule and the price-file sensor, called as the daemon calls them. */
class CerealAutomationTest {
    @TempDir
    Path home;

    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void home() {
        System.setProperty(AssetStudioHome.PROPERTY, home.toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty(AssetStudioHome.PROPERTY);
    }

    private SensorContext context(String cursor) {
        return new SensorContext() {
            @Override
            public String sensorName() {
                return "new_price_files";
            }

            @Override
            public Optional<String> cursor() {
                return Optional.ofNullable(cursor);
            }

            @Override
            public Instant currentTime() {
                return Instant.parse("2024-01-20T00:00:00Z");
            }

            @Override
            public Optional<Instant> lastTickTime() {
                return Optional.empty();
            }

            @Override
            public Map<String, Object> resources() {
                return Map.of();
            }

            @Override
            public RunLog log() {
                return (level, message) -> log.add(level + " " + message);
            }
        };
    }

    @Test
    void theMorningScheduleRunsTheNutritionSummaryAt7InBerlin() {
        assertEquals("morning_reports", CerealAutomation.MORNING_REPORTS.name());
        assertEquals("0 7 * * *", CerealAutomation.MORNING_REPORTS.cron());
        assertEquals("Europe/Berlin", CerealAutomation.MORNING_REPORTS.timezone());
        assertEquals("*nutritionSummary", CerealAutomation.MORNING_REPORTS.selection());
    }

    @Test
    void theSensorAsksForEachNewDayOnceAndKeepsItsCursor() throws Exception {
        SensorResult empty = CerealAutomation.newPriceFiles(context(null));
        assertTrue(empty.requests().isEmpty());
        assertTrue(empty.skipReason().orElseThrow().startsWith("no new price file in "));

        Path folder = Files.createDirectories(PriceDrops.folder());
        Files.writeString(folder.resolve("2024-01-10.csv"), "date,cereal,store,price,units\n");
        Files.writeString(folder.resolve("2024-02-01.csv"), "date,cereal,store,price,units\n");
        Files.writeString(folder.resolve("notes.txt"), "not a price file");
        SensorResult result = CerealAutomation.newPriceFiles(context(null));
        assertEquals(
                List.of(MaterializeRequest.of("dailyPrices")
                        .partition("2024-01-10")
                        .runKey("2024-01-10.csv")),
                result.requests());
        assertEquals("2024-02-01.csv", result.cursor().orElseThrow());
        assertEquals(
                List.of("WARN 2024-02-01.csv: 2024-02-01 is not a day of dailyPrices (2024-01-01 to 2024-01-15)"), log);

        assertTrue(
                CerealAutomation.newPriceFiles(context("2024-02-01.csv"))
                        .requests()
                        .isEmpty(),
                "nothing new");
    }

    @Test
    void aDroppedFileReplacesTheBundledFeedForItsDay() throws Exception {
        Path folder = Files.createDirectories(PriceDrops.folder());
        Files.writeString(
                folder.resolve("2024-01-10.csv"),
                "date,cereal,store,price,units\n2024-01-10,Cheerios,downtown,9.99,3\n");
        List<PriceObservation> prices = SalesAssets.dailyPrices(TestData.context("2024-01-10"), TestData.rawPrices())
                .value();
        assertEquals(1, prices.size());
        assertEquals(9.99, prices.get(0).price());
        assertEquals(
                20,
                SalesAssets.dailyPrices(TestData.context("2024-01-11"), TestData.rawPrices())
                        .value()
                        .size(),
                "other days still come from the bundled feed");
    }
}
