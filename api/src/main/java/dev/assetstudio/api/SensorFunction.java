package dev.assetstudio.api;

/**
 * The body of a programmatic sensor ({@link SensorDefinition}).
 *
 * <pre>{@code
 * SensorFunction f = context -> SensorResult.skip("nothing new");
 * }</pre>
 */
@FunctionalInterface
public interface SensorFunction {
    /** Evaluates once; anything thrown fails the tick, which is recorded with the error. */
    SensorResult evaluate(SensorContext context) throws Exception;
}
