package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;

/** The small asset jar the automation tests run: a schedule, two sensors and assets with conditions. */
final class AutomationProjects {
    /** The system property naming the folder the {@code inbox} sensor watches. */
    static final String INBOX = "automation.test.inbox";

    private AutomationProjects() {}

    static Path jar(Path dir) {
        return TestJars.builder()
                .source(
                        "com.x.Auto",
                        """
                        package com.x;
                        import dev.assetstudio.api.*;
                        import java.io.IOException;
                        import java.nio.file.*;
                        import java.util.*;
                        import java.util.stream.*;
                        public final class Auto {
                            public static final ScheduleDefinition MORNING =
                                    ScheduleDefinition.of("morning", "0 6 * * *", "raw").withTimezone("Europe/Berlin");
                            public static final ScheduleDefinition DAILY_DAYS =
                                    ScheduleDefinition.of("days", "0 1 * * *", "day");

                            @Asset public static Integer raw() { return 1; }
                            @Asset(automation = "eager") public static Integer cooked(Integer raw) { return raw + 1; }
                            @Asset(automation = "on_missing") public static Integer once(Integer raw) { return raw * 10; }
                            @Asset(automation = "on_missing | eager") public static Integer both(Integer cooked) { return cooked; }
                            @Asset(automation = "eager & ~on_missing") public static Integer quiet(Integer raw) { return raw; }
                            @Asset(partitions = @DailyPartitions(start = "2024-01-01"))
                            public static String day(AssetContext context) { return context.partitionKey(); }

                            @Sensor(name = "inbox", intervalSeconds = 60)
                            public static SensorResult inbox(SensorContext context) throws IOException {
                                Path dir = Path.of(System.getProperty("automation.test.inbox"));
                                String seen = context.cursor().orElse("");
                                context.log().info("cursor was '{}'", seen);
                                List<String> files;
                                try (Stream<Path> s = Files.list(dir)) {
                                    files = s.map(p -> p.getFileName().toString()).sorted()
                                            .filter(n -> n.compareTo(seen) > 0).toList();
                                }
                                if (files.isEmpty()) {
                                    return SensorResult.skip("no file after '" + seen + "'");
                                }
                                List<MaterializeRequest> requests = new ArrayList<>();
                                for (String f : files) {
                                    requests.add(MaterializeRequest.of("raw").runKey(f));
                                }
                                return SensorResult.of(requests).withCursor(files.get(files.size() - 1));
                            }

                            @Sensor(name = "again", intervalSeconds = 60)
                            public static SensorResult again(SensorContext context) {
                                return SensorResult.of(MaterializeRequest.of("raw").runKey("same-file"));
                            }

                            @Sensor(name = "broken", intervalSeconds = 60)
                            public static SensorResult broken(SensorContext context) {
                                throw new IllegalStateException("sensor broke on purpose");
                            }
                        }
                        """)
                .build(dir.resolve("auto.jar"));
    }
}
