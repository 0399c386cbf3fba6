package dev.assetstudio.api;

/**
 * Contributes a project's definitions programmatically; list implementations in {@code
 * META-INF/services/dev.assetstudio.api.DefinitionsProvider}. A jar without that file is scanned for
 * {@link Asset} methods instead.
 *
 * <pre>{@code
 * public final class CerealDefinitions implements DefinitionsProvider {
 *     @Override public Definitions definitions() {
 *         return Definitions.builder().assets(CerealAssets.class).build();
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor ({@link java.util.ServiceLoader}).
 */
public interface DefinitionsProvider {
    /** The definitions this provider contributes. */
    Definitions definitions();
}
