package dev.assetstudio.engine.backfill;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A backfill going on in this process: its id, how to cancel it, and its end.
 *
 * <pre>{@code
 * BackfillHandle h = project.launchBackfill(request);
 * h.cancel();
 * h.await().status(); // CANCELED
 * }</pre>
 */
public interface BackfillHandle {
    /** The backfill's id. */
    String id();

    /** The id of the run now going for it. */
    String runId();

    /** Asks its run to stop; steps that finished keep their materializations. */
    void cancel();

    /** Completes with the backfill as it ended. */
    CompletableFuture<Backfill> result();

    /** Waits for the end. */
    default Backfill await() {
        try {
            return result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for backfill " + id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("backfill " + id() + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** Waits at most {@code timeout}; empty if it has not ended by then. */
    default Optional<Backfill> await(Duration timeout) {
        try {
            return Optional.of(result().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("backfill " + id() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
