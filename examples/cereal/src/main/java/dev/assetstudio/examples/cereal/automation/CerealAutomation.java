package dev.assetstudio.examples.cereal.automation;

import dev.assetstudio.api.MaterializeRequest;
import dev.assetstudio.api.ScheduleDefinition;
import dev.assetstudio.api.Sensor;
import dev.assetstudio.api.SensorContext;
import dev.assetstudio.api.SensorResult;
import dev.assetstudio.examples.cereal.io.PriceDrops;
import dev.assetstudio.examples.cereal.sales.SalesAssets;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What keeps the cereal project up to date by itself once its automation is turned on (in the
 * studio's Automation view, or {@code asset-studio automation on --all}):
 *
 * <ul>
 *   <li>{@link #MORNING_REPORTS}: every morning at 07:00 Berlin time, the nutrition summary and
 *       everything upstream of it;
 *   <li>{@link #newPriceFiles}: a daily price file dropped in {@code <home>/incoming/prices}
 *       ({@code 2024-01-10.csv}) materializes that day's {@code dailyPrices} partition;
 *   <li>{@code priceTrends} is {@code eager}: it follows every new {@code dailyPrices} partition.
 * </ul>
 */
public final class CerealAutomation {
    /** The morning reports. */
    public static final ScheduleDefinition MORNING_REPORTS = ScheduleDefinition.of(
                    "morning_reports", "0 7 * * *", "*nutritionSummary")
            .withTimezone("Europe/Berlin")
            .withDescription("The nutrition summary and its upstream assets, every morning at 07:00 in Berlin.");

    private CerealAutomation() {}

    /**
     * Asks for the {@code dailyPrices} partition of each price file newer (by name, so by day) than
     * the last one seen. The file name is the run key, so a file is never run twice; days outside the
     * partitions are logged and skipped.
     */
    @Sensor(
            name = "new_price_files",
            intervalSeconds = 30,
            description = "Materializes dailyPrices for each price file dropped in <home>/incoming/prices.")
    public static SensorResult newPriceFiles(SensorContext context) throws IOException {
        String seen = context.cursor().orElse("");
        List<String> files = PriceDrops.fileNames().stream()
                .filter(name -> name.compareTo(seen) > 0)
                .toList();
        if (files.isEmpty()) {
            return SensorResult.skip("no new price file in " + PriceDrops.folder());
        }
        LocalDate first = LocalDate.parse(SalesAssets.FIRST_DAY);
        LocalDate end = LocalDate.parse(SalesAssets.END);
        List<MaterializeRequest> requests = new ArrayList<>();
        for (String file : files) {
            LocalDate day = PriceDrops.dayOf(file).orElseThrow();
            if (day.isBefore(first) || !day.isBefore(end)) {
                context.log().warn("{}: {} is not a day of dailyPrices ({} to {})", file, day, first, end);
                continue;
            }
            requests.add(MaterializeRequest.of("dailyPrices")
                    .partition(day.toString())
                    .runKey(file));
        }
        return SensorResult.of(requests).withCursor(files.get(files.size() - 1));
    }
}
