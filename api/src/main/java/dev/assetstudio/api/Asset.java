package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static} method as a software-defined asset: the method computes the asset's
 * contents and its parameters name what it depends on.
 *
 * <pre>{@code
 * @Asset(description = "Raw numbers")
 * public static List<Integer> upstreamAsset() { return List.of(1, 2, 3); }
 *
 * @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
 * public static List<String> dailyWeather(AssetContext context) { ... }
 *
 * @Asset(automation = "eager")   // rebuilt by the automation daemon whenever an upstream updates
 * public static Summary weatherSummary(Map<String, List<String>> dailyWeather) { ... }
 * }</pre>
 *
 * <p>Rules, checked when a project is loaded:
 *
 * <ul>
 *   <li>The method must be {@code public static}. A {@code void} method stores its own data, so no
 *       I/O manager is called for it.
 *   <li>The key is the method name, or {@link #name()} for the last segment, with {@link #keyPrefix()}
 *       (or the class's {@link KeyPrefix}) in front.
 *   <li>Parameters bind, in this order: {@link AssetContext} by type; a {@link Config} record from the
 *       run's config; {@link Resource @Resource("k")} from the definitions' resources; {@link In @In};
 *       otherwise the parameter name is the upstream key (compile with {@code -parameters}).
 *   <li>Returning {@link Output} attaches materialization metadata. With {@code outputRequired =
 *       false} an empty {@link java.util.Optional} means "not materialized".
 *   <li>{@link #partitions()} only takes {@link DailyPartitions} because an annotation element has a
 *       single type; every partitions annotation (daily included) may instead be put on the method
 *       itself. Two partitions declarations on one asset are an error.
 *   <li>{@link #tags()}, {@link #owners()}, {@link #kinds()} and {@link #freshness()} describe it as
 *       Dagster's do; a tag key or value Dagster would refuse, an owner that is neither {@code
 *       team:name} nor an e-mail address, more than ten kinds, or a bad freshness policy is an error.
 * </ul>
 *
 * <pre>{@code
 * @Asset(tags = {@Tag(key = "domain", value = "sales"), @Tag(key = "pii")},
 *        owners = {"team:analytics", "ana@example.com"}, kinds = {"csv", "java"},
 *        freshness = @Freshness(warnAfter = "PT12H", failAfter = "PT24H"))
 * public static List<Order> orders() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Asset {
    /** The last key segment; empty means the method name. */
    String name() default "";

    /** Segments put in front of the name. */
    String[] keyPrefix() default {};

    /** The asset group; empty means the class's or package's {@link AssetGroup}, else {@code default}. */
    String group() default "";

    /** Shown in the studio; empty means none. */
    String description() default "";

    /** Upstream keys ({@code "a/b"}) this asset runs after without receiving their values. */
    String[] deps() default {};

    /** Definition metadata, kept with the definition rather than with each materialization. */
    Meta[] metadata() default {};

    /** Changing it marks materializations made with another version as stale; empty means unversioned. */
    String codeVersion() default "";

    /** When false the method may return an empty {@link java.util.Optional} to skip materializing. */
    boolean outputRequired() default true;

    /** The resource key of the I/O manager storing the output; empty means {@code io_manager}. */
    String ioManager() default "";

    /** Daily partitions of this asset; other kinds go on the method directly (see class doc). */
    DailyPartitions[] partitions() default {};

    /**
     * When the automation daemon materializes this asset by itself, in the string form of {@link
     * AutomationCondition#parse(String)} ({@code "eager"}, {@code "on_cron(0 * * * *)"}, {@code
     * "on_missing | eager"}); empty means never.
     */
    String automation() default "";
    /** Tags, merged over the class's and package's {@link Tag}s (the asset's value wins). */
    Tag[] tags() default {};

    /** Who owns it: {@code team:name} or an e-mail address. */
    String[] owners() default {};

    /** What it is ({@code csv}, {@code java}, {@code parquet}…), up to ten. */
    String[] kinds() default {};

    /** How recent its latest materialization must be; at most one. */
    Freshness[] freshness() default {};
}
