package dev.assetstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.load.ProjectLoader;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each validation rule of section 5 refuses the jar with a message naming the culprit. */
class ModelValidationTest {
    @TempDir
    Path dir;

    private String loadError(String body) {
        return loadError(body, "");
    }

    private String loadError(String body, String extraClass) {
        Map<String, String> sources = new java.util.HashMap<>();
        sources.put(
                "com.x.Assets",
                """
                package com.x;
                import dev.assetstudio.api.*;
                import java.util.*;
                public final class Assets {
                """
                        + body + "\n}\n");
        if (!extraClass.isEmpty()) {
            sources.put("com.x.Other", extraClass);
        }
        Path jar = TestJars.compile(dir, sources);
        ProjectLoadException e = assertThrows(
                ProjectLoadException.class, () -> new ProjectLoader().load(jar).close());
        return e.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void aCheckOnAnUnknownAsset() {
        assertMentions(
                loadError(
                        """
                        @Asset public static int orders() { return 1; }
                        @AssetCheck(asset = "ordres") public static boolean positive(int orders) { return true; }
                        """),
                "asset check positive (com.x.Assets#positive) checks unknown asset ordres",
                "did you mean orders");
    }

    @Test
    void twoChecksWithOneNameOnAnAsset() {
        assertMentions(
                loadError(
                        """
                        @Asset public static int orders() { return 1; }
                        @AssetCheck(asset = "orders", name = "sane") public static boolean a(int orders) { return true; }
                        @AssetCheck(asset = "orders", name = "sane") public static boolean b(int orders) { return true; }
                        """),
                "asset orders has two checks named sane",
                "com.x.Assets#a",
                "com.x.Assets#b");
    }

    @Test
    void aCheckReadingAnotherAsset() {
        assertMentions(
                loadError(
                        """
                        @Asset public static int orders() { return 1; }
                        @Asset public static int other() { return 1; }
                        @AssetCheck(asset = "orders") public static boolean c(@In("other") int o) { return true; }
                        """),
                "asset check c",
                "reads asset other",
                "a check reads only the asset it checks, orders");
    }

    @Test
    void aMultiAssetOutClashingWithAnotherKey() {
        assertMentions(
                loadError(
                        """
                        @Asset public static int cleanOrders() { return 1; }
                        @MultiAsset(outs = {@Out(name = "cleanOrders"), @Out(name = "rejected")})
                        public static MultiOutput split() { return MultiOutput.of(); }
                        """),
                "duplicate asset key cleanOrders",
                "com.x.Assets#cleanOrders",
                "@MultiAsset com.x.Assets#split out cleanOrders");
    }

    @Test
    void aMultiAssetThatDoesNotReturnMultiOutput() {
        assertMentions(
                loadError(
                        """
                        @MultiAsset(outs = {@Out(name = "a")}) public static int split() { return 1; }
                        """),
                "@MultiAsset method com.x.Assets#split returns int; it must return MultiOutput");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "warnAfter = \"12 hours\"|warnAfter \"12 hours\" is not an ISO-8601 duration",
                "failAfter = \"-PT1H\"|failAfter \"-PT1H\" must be positive",
                "warnAfter = \"PT24H\", failAfter = \"PT12H\"|failAfter PT12H is shorter than warnAfter PT24H",
                "deadline = \"0 25 * * *\"|deadline \"0 25 * * *\" is not a cron of five fields",
                "deadline = \"every day\"|deadline \"every day\" is not a cron",
                "deadline = \"0 9 * * *\", timezone = \"Mars/Olympus\"|timezone \"Mars/Olympus\" is not a time zone",
                "timezone = \"UTC\"|sets none of warnAfter, failAfter and deadline"
            })
    void aBadFreshnessPolicy(String freshness, String expected) {
        assertMentions(
                loadError("@Asset(freshness = @Freshness(" + freshness + ")) public static int late() { return 1; }"),
                "asset late (com.x.Assets#late) has an invalid freshness policy",
                expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "@Tag(key = \"has space\")|invalid tag key \"has space\"",
                "@Tag(key = \"a/b/c\")|invalid tag key \"a/b/c\"",
                "@Tag(key = \"\")|invalid tag key \"\"",
                "@Tag(key = \"domain\", value = \"sales & marketing\")|invalid value \"sales & marketing\" for tag domain",
                "@Tag(key = \"x0123456789012345678901234567890123456789012345678901234567890123\")|at most 63"
            })
    void aTagDagsterWouldRefuse(String tag, String expected) {
        assertMentions(
                loadError("@Asset(tags = {" + tag + "}) public static int t() { return 1; }"), "asset t", expected);
    }

    @Test
    void aClassTagDagsterWouldRefuseNamesTheAsset() {
        String message = loadError(
                "@Asset public static int t() { return 1; }",
                """
                package com.x;
                import dev.assetstudio.api.*;
                @Tag(key = "bad key")
                public final class Other { @Asset public static int u() { return 1; } }
                """);
        assertMentions(message, "asset u (com.x.Other#u) has an invalid tag key \"bad key\"");
    }

    @Test
    void anOwnerThatIsNeitherATeamNorAnEmail() {
        assertMentions(
                loadError("@Asset(owners = {\"ana\"}) public static int t() { return 1; }"),
                "asset t (com.x.Assets#t) has an invalid owner \"ana\": an owner is an e-mail address or team:name");
    }

    @Test
    void moreThanTenKinds() {
        assertMentions(
                loadError("@Asset(kinds = {\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"})"
                        + " public static int t() { return 1; }"),
                "asset t (com.x.Assets#t) has 11 kinds",
                "at most 10");
    }

    @Test
    void specTagsAndChecksAreValidatedTheSameWay() {
        String provider =
                """
                package com.x;
                import dev.assetstudio.api.*;
                import java.util.*;
                public final class Defs implements DefinitionsProvider {
                    public Definitions definitions() {
                        return Definitions.builder()
                            .asset(AssetSpec.of("spec").tags(Map.of("bad key", "")).owners("nobody")
                                   .freshness(FreshnessPolicy.deadline("nope")).compute(ctx -> 1))
                            .assetCheck(AssetCheckSpec.of("missing", "c").compute((ctx, v) -> AssetCheckResult.of(true)))
                            .build();
                    }
                }
                """;
        Path jar = TestJars.compile(dir, Map.of("com.x.Defs", provider), true, TestJars.providers("com.x.Defs"));
        String message = assertThrows(
                        ProjectLoadException.class,
                        () -> new ProjectLoader().load(jar).close())
                .getMessage();
        assertMentions(
                message,
                "asset spec (AssetSpec from com.x.Defs) has an invalid tag key \"bad key\"",
                "invalid owner \"nobody\"",
                "deadline \"nope\"",
                "asset check c (AssetCheckSpec from com.x.Defs) checks unknown asset missing");
    }
}
