package dev.assetstudio.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The latest-wins guard, driven step by step: work and FX callbacks run only when the test says so. */
class LatestRequestsTest {

    /** Work waits here until the test runs it, in any order it likes. */
    private final List<Runnable> work = new ArrayList<>();
    /** FX callbacks wait here, in order. */
    private final Deque<Runnable> fx = new ArrayDeque<>();

    private final BackgroundTasks tasks = new BackgroundTasks(work::add, fx::add);
    private final List<String> calls = new ArrayList<>();

    @Test
    void theLatestRequestWinsWhicheverFinishesFirst() {
        var requests = new LatestRequests(tasks);
        start(requests, "old");
        start(requests, "new");

        runWork(1); // the newer one finishes first
        runWork(0); // the older one arrives last

        assertEquals(List.of("success new", "finally new", "always new", "dropped old", "always old"), calls);
    }

    @Test
    void aResultForAnotherProjectIsDropped() {
        var project = new AtomicReference<Object>("first.jar");
        var requests = new LatestRequests(tasks, project::get);
        start(requests, "read");

        project.set("second.jar"); // the project was replaced while the read ran
        runWork(0);

        assertEquals(List.of("dropped read", "always read"), calls);
    }

    @Test
    void aFailureOfTheLatestRequestIsDeliveredAndAStaleOneIsNot() {
        var requests = new LatestRequests(tasks);
        List<Throwable> failures = new ArrayList<>();
        requests.run(() -> {
                    throw new IllegalStateException("stale failure");
                })
                .onFailure(failures::add)
                .start();
        requests.run(() -> {
                    throw new IllegalStateException("history is unreadable");
                })
                .onFailure(failures::add)
                .start();

        runWork(0);
        runWork(1);

        assertEquals(1, failures.size());
        assertEquals("history is unreadable", failures.get(0).getMessage());
    }

    @Test
    void anUnhandledFailureGoesToTheThreadsHandler() {
        var requests = new LatestRequests(tasks);
        requests.run(() -> {
                    throw new IllegalStateException("nobody listens");
                })
                .start();
        runWorkOnly(0);

        List<Throwable> uncaught = new ArrayList<>();
        Thread current = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = current.getUncaughtExceptionHandler();
        current.setUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
        try {
            drainFx();
        } finally {
            current.setUncaughtExceptionHandler(previous);
        }
        assertEquals(1, uncaught.size());
        assertInstanceOf(IllegalStateException.class, uncaught.get(0));
    }

    @Test
    void dropUnderWayMakesTheRequestUnderWayStale() {
        var requests = new LatestRequests(tasks);
        start(requests, "layout");
        requests.dropUnderWay();
        runWork(0);
        assertEquals(List.of("dropped layout", "always layout"), calls);
    }

    @Test
    void aFollowUpRequestGoesStaleWithTheRequestItFollows() {
        var requests = new LatestRequests(tasks);
        start(requests, "page 1");
        runWork(0);
        requests.runAlongside(() -> "page 2")
                .onSuccess(result -> calls.add("success " + result))
                .onDropped(result -> calls.add("dropped " + result))
                .start();
        start(requests, "other asset"); // a newer query: the follow-up is moot
        runWork(1);
        runWork(2);

        assertEquals(
                List.of(
                        "success page 1",
                        "finally page 1",
                        "always page 1",
                        "dropped page 2",
                        "success other asset",
                        "finally other asset",
                        "always other asset"),
                calls);
    }

    @Test
    void whenIdleRunsOnceAfterTheRequestsUnderWay() {
        var requests = new LatestRequests(tasks);
        start(requests, "first");
        requests.whenIdle(() -> start(requests, "second"));
        requests.whenIdle(() -> start(requests, "third")); // folds into one: the last one given
        assertTrue(requests.isBusy());
        assertEquals(1, work.size(), "nothing else starts while a request is under way");

        runWork(0);

        assertEquals(2, work.size(), "one more request started when the first was done");
        runWork(1);
        assertFalse(requests.isBusy());
        assertEquals(
                List.of(
                        "success first",
                        "finally first",
                        "always first",
                        "success third",
                        "finally third",
                        "always third"),
                calls);
    }

    @Test
    void whenIdleRunsAtOnceWhenNothingIsUnderWay() {
        var requests = new LatestRequests(tasks);
        requests.whenIdle(() -> start(requests, "now"));
        assertEquals(1, work.size());
    }

    @Test
    void theFutureCompletesWithTheResult() throws Exception {
        var requests = new LatestRequests(tasks);
        var future = requests.run(() -> "value").start();
        runWork(0);
        assertTrue(future.isDone());
        assertSame("value", future.get());
    }

    private void start(LatestRequests requests, String name) {
        requests.run(() -> name)
                .onSuccess(result -> calls.add("success " + result))
                .onFailure(failure -> calls.add("failure " + name))
                .onFinally(() -> calls.add("finally " + name))
                .onDropped(result -> calls.add("dropped " + result))
                .always(() -> calls.add("always " + name))
                .start();
    }

    /** Runs the {@code index}th work item started, then delivers its callbacks. */
    private void runWork(int index) {
        runWorkOnly(index);
        drainFx();
    }

    private void runWorkOnly(int index) {
        Runnable item = work.set(index, () -> {
            throw new AssertionError("work " + index + " ran twice");
        });
        item.run();
    }

    private void drainFx() {
        for (Runnable next; (next = fx.poll()) != null; ) {
            next.run();
        }
    }
}
