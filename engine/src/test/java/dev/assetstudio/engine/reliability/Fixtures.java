package dev.assetstudio.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.TestJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Small helpers shared by the reliability tests: jars from one class, options, child JVMs, raw SQL. */
final class Fixtures {
    static final String HEADER = "package com.x;\nimport dev.assetstudio.api.*;\nimport java.util.*;\n"
            + "import java.io.*;\nimport java.nio.file.*;\n";

    private Fixtures() {}

    /** A jar of one class {@code com.x.<simpleName>} whose body follows the common imports. */
    static Path jar(Path dir, String simpleName, String body) {
        return TestJars.compile(dir, Map.of("com.x." + simpleName, HEADER + body));
    }

    static ProjectOptions options(Path home, int parallelism) {
        return ProjectOptions.builder().home(home).parallelism(parallelism).build();
    }

    static void assertMentions(String message, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(
                    message != null && message.contains(fragment), () -> "expected '" + fragment + "' in:\n" + message);
        }
    }

    /** Starts {@code main} in a new JVM on this test's class path; output goes to files in {@code dir}. */
    static Process startJvm(Path dir, String name, Class<?> main, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command)
                    .redirectOutput(dir.resolve(name + ".out").toFile())
                    .redirectError(dir.resolve(name + ".err").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain JDBC connection to a history database, as an outside tool would open it. */
    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    static long count(Path db, String sql) throws SQLException {
        try (Connection c = connect(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String integrityCheck(Path db) throws SQLException {
        try (Connection c = connect(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every regular file under {@code dir}, relative to it, with '/' separators. */
    static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The open file descriptors of this JVM that point at {@code file} (Linux /proc; -1 elsewhere). */
    static int openDescriptors(Path file) {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        Path target = file.toAbsolutePath().normalize();
        int n = 0;
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).equals(target)) {
                        n++;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** Runs a command (mount, umount), returning its exit code; output is kept in the message on failure. */
    static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            int rc = p.waitFor();
            if (rc != 0) {
                System.err.println(String.join(" ", command) + " -> " + rc + ": " + out);
            }
            return rc;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Whether this process can write where permissions say it may not (root ignores chmod). */
    static boolean ignoresPermissions(Path dir) throws IOException {
        Path probeDir = Files.createDirectories(dir.resolve("probe"));
        probeDir.toFile().setWritable(false, false);
        try {
            Files.writeString(probeDir.resolve("x"), "x");
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            probeDir.toFile().setWritable(true, false);
        }
    }

    /**
     * The loader's private copies of {@code jar} made by this process (they live in {@code
     * <tmp>/asset-studio-jars}, prefixed with the owner's pid, so other processes cannot disturb the count).
     */
    static long ownJarCopies(Path jar) throws java.io.IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "asset-studio-jars");
        if (!java.nio.file.Files.isDirectory(folder)) {
            return 0;
        }
        String own = ProcessHandle.current().pid() + "-";
        String suffix = "-" + jar.getFileName();
        try (var list = java.nio.file.Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith(own)
                            && p.getFileName().toString().endsWith(suffix))
                    .count();
        }
    }
}
