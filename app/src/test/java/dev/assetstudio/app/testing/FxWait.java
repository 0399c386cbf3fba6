package dev.assetstudio.app.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition the FX thread or a background task makes true; a timeout fails saying the state then. */
public final class FxWait {
    private FxWait() {}

    /**
     * Waits up to 30 s for {@code condition}, letting FX events run between tries.
     *
     * @param state read on a timeout, so the failure can show what was there instead
     */
    public static void until(Callable<Boolean> condition, Supplier<String> state) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; " + state.get(), e);
        }
    }
}
