package dev.assetstudio.engine.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import java.util.jar.JarOutputStream;

/**
 * The broken jars and history files of the reliability issue, for the engine's and the studio's tests, built with {@link
 * TestJars} (each in its own folder: the file name is what the error names).
 */
public final class BadJars {
    /** Imports every source here starts with. */
    public static final String HEADER = "package com.x;\nimport dev.assetstudio.api.*;\nimport java.util.*;\n"
            + "import java.io.*;\nimport java.nio.file.*;\n";

    private BadJars() {}

    /** A jar {@code dir/name} of one class {@code com.x.Assets}. */
    public static Path assets(Path dir, String name, String body) {
        return TestJars.builder().source("com.x.Assets", HEADER + body).build(dir.resolve(name));
    }

    /** A good jar {@code dir/name} whose assets {@code names} each return 1. */
    public static Path good(Path dir, String name, String... names) {
        StringBuilder body = new StringBuilder("public final class Assets {\n");
        for (String n : names) {
            body.append("  @Asset public static int ").append(n).append("() { return 1; }\n");
        }
        return assets(dir, name, body.append("}\n").toString());
    }

    public static Path notAJar(Path dir) {
        return write(dir.resolve("x.jar"), "this is not a jar\n".getBytes());
    }

    public static Path truncated(Path dir) {
        try {
            byte[] bytes = Files.readAllBytes(good(dir, "whole.jar", "a"));
            return write(dir.resolve("truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path empty(Path dir) {
        Path jar = dir.resolve("empty.jar");
        try (OutputStream out = Files.newOutputStream(mkdirs(jar));
                JarOutputStream zip = new JarOutputStream(out)) {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    public static Path missingLibrary(Path dir) {
        return TestJars.builder()
                .source("com.x.Library", HEADER + "public final class Library { public static int n() { return 1; } }")
                .source(
                        "com.x.Assets",
                        HEADER
                                + """
                        public final class Assets {
                            static final int N = Library.n();
                            @Asset public static int a() { return N; }
                        }
                        """)
                .leaveOut("com.x.Library")
                .build(dir.resolve("nolib.jar"));
    }

    public static Path staticInitializer(Path dir) {
        return assets(
                dir,
                "static.jar",
                """
                public final class Assets {
                    static final int N = Integer.parseInt("not a number");
                    @Asset public static int a() { return N; }
                }
                """);
    }

    public static Path providerThrows(Path dir) {
        return TestJars.builder()
                .source(
                        "com.x.Defs",
                        HEADER
                                + """
                        public final class Defs implements DefinitionsProvider {
                            @Override public Definitions definitions() {
                                throw new IllegalStateException("config file missing");
                            }
                        }
                        """)
                .provider("com.x.Defs")
                .build(dir.resolve("provider.jar"));
    }

    public static Path noParameters(Path dir) {
        return TestJars.builder()
                .source(
                        "com.x.Assets",
                        HEADER
                                + """
                        public final class Assets {
                            @Asset public static int up() { return 1; }
                            @Asset public static int down(int up) { return up + 1; }
                        }
                        """)
                .parameters(false)
                .build(dir.resolve("noparams.jar"));
    }

    public static Path cycle(Path dir) {
        return assets(
                dir,
                "cycle.jar",
                """
                public final class Assets {
                    @Asset public static int a(int c) { return c; }
                    @Asset public static int b(int a) { return a; }
                    @Asset public static int c(int b) { return b; }
                }
                """);
    }

    public static Path duplicateKey(Path dir) {
        return TestJars.builder()
                .source(
                        "com.x.One",
                        HEADER + "public final class One { @Asset public static int same() { return 1; } }")
                .source(
                        "com.x.Two",
                        HEADER + "public final class Two { @Asset public static int same() { return 2; } }")
                .build(dir.resolve("dup.jar"));
    }

    public static Path unknownUpstream(Path dir) {
        return assets(
                dir,
                "upstream.jar",
                """
                public final class Assets {
                    @Asset public static int cereals() { return 1; }
                    @Asset(deps = {"cerals"}) public static void report() {}
                }
                """);
    }

    public static Path groupConflict(Path dir) {
        return assets(
                dir,
                "groups.jar",
                """
                @AssetGroup("cereal")
                public final class Assets {
                    @Asset(group = "nabisco") public static int bad() { return 1; }
                }
                """);
    }

    public static Path unknownResource(Path dir) {
        return assets(
                dir,
                "resource.jar",
                """
                public final class Assets {
                    @Asset public static int fetch(@Resource("api") Object api) { return 1; }
                }
                """);
    }

    public static Path unknownIoManager(Path dir) {
        return assets(
                dir,
                "iomanager.jar",
                """
                public final class Assets {
                    @Asset(ioManager = "warehouse_io") public static int stored() { return 1; }
                }
                """);
    }

    public static Path separatorInKey(Path dir) {
        return assets(
                dir,
                "separator.jar",
                """
                public final class Assets {
                    @Asset(keyPrefix = {"a/b"}) public static int sneaky() { return 1; }
                }
                """);
    }

    /**
     * A jar whose {@code Assets} (given) may use the I/O manager {@code broken_io}, which refuses every write
     * ("warehouse refused the write") and read ("warehouse refused the read").
     */
    public static Path withBrokenIo(Path dir, String name, String assets) {
        return TestJars.builder()
                .source(
                        "com.x.Defs",
                        HEADER
                                + """
                        public final class Defs implements DefinitionsProvider {
                            @Override public Definitions definitions() {
                                return Definitions.builder().assets(Assets.class).resource("broken_io", new BrokenIo()).build();
                            }
                        }
                        """)
                .source(
                        "com.x.BrokenIo",
                        HEADER
                                + """
                        public final class BrokenIo implements IOManager {
                            @Override public void handleOutput(OutputContext context, Object value) throws Exception {
                                throw new IOException("warehouse refused the write");
                            }
                            @Override public Object loadInput(InputContext context) {
                                throw new IllegalStateException("warehouse refused the read");
                            }
                        }
                        """)
                .source("com.x.Assets", HEADER + assets)
                .provider("com.x.Defs")
                .build(dir.resolve(name));
    }

    /** A history database of random bytes. */
    public static Path garbageHistory(Path db) {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        return write(db, bytes);
    }

    /** A SQLite database that says it has schema version 99. */
    public static Path newerHistory(Path db) {
        mkdirs(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = 99");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(mkdirs(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
