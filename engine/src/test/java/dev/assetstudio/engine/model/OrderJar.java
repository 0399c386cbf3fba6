package dev.assetstudio.engine.model;

import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.Map;

/** The orders project of API.md section 5, compiled at test time into a real jar. */
final class OrderJar {
    private OrderJar() {}

    /** Sets a static switch of the project's own OrderAssets class (each open project has its own). */
    static void set(dev.assetstudio.engine.Project project, String field, boolean value) {
        try {
            project.definitions()
                    .classLoader()
                    .loadClass("com.example.orders.OrderAssets")
                    .getField(field)
                    .setBoolean(null, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** How many times the project's splitOrders() ran. */
    static int splits(dev.assetstudio.engine.Project project) {
        try {
            return project.definitions()
                    .classLoader()
                    .loadClass("com.example.orders.OrderAssets")
                    .getField("splits")
                    .getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static final String ASSETS =
            """
            package com.example.orders;

            import dev.assetstudio.api.*;
            import java.nio.file.Path;
            import java.util.*;

            @Tag(key = "domain", value = "sales")
            public final class OrderAssets {
                /** Set by tests: the next orders() returns an order without id. */
                public static volatile boolean missingId;
                /** Set by tests: splitOrders() leaves out the required out cleanOrders. */
                public static volatile boolean dropClean;
                /** Set by tests: splitOrders() returns rejected orders. */
                public static volatile boolean reject;
                /** Counts calls of splitOrders(). */
                public static volatile int splits;

                @Asset(tags = {@Tag(key = "pii")}, owners = {"team:analytics", "ana@example.com"},
                       kinds = {"csv", "java"})
                public static List<String> orders() {
                    return missingId ? Arrays.asList("a", null, "c") : List.of("a", "b", "c");
                }

                @AssetCheck(asset = "orders", description = "every order has an id", blocking = true)
                public static AssetCheckResult ordersHaveIds(List<String> orders) {
                    long missing = orders.stream().filter(Objects::isNull).count();
                    return AssetCheckResult.of(missing == 0)
                            .withSeverity(AssetCheckSeverity.ERROR)
                            .withMetadata("missing_ids", missing);
                }

                @AssetCheck(asset = "orders", name = "notTooMany")
                public static AssetCheckResult fewOrders(List<String> orders) {
                    return AssetCheckResult.of(orders.size() < 3).withSeverity(AssetCheckSeverity.WARN)
                            .withMetadata("count", orders.size());
                }

                @MultiAsset(outs = {@Out(name = "cleanOrders", kinds = {"java"}),
                                    @Out(name = "rejectedOrders", group = "quality", outputRequired = false)})
                public static MultiOutput splitOrders(List<String> orders) {
                    splits++;
                    MultiOutput out = MultiOutput.of();
                    if (!dropClean) {
                        out = out.put("cleanOrders", Output.of(new ArrayList<>(orders)).withMetadata("num_rows", orders.size()));
                    }
                    if (reject) {
                        out = out.put("rejectedOrders", List.of("x"));
                    }
                    return out;
                }

                @Asset(freshness = @Freshness(warnAfter = "PT12H", failAfter = "PT24H"))
                public static Output<List<String>> bigOrders(List<String> cleanOrders) {
                    List<List<Object>> rows = List.of(List.of("a", 120), List.of("b", 300));
                    return Output.of(cleanOrders)
                            .withMetadata("preview", MetadataValue.table(List.of("id", "total"), rows))
                            .withMetadata("summary", MetadataValue.markdown("**" + cleanOrders.size() + "** big orders"))
                            .withMetadata("dashboard", MetadataValue.url("https://example.com/orders"))
                            .withMetadata("export", MetadataValue.path(Path.of("reports/big.csv")))
                            .withMetadata("schema", MetadataValue.tableSchema(
                                    TableColumn.of("id", "string"), TableColumn.of("total", "decimal")))
                            .withMetadata("raw", MetadataValue.json(Map.of("threshold", 100)))
                            .withMetadata("count", MetadataValue.number(cleanOrders.size()))
                            .withMetadata("rows", cleanOrders.size());
                }

                @Asset
                public static int report(List<String> bigOrders) {
                    return bigOrders.size();
                }

                @Asset(owners = {"team:ops"}, kinds = {"parquet"})
                public static String unrelated() {
                    return "u";
                }

                @AssetCheck(asset = "unrelated")
                public static boolean unrelatedIsU(String unrelated) {
                    throw new IllegalStateException("check exploded");
                }
            }
            """;

    static Path build(Path dir) {
        return TestJars.compile(dir, Map.of("com.example.orders.OrderAssets", ASSETS));
    }
}
