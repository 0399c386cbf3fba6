package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a resource from the project's {@link Definitions} into an asset parameter.
 *
 * <pre>{@code
 * @Asset
 * public static String usesApi(@Resource("api") ApiClient api) { return api.fetch("/x"); }
 * }</pre>
 *
 * <p>A missing resource, or one that is not of the parameter's type, fails the step with a message
 * naming the resource key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Resource {
    /** The resource key. */
    String value();
}
