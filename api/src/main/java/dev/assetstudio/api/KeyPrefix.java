package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Key segments put in front of the key of every asset in a class.
 *
 * <pre>{@code
 * @KeyPrefix({"warehouse", "raw"})
 * public final class RawAssets {
 *     @Asset public static List<String> orders() { ... }   // key warehouse/raw/orders
 * }
 * }</pre>
 *
 * <p>An {@link Asset#keyPrefix()} on the method comes after the class prefix.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeyPrefix {
    /** The segments, outermost first. */
    String[] value();
}
