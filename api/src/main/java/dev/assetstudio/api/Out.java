package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One asset made by a {@link MultiAsset} method. Its key is {@link #name()} with the method's key
 * prefix; the other elements are an asset's own, per out.
 *
 * <pre>{@code
 * @MultiAsset(outs = {@Out(name = "cleanOrders"),
 *                     @Out(name = "rejectedOrders", group = "quality", outputRequired = false)})
 * public static MultiOutput splitOrders(List<Order> orders) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Out {
    /** The last key segment of this asset. */
    String name();

    /** The group; empty means the multi-asset's group (else the class's or package's, else default). */
    String group() default "";

    /** Shown in the studio. */
    String description() default "";

    /** The resource key of this out's I/O manager; empty means {@code io_manager}. */
    String ioManager() default "";

    /** Definition metadata. */
    Meta[] metadata() default {};

    /** Tags of this out (merged over the class's and package's). */
    Tag[] tags() default {};

    /** Owners: {@code team:name} or an e-mail address. */
    String[] owners() default {};

    /** What it is ({@code csv}, {@code java}, {@code parquet}…), up to ten. */
    String[] kinds() default {};

    /** When false the method may leave this out out of its {@link MultiOutput}: NOT_MATERIALIZED. */
    boolean outputRequired() default true;

    /** Changing it marks this out's materializations made with another version as stale. */
    String codeVersion() default "";

    /** A freshness policy for this out. */
    Freshness[] freshness() default {};
}
