package dev.assetstudio.app.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition the FX thread or a background task makes true; a timeout fails saying the state then. The one
 * wait of the app tests: a generous timeout (the build shares two cores with others), so a slow machine fails no test
 * that a quiet one passes.
 */
public final class FxWait {
    private static final long TIMEOUT_SECONDS = 60;

    private FxWait() {}

    /**
     * Waits for {@code condition}, letting FX events run between tries, then lets the FX events it caused run too.
     *
     * @param state read on a timeout, so the failure can show what was there instead
     */
    public static void until(Callable<Boolean> condition, Supplier<String> state) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; " + state.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for {@code condition} as {@link #until(Callable, Supplier)}; {@code what} names it on a timeout. */
    public static void until(Callable<Boolean> condition, String what) throws Exception {
        until(condition, () -> what);
    }

    /**
     * Waits for {@code condition} read on the FX thread, for state only the FX thread may read (a scene's nodes, lists
     * the FX thread changes); {@code state} is read there too.
     */
    public static void onFx(Callable<Boolean> condition, Supplier<String> state) throws Exception {
        until(() -> Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get()), () -> {
            try {
                return WaitForAsyncUtils.asyncFx(state::get).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                return "(the state could not be read: " + e + ")";
            }
        });
    }

    /** Waits for {@code condition} read on the FX thread as {@link #onFx(Callable, Supplier)}; {@code what} names it. */
    public static void onFx(Callable<Boolean> condition, String what) throws Exception {
        onFx(condition, () -> what);
    }
}
