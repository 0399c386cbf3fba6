package dev.assetstudio.engine.partitions;

/**
 * The partition examples of Dagster's docs ("Partitioning assets", "I/O managers"), written as Java
 * assets, as source for a jar built at test time with {@code TestJars}.
 */
final class DocsPartitionAssets {
    static final String CLASS = "docs.PartitionedAssets";

    /** The day on which {@code my_daily_partitioned_asset} throws (its "weather site" is down). */
    static final String BROKEN_DAY = "2022-02-03";

    static final String SOURCE =
            """
            package docs;

            import dev.assetstudio.api.*;
            import java.util.*;

            public final class PartitionedAssets {
                private PartitionedAssets() {}

                // @asset(partitions_def=DailyPartitionsDefinition(start_date="2022-01-01"))
                @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
                public static String my_daily_partitioned_asset(AssetContext context) {
                    String day = context.partitionKey();
                    if (day.equals("%s")) {
                        throw new IllegalStateException("coolweatherwebsite.com is down for " + day);
                    }
                    return "weather of " + day;
                }

                @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
                public static String daily_summary(AssetContext context, String my_daily_partitioned_asset) {
                    return context.partitionKey() + ": " + my_daily_partitioned_asset;
                }

                /** Not partitioned: receives every materialized day, sorted by key. */
                @Asset
                public static List<String> all_days(Map<String, String> my_daily_partitioned_asset) {
                    return new ArrayList<>(my_daily_partitioned_asset.keySet());
                }

                @Asset
                @WeeklyPartitions(start = "2022-01-01")
                public static List<String> weekly_rollup(Map<String, String> my_daily_partitioned_asset) {
                    return new ArrayList<>(my_daily_partitioned_asset.keySet());
                }

                @Asset
                @WeeklyPartitions(start = "2022-01-01")
                public static List<String> lenient_weekly_rollup(
                        @In(metadata = @Meta(key = "allow_missing_partitions", value = "true"))
                                Map<String, String> my_daily_partitioned_asset) {
                    return new ArrayList<>(my_daily_partitioned_asset.keySet());
                }

                @Asset
                @MonthlyPartitions(start = "2022-01-01")
                public static List<String> monthly_rollup(Map<String, String> my_daily_partitioned_asset) {
                    return new ArrayList<>(my_daily_partitioned_asset.keySet());
                }

                @Asset
                @HourlyPartitions(start = "2022-01-01-00:00", timezone = "America/New_York")
                public static String hourly_new_york(AssetContext context) {
                    return context.partitionKey() + " starts at " + context.partitionTimeWindow().orElseThrow().start();
                }

                @Asset
                @StaticPartitions({"eu", "us", "apac"})
                public static Integer region_count(AssetContext context) {
                    return context.partitionKey().length();
                }

                @Asset
                public static String weather_stations() {
                    return "stations v1";
                }

                /** Partitioned, reading a non-partitioned upstream: the single value. */
                @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
                public static String station_readings(AssetContext context, String weather_stations) {
                    return weather_stations + " on " + context.partitionKey();
                }

                @Asset(partitions = @DailyPartitions(start = "2022-01-01", end = "2022-01-04"))
                public static String bounded(AssetContext context) {
                    return context.partitionKey();
                }
            }
            """
                    .formatted(BROKEN_DAY);

    private DocsPartitionAssets() {}
}
