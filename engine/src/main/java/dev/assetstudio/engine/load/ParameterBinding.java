package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetKey;

/**
 * What one parameter of an {@code @Asset} method receives, decided at load time so that a run only
 * looks values up.
 */
sealed interface ParameterBinding {

    /** The step's {@code AssetContext}. */
    record Context() implements ParameterBinding {}

    /** The run's config record for the asset. */
    record Config(Class<?> type) implements ParameterBinding {}

    /** A resource from the definitions, by key. */
    record Resource(String key) implements ParameterBinding {}

    /** The loaded value of an upstream asset. */
    record Input(AssetKey key) implements ParameterBinding {}
}
