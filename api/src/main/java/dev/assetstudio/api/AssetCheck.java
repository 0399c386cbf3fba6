package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static} method as a check of an asset's data, as Dagster's
 * {@code @asset_check}. It runs right after its asset whenever the asset is materialized, in the same
 * run, and can be run alone (selection {@code check:orders/ordersHaveIds}, or every check of an asset
 * with {@code checks:orders}).
 *
 * <pre>{@code
 * @AssetCheck(asset = "orders", description = "every order has an id", blocking = true)
 * public static AssetCheckResult ordersHaveIds(List<Order> orders) {
 *     long missing = orders.stream().filter(o -> o.id() == null).count();
 *     return AssetCheckResult.of(missing == 0).withMetadata("missing_ids", missing);
 * }
 * }</pre>
 *
 * <p>Rules, checked when a project is loaded:
 *
 * <ul>
 *   <li>{@link #asset()} names the checked asset's key ({@code "a/b"}) as {@link In} does, or {@link
 *       #assetKey()} gives its segments; an unknown asset is a load error naming the check.
 *   <li>The check's name is the method name, or {@link #name()}; two checks of one asset with one name
 *       are a load error.
 *   <li>Parameters bind as an asset's do: {@link AssetContext}, {@link Resource @Resource}, and the
 *       checked asset's value, by the key's last segment or {@code @In}. A check reads no other asset.
 *   <li>It returns an {@link AssetCheckResult} (or a {@code boolean}: passed or failed with ERROR).
 *       A check that throws is a failed check of severity ERROR.
 *   <li>A failed {@link #blocking()} check of severity ERROR skips the asset's downstream assets in
 *       that run. A partitioned asset's check runs once per partition.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AssetCheck {
    /** The checked asset's key, written {@code a/b}. */
    String asset() default "";

    /** The checked asset's key as segments; the alternative to {@link #asset()}. */
    String[] assetKey() default {};

    /** The check's name; empty means the method name. */
    String name() default "";

    /** Shown with the check's results. */
    String description() default "";

    /** When true, a failed ERROR result stops the asset's downstream assets in the run. */
    boolean blocking() default false;
}
