package dev.assetstudio.app.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Background requests of which only the latest counts: "read this off the FX thread, and show the result only if
 * nothing newer was asked meanwhile and the project is still the same one". One instance per kind of request (a
 * tab's query, a layout, a validation); all its state lives on the FX thread (or the thread a
 * {@link BackgroundTasks#synchronous()} delivers on), like JabRef's {@code DelayTaskThrottler}.
 *
 * <pre>{@code
 * private final LatestRequests layouts = session.latestRequests();
 *
 * layouts.run(() -> compute(project))
 *         .onSuccess(this::publish)            // only for the latest request, same project
 *         .onFailure(this::tellTheUser)        // likewise; unhandled failures go to the thread's handler
 *         .start();
 * }</pre>
 *
 * <p>A request is <em>current</em> while no newer one was {@linkplain #run started} (nor {@link #dropUnderWay()}
 * called) and the {@linkplain #LatestRequests(BackgroundTasks, Supplier) scope} still answers the object it answered
 * when the request started. Only a current request's callbacks run; a result that comes too late goes to
 * {@link BackgroundTask#onDropped} (to close what it opened), and {@link BackgroundTask#always} runs either way.
 */
public final class LatestRequests {

    private final BackgroundTasks tasks;
    private final Supplier<?> scope;
    private long latest;
    private int underWay;
    private Runnable whenIdle;

    /** Requests whose results count while they are the latest one and {@code scope} answers the same object. */
    public LatestRequests(BackgroundTasks tasks, Supplier<?> scope) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** Requests whose results count while they are the latest one. */
    public LatestRequests(BackgroundTasks tasks) {
        this(tasks, () -> null);
    }

    /** A request computing {@code work} that makes every request started before it stale; configure, then start. */
    public <T> BackgroundTask<T> run(Callable<T> work) {
        return request(++latest, work);
    }

    /**
     * A follow-up request (the next page of what the latest request read) that leaves the latest request current
     * but goes stale with it when a newer one starts.
     */
    public <T> BackgroundTask<T> runAlongside(Callable<T> work) {
        return request(latest, work);
    }

    /** Makes every request under way stale (the project went away, the view closed). */
    public void dropUnderWay() {
        latest++;
    }

    /** Whether a request of this instance is under way (stale ones included). */
    public boolean isBusy() {
        return underWay > 0;
    }

    /**
     * Runs {@code start} now if no request is under way; otherwise once, when the ones under way are done. Calls
     * made meanwhile fold into that one (the last {@code start} given wins), so a burst of refresh triggers reads
     * one at a time and ends with a read that saw them all.
     */
    public void whenIdle(Runnable start) {
        Objects.requireNonNull(start, "start");
        if (underWay == 0) {
            start.run();
        } else {
            whenIdle = start;
        }
    }

    private <T> BackgroundTask<T> request(long ticket, Callable<T> work) {
        Object scopeAtStart = scope.get();
        return tasks.run(work)
                .deliverWhile(() -> ticket == latest && scope.get() == scopeAtStart, () -> underWay++, this::finished);
    }

    private void finished() {
        underWay--;
        if (underWay == 0 && whenIdle != null) {
            Runnable next = whenIdle;
            whenIdle = null;
            next.run();
        }
    }
}
