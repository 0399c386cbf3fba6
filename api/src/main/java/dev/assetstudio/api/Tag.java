package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tag: a key with an optional value (a key alone is a label), as Dagster's asset tags. Used in
 * {@link Asset#tags()}, {@link Out#tags()}, or on a class or package (in {@code package-info.java})
 * to tag every asset in it; the asset's own value for a key wins over its class's, and the class's
 * over its package's.
 *
 * <pre>{@code
 * @Tag(key = "domain", value = "sales")
 * public final class OrderAssets {
 *     @Asset(tags = {@Tag(key = "pii")}) public static List<Order> orders() { ... }   // domain=sales, pii
 * }
 * }</pre>
 *
 * <p>As in Dagster, a key is an optional prefix and a name separated by one {@code /}, each at most
 * 63 characters of letters, digits, {@code -}, {@code _} and {@code .}; a value is at most 63 such
 * characters (or empty). Other keys and values are load errors naming the asset.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(Tags.class)
public @interface Tag {
    /** The tag key, e.g. {@code domain} or {@code dagster/priority}. */
    String key();

    /** The value; empty makes the tag a label. */
    String value() default "";
}
