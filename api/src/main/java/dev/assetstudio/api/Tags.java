package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds several {@link Tag}s on one class or package; written implicitly by repeating {@code @Tag}.
 *
 * <pre>{@code
 * @Tag(key = "domain", value = "sales")
 * @Tag(key = "tier", value = "gold")
 * public final class OrderAssets { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Tags {
    /** The tags. */
    Tag[] value();
}
