package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Partitions an asset by a fixed list of keys.
 *
 * <pre>{@code
 * @Asset
 * @StaticPartitions({"eu", "us", "apac"})
 * public static Integer regionCount(AssetContext context) { ... }
 * }</pre>
 *
 * <p>Keys must be unique and non-empty; they keep the order written here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface StaticPartitions {
    /** The partition keys. */
    String[] value();
}
