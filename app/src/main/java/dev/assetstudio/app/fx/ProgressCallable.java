package dev.assetstudio.app.fx;

import java.util.function.Consumer;

/**
 * Background work that reports its progress. Calls to the reporter may be frequent; the FX thread only sees the
 * latest one.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ProgressCallable<T> {

    /** Does the work on a background thread, calling {@code progress} as it goes. */
    T call(Consumer<Progress> progress) throws Exception;
}
