package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One metadata entry; annotations cannot hold maps, so metadata is a list of these.
 *
 * <pre>{@code
 * @Asset(metadata = {@Meta(key = "owner", value = "data@example.com")})
 * public static List<String> nabisco() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Meta {
    /** The metadata key. */
    String key();

    /** The metadata value. */
    String value();
}
