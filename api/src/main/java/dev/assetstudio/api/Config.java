package dev.assetstudio.api;

/**
 * Marks a record that holds an asset's run configuration; an asset parameter of such a type is
 * filled from the run's config for that asset.
 *
 * <pre>{@code
 * public record ApiConfig(String apiEndpoint) implements Config {}
 *
 * @Asset
 * public static String fetch(ApiConfig config) { return config.apiEndpoint(); }
 * }</pre>
 */
public interface Config {}
