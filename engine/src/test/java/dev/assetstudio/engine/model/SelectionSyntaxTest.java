package dev.assetstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dagster's current selection syntax (and section 4's) against a table of expressions and the keys
 * they select, in the orders project: orders -> {cleanOrders, rejectedOrders} (one multi-asset),
 * cleanOrders -> bigOrders -> report, and unrelated alone.
 */
class SelectionSyntaxTest {
    @TempDir
    static Path dir;

    private static Project project;

    @BeforeAll
    static void open() {
        project = Project.open(
                OrderJar.build(dir),
                ProjectOptions.builder()
                        .home(dir.resolve("home"))
                        .parallelism(1)
                        .build());
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private Set<String> select(String text) {
        return project.select(AssetSelection.parse(text)).stream()
                .map(AssetKey::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "*                                       | bigOrders cleanOrders orders rejectedOrders report unrelated",
                "orders                                  | orders",
                "key:orders                              | orders",
                "key:\"orders\"                          | orders",
                "key:*Orders                             | bigOrders cleanOrders rejectedOrders",
                "key:*rders*                             | bigOrders cleanOrders orders rejectedOrders",
                "+key:report                             | bigOrders cleanOrders orders report",
                "1+key:report                            | bigOrders report",
                "key:orders+                             | bigOrders cleanOrders orders rejectedOrders report",
                "key:orders+1                            | cleanOrders orders rejectedOrders",
                "2+key:bigOrders+                        | bigOrders cleanOrders orders report",
                "key:orders+ and +key:report             | bigOrders cleanOrders orders report",
                "tag:pii or owner:team:ops               | orders unrelated",
                "tag:domain=sales and kind:csv           | orders",
                "tag:\"domain\"=\"sales\" and kind:parquet | unrelated",
                "tag:domain=marketing or key:report      | report",
                "group:quality                           | rejectedOrders",
                "group:default and not key:unrelated     | bigOrders cleanOrders orders report",
                "NOT kind:java AND tag:domain            | bigOrders rejectedOrders report unrelated",
                "(kind:csv or kind:parquet) and owner:\"team:ops\" | unrelated",
                "roots(*)                                | orders unrelated",
                "sinks(*)                                | rejectedOrders report unrelated",
                "sinks(+key:bigOrders)                   | bigOrders",
                "roots(key:*Orders)                      | cleanOrders rejectedOrders",
                "not (key:orders+)                       | unrelated",
                "status:unknown and key:report           | report",
                // section 4's syntax keeps its meaning: '+' is one level there
                "+bigOrders                              | bigOrders cleanOrders",
                "bigOrders+                              | bigOrders report",
                "*report                                 | bigOrders cleanOrders orders report",
                "orders, unrelated                       | orders unrelated",
                "group:quality,report                    | rejectedOrders report",
            })
    void selects(String text, String expected) {
        assertEquals(new TreeSet<>(Arrays.asList(expected.strip().split("\\s+"))), select(text.strip()));
    }

    @Test
    void checksAreSelectedOnTheirOwn() {
        assertEquals(
                Set.of(
                        CheckKey.of(AssetKey.of("orders"), "notTooMany"),
                        CheckKey.of(AssetKey.of("orders"), "ordersHaveIds")),
                project.selectChecks(AssetSelection.parse("checks:orders")));
        assertEquals(Set.of(), project.select(AssetSelection.parse("checks:orders")));
        assertEquals(
                Set.of(CheckKey.of(AssetKey.of("orders"), "ordersHaveIds")),
                project.selectChecks(AssetSelection.parse("check:orders/ordersHaveIds or key:report")));
        assertEquals(
                Set.of(CheckKey.of(AssetKey.of("unrelated"), "unrelatedIsU")),
                project.selectChecks(AssetSelection.parse("checks:* and owner:team:ops")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "key:orders and        | at position 15 expected an asset key | found the end",
                "(key:orders           | at position 12 expected ')' closing the '(' at position 1 |",
                "key:orders or or x    | at position 15 expected an asset key | found 'or'",
                "foo:bar and x         | at position 1 expected an attribute key:, tag: |",
                "tag:x= and y          | at position 8 expected a tag value after '=' |",
                "key:\"orders          | at position 5 expected a closing '\"' |",
                "key:a ) x             | at position 7 expected 'and', 'or', '+' or the end |",
                "key:a, key:b          | at position 6 expected 'or' between terms |",
                "check:orders or x     | check:<asset key>/<check name> |",
                "0+key:orders          | a layer count of at least 1 |",
            })
    void parseErrorsNameThePositionAndWhatWasExpected(String text, String first, String second) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AssetSelection.parse(text.strip()));
        assertTrue(e.getMessage().contains(first.strip()), e.getMessage());
        if (second != null) {
            assertTrue(e.getMessage().contains(second.strip()), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "key:ordres or key:report       | no asset ordres | did you mean orders",
                "status:sleepy and key:orders   | status:sleepy is not a health state |",
                "check:orders/nope or key:orders | asset orders has no check nope |",
                "tag:nothing                    | matches no asset |",
            })
    void resolveErrorsNameTheTerm(String text, String first, String second) {
        AssetSelection selection = AssetSelection.parse(text.strip());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> project.select(selection));
        assertTrue(e.getMessage().contains(first.strip()), e.getMessage());
        if (second != null) {
            assertTrue(e.getMessage().contains(second.strip()), e.getMessage());
        }
    }

    @Test
    void attributesNeedTheProjectsDefinitions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssetSelection.parse("tag:pii")
                .resolve(project.graph()));
        assertTrue(e.getMessage().contains("needs the project's definitions"), e.getMessage());
        assertEquals(
                Set.of(AssetKey.of("rejectedOrders")),
                AssetSelection.parse("key:rejected*").resolve(project.graph()));
    }
}
