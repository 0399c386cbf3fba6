package dev.assetstudio.engine.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The workers' free threads, handed to waiting steps first come, first served: a step that asks
 * while every thread is busy queues, and the thread that frees a slot (or a worker that joins) hands
 * it to the head of the queue at once, to the least busy worker. So a ready step never waits for a
 * poll or behind a step that became ready after it, the order the list schedule assumes. A worker
 * may also be given {@code queued} steps beyond its threads, only while no worker has a free thread:
 * they wait in that worker's own queue and start the moment one of its threads frees.
 *
 * @param <W> a worker
 */
final class WorkerSlots<W> {
    private final Supplier<List<W>> workers;
    private final Function<W, Object> id;
    private final ToIntFunction<W> threads;
    private final int queued;
    private final Map<Object, Integer> busy = new HashMap<>();
    private final Deque<Claim<W>> waiting = new ArrayDeque<>();

    /**
     * Slots of {@code workers} (asked again at each hand-out: workers come and go), told apart by
     * {@code id}, each running up to {@code threads} steps at once.
     */
    WorkerSlots(Supplier<List<W>> workers, Function<W, Object> id, ToIntFunction<W> threads) {
        this(workers, id, threads, 0);
    }

    /** As above, each worker also taking up to {@code queued} steps into its own queue when no thread is free. */
    WorkerSlots(Supplier<List<W>> workers, Function<W, Object> id, ToIntFunction<W> threads, int queued) {
        this.workers = workers;
        this.id = id;
        this.threads = threads;
        this.queued = queued;
    }

    /** One step's request for a slot: granted at once when one is free and nobody waits, else queued. */
    static final class Claim<W> {
        final CompletableFuture<W> granted = new CompletableFuture<>();
        private final Runnable onNoWorker;
        private boolean warned;

        private Claim(Runnable onNoWorker) {
            this.onNoWorker = onNoWorker;
        }
    }

    /**
     * Asks for a slot; {@code onNoWorker} runs once (on the calling thread or the one that saw the
     * last worker go) if the claim has to wait while there is no worker at all.
     */
    Claim<W> claim(Runnable onNoWorker) {
        Claim<W> claim = new Claim<>(onNoWorker);
        List<Runnable> warnings;
        synchronized (this) {
            waiting.addLast(claim);
            warnings = dispatch();
        }
        warnings.forEach(Runnable::run);
        return claim;
    }

    /** Frees a slot of {@code worker} and hands it (or another free one) to the longest waiting claim. */
    void release(W worker) {
        List<Runnable> warnings;
        synchronized (this) {
            busy.computeIfPresent(id.apply(worker), (k, n) -> n <= 1 ? null : n - 1);
            warnings = dispatch();
        }
        warnings.forEach(Runnable::run);
    }

    /** Workers joined or left: waiting claims get what is free now. */
    void workersChanged() {
        List<Runnable> warnings;
        synchronized (this) {
            warnings = dispatch();
        }
        warnings.forEach(Runnable::run);
    }

    /**
     * Withdraws {@code claim} (its step was canceled): it leaves the queue, or gives its slot back
     * if it had been granted meanwhile.
     */
    void withdraw(Claim<W> claim) {
        W granted;
        synchronized (this) {
            if (waiting.remove(claim)) {
                return;
            }
            granted = claim.granted.getNow(null);
        }
        if (granted != null) {
            release(granted);
        }
    }

    /** Claims still waiting for a slot. */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Steps {@code worker} runs now, as handed out here. */
    synchronized int busy(W worker) {
        return busy.getOrDefault(id.apply(worker), 0);
    }

    /** Under lock: the least busy worker running fewer than its threads plus {@code extra} steps, or null. */
    private W leastBusy(List<W> now, int extra) {
        W least = null;
        int leastBusy = Integer.MAX_VALUE;
        for (W w : now) {
            int n = busy.getOrDefault(id.apply(w), 0);
            int limit = threads.applyAsInt(w);
            if (n - extra < limit && n < leastBusy) {
                least = w;
                leastBusy = n;
            }
        }
        return least;
    }

    /** Under lock: grants free slots to the queue's head, in order; gives the warnings to run after. */
    private List<Runnable> dispatch() {
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<W> now = workers.get();
        while (!waiting.isEmpty()) {
            W least = leastBusy(now, 0);
            if (least == null && queued > 0) {
                least = leastBusy(now, queued);
            }
            if (least == null) {
                break;
            }
            busy.merge(id.apply(least), 1, Integer::sum);
            waiting.pollFirst().granted.complete(least);
        }
        if (!now.isEmpty() || waiting.isEmpty()) {
            return List.of();
        }
        List<Runnable> warnings = new ArrayList<>();
        for (Claim<W> c : waiting) {
            if (!c.warned) {
                c.warned = true;
                warnings.add(c.onNoWorker);
            }
        }
        return warnings;
    }
}
