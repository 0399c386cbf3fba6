package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The group of every asset in a class, or in a package when put in {@code package-info.java}.
 *
 * <pre>{@code
 * @AssetGroup("cereal")
 * public final class CerealGroupAssets {
 *     @Asset public static List<String> cereals() { ... }   // group "cereal"
 * }
 * }</pre>
 *
 * <p>A class's group wins over its package's. An asset that names a different group in {@link
 * Asset#group()} is a load error naming both groups, since the two declarations contradict each
 * other.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface AssetGroup {
    /** The group name. */
    String value();
}
