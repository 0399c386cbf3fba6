package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How steps get the workers' threads: a freed thread goes to the step that has waited longest,
 * handed over by the release itself (no poll, no wake-up race), to the least busy worker; a worker
 * that joins takes waiting steps; a canceled step's claim gives its place or its thread back.
 */
class WorkerSlotsTest {
    private record Worker(String name, int threads) {}

    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final WorkerSlots<Worker> slots = new WorkerSlots<>(() -> workers, Worker::name, Worker::threads);

    @Test
    void aFreedThreadGoesAtOnceToTheStepThatWaitedLongest() {
        Worker only = new Worker("w1", 1);
        workers.add(only);
        WorkerSlots.Claim<Worker> first = slots.claim(() -> {});
        assertSame(only, first.granted.getNow(null), "a free thread is granted at once");

        List<WorkerSlots.Claim<Worker>> queued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queued.add(slots.claim(() -> {}));
        }
        assertEquals(6, slots.waiting());
        queued.forEach(c -> assertFalse(c.granted.isDone(), "every thread is busy"));

        for (int i = 0; i < queued.size(); i++) {
            slots.release(only);
            // granted by the time release returns: the waiting step needs no wake-up of its own
            assertTrue(queued.get(i).granted.isDone(), "claim " + i + " got the freed thread");
            for (int j = i + 1; j < queued.size(); j++) {
                assertFalse(queued.get(j).granted.isDone(), "claim " + j + " asked after " + i + " and waits");
            }
            assertEquals(1, slots.busy(only), "the freed thread is taken again, never twice");
        }
        assertEquals(0, slots.waiting());
        slots.release(only);
        assertEquals(0, slots.busy(only));
    }

    @Test
    void stepsGoToTheLeastBusyWorkerAndWaitOnlyWhenEveryThreadIsBusy() {
        Worker a = new Worker("a", 2);
        Worker b = new Worker("b", 2);
        workers.addAll(List.of(a, b));
        List<Worker> granted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            granted.add(slots.claim(() -> {}).granted.getNow(null));
        }
        assertEquals(2, granted.stream().filter(a::equals).count(), granted::toString);
        assertEquals(2, granted.stream().filter(b::equals).count(), granted::toString);

        WorkerSlots.Claim<Worker> fifth = slots.claim(() -> {});
        assertFalse(fifth.granted.isDone());
        slots.release(b);
        assertSame(b, fifth.granted.getNow(null), "the thread b freed");
        assertEquals(2, slots.busy(a));
        assertEquals(2, slots.busy(b));
    }

    @Test
    void aWorkerThatJoinsTakesTheWaitingStepsAndTheWaitIsSaidOnce() {
        AtomicInteger warnings = new AtomicInteger();
        WorkerSlots.Claim<Worker> c1 = slots.claim(warnings::incrementAndGet);
        WorkerSlots.Claim<Worker> c2 = slots.claim(warnings::incrementAndGet);
        WorkerSlots.Claim<Worker> c3 = slots.claim(warnings::incrementAndGet);
        assertEquals(3, warnings.get(), "each waiting step says once that there is no worker");
        slots.workersChanged();
        assertEquals(3, warnings.get(), "and only once");

        Worker joined = new Worker("late", 2);
        workers.add(joined);
        slots.workersChanged();
        assertSame(joined, c1.granted.getNow(null));
        assertSame(joined, c2.granted.getNow(null));
        assertFalse(c3.granted.isDone(), "the joined worker has two threads");

        workers.clear();
        slots.workersChanged();
        assertEquals(3, warnings.get(), "a claim that already said it waits does not say it again");
    }

    @Test
    void aCanceledClaimLeavesTheQueueOrGivesItsThreadBack() {
        Worker only = new Worker("w1", 1);
        workers.add(only);
        WorkerSlots.Claim<Worker> running = slots.claim(() -> {});
        WorkerSlots.Claim<Worker> canceled = slots.claim(() -> {});
        WorkerSlots.Claim<Worker> next = slots.claim(() -> {});

        slots.withdraw(canceled);
        assertEquals(1, slots.waiting());
        slots.release(running.granted.getNow(null));
        assertFalse(canceled.granted.isDone(), "a withdrawn claim is never granted");
        assertSame(only, next.granted.getNow(null));

        WorkerSlots.Claim<Worker> last = slots.claim(() -> {});
        slots.withdraw(next); // granted, then its step was canceled: the thread is given back
        assertSame(only, last.granted.getNow(null));
        assertEquals(1, slots.busy(only));
    }

    @Test
    void aWorkerQueuesAStepOnlyWhileNoWorkerHasAFreeThread() {
        WorkerSlots<Worker> queuing = new WorkerSlots<>(() -> workers, Worker::name, Worker::threads, 1);
        Worker small = new Worker("small", 1);
        Worker big = new Worker("big", 3);
        workers.addAll(List.of(small, big));
        List<Worker> granted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            granted.add(queuing.claim(() -> {}).granted.getNow(null));
        }
        assertEquals(List.of(small, big, big, big), granted, "free threads first, the least busy worker first");
        assertEquals(1, queuing.busy(small));
        assertEquals(3, queuing.busy(big));

        // every thread is busy: the next steps wait in a worker's queue, one each, the least busy first
        assertSame(small, queuing.claim(() -> {}).granted.getNow(null));
        assertSame(big, queuing.claim(() -> {}).granted.getNow(null));
        WorkerSlots.Claim<Worker> waits = queuing.claim(() -> {});
        assertFalse(waits.granted.isDone(), "threads and queues are full: the step waits here");
        assertEquals(1, queuing.waiting());

        queuing.release(small);
        assertSame(small, waits.granted.getNow(null), "the freed place goes to the step that waited");
        assertEquals(2, queuing.busy(small));
    }
}
