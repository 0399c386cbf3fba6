package dev.assetstudio.engine.worker;

import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Jars of misbehaving assets and worker options, for the tests that run real worker processes. */
public final class WorkerFixtures {
    static final String HEADER = "package com.x;\nimport dev.assetstudio.api.*;\nimport java.util.*;\n";

    /** Assets that end their worker in every way a user's code can, and some that behave. */
    public static final String CRASHY = HEADER
            + """
            public final class Crashy {
                @Asset public static Output<Integer> ok(AssetContext context) {
                    context.log().info("ok ran in {}", ProcessHandle.current().pid());
                    return Output.of(42).withMetadata("num_rows", 7);
                }
                @Asset public static String exits() { System.exit(3); return "never"; }
                @Asset public static String afterExits(String exits) { return exits + "!"; }
                @Asset public static Integer hog() {
                    List<long[]> hoard = new ArrayList<>();
                    while (true) { hoard.add(new long[1_000_000]); }
                }
                @Asset public static Integer spin(AssetContext context) {
                    context.log().info("spinning");
                    long n = 0;
                    while (n >= 0) { n = (n + 1) % 1_000_000_007L; Thread.interrupted(); }
                    return (int) n;
                }
                @Asset public static Integer sleeper() throws Exception { Thread.sleep(120_000); return 1; }
                public record Threshold(int min) implements Config { public Threshold() { this(6); } }
                @Asset public static List<Integer> above(Threshold threshold) {
                    return List.of(threshold.min(), threshold.min() + 1);
                }
            }
            """;

    /** A jar whose only class exits the JVM while it is being initialized. */
    public static final String EXITS_ON_LOAD = HEADER
            + """
            public final class Boom {
                static { System.exit(7); }
                public static final SourceAsset RAW = SourceAsset.of("raw");
                @Asset public static int boom() { return 1; }
            }
            """;

    private WorkerFixtures() {}

    public static Path crashyJar(Path dir) {
        return TestJars.compile(dir, Map.of("com.x.Crashy", CRASHY));
    }

    public static Path exitsOnLoadJar(Path dir) {
        return TestJars.compile(dir, Map.of("com.x.Boom", EXITS_ON_LOAD));
    }

    /** A worker with a small heap and a short cancel grace, so the crashes come quickly. */
    public static ProjectOptions options(Path home) {
        return ProjectOptions.builder()
                .home(home)
                .parallelism(2)
                .execution(Execution.WORKER)
                .workerHeap("64m")
                .cancelGrace(Duration.ofMillis(1500))
                .workerJvmOptions(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"))
                .build();
    }

    public static String integrityCheck(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
