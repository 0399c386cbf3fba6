package dev.assetstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.engine.cli.AssetStudioCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 5 through the command line: list filters and columns, {@code checks KEY}, new selections. */
class ModelCliTest {
    @TempDir
    static Path jars;

    @TempDir
    Path home;

    static Path jar;

    @BeforeAll
    static void build() {
        jar = OrderJar.build(jars);
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--jar", jar.toString(), "--home", home.toString()));
        all.addAll(List.of(args));
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = AssetStudioCli.run(all.toArray(String[]::new), o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> keys(Result r) {
        return r.out().lines().skip(1).map(l -> l.split("\\s+")[0]).toList();
    }

    @Test
    void listFiltersByTagOwnerAndKind() {
        assertEquals(List.of("orders"), keys(cli("list", "--tag", "pii")));
        assertEquals(6, keys(cli("list", "--tag", "domain=sales")).size());
        assertEquals(List.of("unrelated"), keys(cli("list", "--owner", "team:ops")));
        assertEquals(List.of("cleanOrders", "orders"), keys(cli("list", "--kind", "java")));
        Result none = cli("list", "--kind", "xml");
        assertEquals(AssetStudioCli.EXIT_BAD_INPUT, none.exit(), none::toString);
        assertTrue(none.err().contains("no asset matches --kind xml"), none::toString);
    }

    @Test
    void listShowsHealthAndChecks() throws Exception {
        Result run = cli("materialize", "--select", "key:orders");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("Checks: 1 passed, 1 failed, 0 skipped"), run::toString);
        assertTrue(run.out().contains("check orders/notTooMany failed"), run::toString);

        Result table = cli("list");
        String header = table.out().lines().findFirst().orElseThrow();
        assertTrue(header.contains("HEALTH") && header.contains("CHECKS"), header);
        String orders = table.out()
                .lines()
                .filter(l -> l.startsWith("orders "))
                .findFirst()
                .orElseThrow();
        assertTrue(orders.contains("warning"), orders);
        assertTrue(orders.contains("1 failed, 1/2 passed"), orders);
        assertTrue(orders.contains("check notTooMany failed (WARN)"), orders);
        String report = table.out()
                .lines()
                .filter(l -> l.startsWith("report "))
                .findFirst()
                .orElseThrow();
        assertTrue(report.contains("unknown"), report);

        JsonNode json = new ObjectMapper()
                .readTree(cli("list", "--json", "--tag", "pii").out());
        JsonNode o = json.get(0);
        assertEquals("WARNING", o.get("health").get("state").asText());
        assertEquals("PASSED", o.get("checks").get("ordersHaveIds").asText());
        assertEquals("FAILED_WARN", o.get("checks").get("notTooMany").asText());
        assertEquals("", o.get("tags").get("pii").asText());
        assertEquals("team:analytics", o.get("owners").get(0).asText());
        assertEquals("csv", o.get("kinds").get(0).asText());
    }

    @Test
    void checksShowsTheLatestResultOfEachCheckWithMetadata() throws Exception {
        Result never = cli("checks", "orders");
        assertEquals(0, never.exit(), never::toString);
        assertTrue(never.out().contains("never run"), never::toString);

        cli("materialize", "--select", "orders");
        Result r = cli("checks", "orders");
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("CHECK"), r::toString);
        String notTooMany = lines.stream()
                .filter(l -> l.startsWith("notTooMany"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                notTooMany.contains("FAILED") && notTooMany.contains("WARN") && notTooMany.contains("count=3"),
                notTooMany);
        String haveIds = lines.stream()
                .filter(l -> l.startsWith("ordersHaveIds"))
                .findFirst()
                .orElseThrow();
        assertTrue(haveIds.contains("yes") && haveIds.contains("passed") && haveIds.contains("missing_ids=0"), haveIds);

        JsonNode json =
                new ObjectMapper().readTree(cli("checks", "orders", "--json").out());
        assertEquals("WARNING", json.get("health").asText());
        assertEquals(
                0,
                json.get("checks")
                        .get(1)
                        .get("latest")
                        .get("metadata")
                        .get("missing_ids")
                        .asInt());

        Result unknown = cli("checks", "ordres");
        assertEquals(AssetStudioCli.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("did you mean orders"), unknown::toString);
        assertTrue(cli("checks", "report").out().contains("report has no checks"));
    }

    @Test
    void materializeTakesTheCurrentSelectionSyntaxAndChecksAlone() {
        Result r = cli("materialize", "--select", "kind:csv or owner:team:ops");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("2 steps, 2 succeeded"), r::toString);

        Result alone = cli("materialize", "--select", "check:orders/ordersHaveIds");
        assertEquals(0, alone.exit(), alone::toString);
        assertTrue(alone.out().contains("0 steps") && alone.out().contains("Checks: 1 passed"), alone::toString);

        Result bad = cli("materialize", "--select", "key:orders and");
        assertEquals(AssetStudioCli.EXIT_BAD_INPUT, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("at position 15 expected"), bad::toString);
    }
}
