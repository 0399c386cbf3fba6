package dev.assetstudio.app.screenshot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Saves a picture of a scene once it is ready, for {@code --screenshot=PATH}, docs and visual checks.
 *
 * <p>"Ready" means: the window is showing, a few pulses have passed (so CSS and layout are applied) and every
 * condition given to {@link #whenReady} holds, e.g. the graph has been laid out and drawn:
 *
 * <pre>{@code
 * screenshots.whenReady(graphView::isDrawn);
 * }</pre>
 *
 * If the conditions do not hold within the timeout, the picture is taken anyway and a warning printed, so a
 * scripted run never hangs.
 */
public final class ScreenshotTaker {

    /** Pulses to wait after the conditions hold, so that the last layout and CSS pass are on screen. */
    private static final int SETTLE_PULSES = 3;

    private final List<BooleanSupplier> conditions = new CopyOnWriteArrayList<>();
    private final Duration timeout;

    public ScreenshotTaker(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
    }

    /** Waits also for {@code ready} before taking the picture. Call before {@link #capture}. */
    public void whenReady(BooleanSupplier ready) {
        conditions.add(Objects.requireNonNull(ready));
    }

    /**
     * Once the scene is ready, writes it as PNG to {@code target} and calls {@code done} with null, or with the
     * failure. Call on the FX thread after the stage is shown.
     */
    public void capture(Scene scene, Path target, Consumer<Throwable> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        new AnimationTimer() {
            private int settled;

            @Override
            public void handle(long now) {
                boolean ready = scene.getWindow() != null
                        && scene.getWindow().isShowing()
                        && conditions.stream().allMatch(BooleanSupplier::getAsBoolean);
                boolean late = System.nanoTime() > deadline;
                settled = ready ? settled + 1 : 0;
                if (settled < SETTLE_PULSES && !late) {
                    return;
                }
                stop();
                if (late && !ready) {
                    System.err.println("Screenshot: not ready after " + timeout.toSeconds() + " s, taking it anyway");
                }
                try {
                    PngWriter.write(scene.snapshot(null), target);
                    done.accept(null);
                } catch (Exception | Error failure) {
                    done.accept(failure);
                }
            }
        }.start();
    }
}
