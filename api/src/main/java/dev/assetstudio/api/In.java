package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the upstream asset a parameter receives, when the parameter name is not the key.
 *
 * <pre>{@code
 * @Asset
 * public static List<Integer> usesPrefixed(@In(key = {"one", "two", "prefixed"}) List<Integer> p) { ... }
 *
 * @Asset
 * public static Integer tolerant(
 *         @In(value = "daily", metadata = @Meta(key = "allow_missing_partitions", value = "true"))
 *                 Map<String, Integer> days) { ... }
 * }</pre>
 *
 * <p>Give either {@link #value()} or {@link #key()}, not both; with neither the parameter name is the
 * key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface In {
    /** The upstream key in written form, {@code "a/b/c"}. */
    String value() default "";

    /** The upstream key as segments, for segments that are easier to read apart. */
    String[] key() default {};

    /** The resource key of the I/O manager that loads this input; empty means the upstream's own. */
    String inputManager() default "";

    /** Input metadata handed to the loading I/O manager, over the upstream's definition metadata. */
    Meta[] metadata() default {};
}
