package dev.assetstudio.engine.worker;

import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.TestJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A jar whose asset class, schedule holder and sensor class each write "class pid" to a marker file
 * when they are initialized, so a test can see which JVMs loaded the project's classes; and two
 * sensors that misbehave: {@code exits} calls {@code System.exit(5)}, {@code hangs} never returns.
 */
public final class SpyJars {
    private SpyJars() {}

    /** Builds the jar in {@code dir}; its classes write to {@code marker}. */
    public static Path jar(Path dir, Path marker) {
        String mark = "static { Marker.mark(\"%s\"); }";
        return TestJars.builder()
                .source(
                        "com.spy.Marker",
                        """
                        package com.spy;
                        import java.nio.file.*;
                        public final class Marker {
                            public static synchronized void mark(String who) {
                                try {
                                    Files.writeString(Path.of("%s"), who + " " + ProcessHandle.current().pid() + "\\n",
                                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                                } catch (java.io.IOException e) { throw new RuntimeException(e); }
                            }
                        }
                        """
                                .formatted(marker.toAbsolutePath().toString().replace("\\", "\\\\")))
                .source(
                        "com.spy.Assets",
                        """
                        package com.spy;
                        import dev.assetstudio.api.*;
                        public final class Assets {
                            %s
                            @Asset public static Integer raw() { return 1; }
                            @Asset(automation = "eager") public static Integer cooked(Integer raw) { return raw + 1; }
                        }
                        """
                                .formatted(mark.formatted("assets")))
                .source(
                        "com.spy.Schedules",
                        """
                        package com.spy;
                        import dev.assetstudio.api.*;
                        public final class Schedules {
                            %s
                            public static final ScheduleDefinition MORNING = ScheduleDefinition.of("morning", "0 6 * * *", "raw");
                        }
                        """
                                .formatted(mark.formatted("schedules")))
                .source(
                        "com.spy.Sensors",
                        """
                        package com.spy;
                        import dev.assetstudio.api.*;
                        public final class Sensors {
                            %s
                            @Sensor(name = "inbox", intervalSeconds = 60)
                            public static SensorResult inbox(SensorContext context) {
                                String seen = context.cursor().orElse("0");
                                context.log().info("inbox in " + ProcessHandle.current().pid());
                                int next = Integer.parseInt(seen) + 1;
                                return SensorResult.of(MaterializeRequest.of("raw").runKey("file-" + next))
                                        .withCursor(String.valueOf(next));
                            }
                            @Sensor(name = "exits", intervalSeconds = 60)
                            public static SensorResult exits(SensorContext context) {
                                System.exit(5);
                                return SensorResult.skip("never");
                            }
                            @Sensor(name = "hangs", intervalSeconds = 60)
                            public static SensorResult hangs(SensorContext context) {
                                while (true) {
                                    try { Thread.sleep(1000); } catch (InterruptedException e) { /* goes on */ }
                                }
                            }
                            @Sensor(name = "throws", intervalSeconds = 60)
                            public static SensorResult throwsOnPurpose(SensorContext context) {
                                context.log().warn("about to throw");
                                throw new IllegalStateException("sensor broke on purpose");
                            }
                        }
                        """
                                .formatted(mark.formatted("sensors")))
                .build(dir.resolve("spy.jar"));
    }

    /** Worker options with a short sensor timeout, so the hanging sensor's tick fails soon. */
    public static ProjectOptions options(Path home) {
        return ProjectOptions.builder()
                .home(home)
                .parallelism(2)
                .execution(Execution.WORKER)
                .sensorTimeout(Duration.ofSeconds(3))
                .workerJvmOptions(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"))
                .build();
    }

    /** The marker's lines, "class pid" each; none when no class was initialized. */
    public static List<String> marks(Path marker) {
        try {
            return Files.exists(marker) ? Files.readAllLines(marker) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pids of the lines of {@code marker}. */
    public static List<Long> pids(Path marker) {
        return marks(marker).stream()
                .map(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1)))
                .toList();
    }
}
