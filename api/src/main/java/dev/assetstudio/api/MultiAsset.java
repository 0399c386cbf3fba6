package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static} method that makes several assets in one step, as Dagster's
 * {@code @multi_asset}. Each {@link Out} is an asset; the method runs once per materialization of any
 * of them (selecting one out materializes its siblings with it, since they share the step) and
 * returns a {@link MultiOutput} holding every required out.
 *
 * <pre>{@code
 * @MultiAsset(outs = {@Out(name = "cleanOrders"),
 *                     @Out(name = "rejectedOrders", group = "quality", outputRequired = false)})
 * public static MultiOutput splitOrders(List<Order> orders) {
 *     ...
 *     return MultiOutput.of()
 *             .put("cleanOrders", Output.of(clean).withMetadata("num_rows", clean.size()))
 *             .put("rejectedOrders", rejected);
 * }
 * }</pre>
 *
 * <p>Parameters bind as an {@link Asset}'s do; {@link #deps()} and partitions (annotations on the
 * method) apply to every out. A required out missing from the result fails that out's step, naming
 * it; an optional one left out is NOT_MATERIALIZED; a name that is not an out fails every out. An
 * out whose key is already an asset's is a load error naming both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MultiAsset {
    /** The assets it makes; at least one. */
    Out[] outs();

    /** The step's name, shown in the studio; empty means the method name. */
    String name() default "";

    /** Segments put in front of every out's name. */
    String[] keyPrefix() default {};

    /** The group of outs that name none; empty means the class's or package's, else default. */
    String group() default "";

    /** Upstream keys the outs run after without receiving their values. */
    String[] deps() default {};
}
