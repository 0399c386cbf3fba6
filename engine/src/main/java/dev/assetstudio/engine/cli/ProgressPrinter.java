package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.history.StepAttempts;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepRetried;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.run.event.StepWaiting;
import dev.assetstudio.engine.text.Durations;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a run's progress on stderr while it runs.
 *
 * <p>On a terminal, one line rewritten in place: {@code [#######-----] 12/40 steps · 2 running · 1
 * failed · 3.2s} (and {@code · 5 waiting for a worker} while cluster steps wait for a thread), with
 * failures (and, verbose, log lines) printed above it. Otherwise one line per
 * finished step: {@code ✓ sugaryCereals 12 ms}, {@code ✗ x failed in compute: …}, {@code ↷ y skipped
 * (upstream x failed)}. A step that waits for a cluster worker says so in a {@code wait} line, once per
 * reason.
 *
 * <p>Events arrive on the run's worker threads; they are handed to one printing thread, so that
 * workers never wait for the terminal. {@link #close()} prints what is still queued.
 */
final class ProgressPrinter implements RunListener, AutoCloseable {
    private static final int BAR_WIDTH = 20;

    private final PrintStream err;
    private final boolean live;
    private final boolean verbose;
    private final Format.Symbols symbols;
    private final ExecutorService printer = Executors.newSingleThreadExecutor(daemon("asset-studio-progress"));
    private final ScheduledExecutorService ticker;

    // touched on the printing thread only
    private final Set<StepKey> running = new HashSet<>();
    private final Set<StepKey> waiting = new HashSet<>();
    private String lastWaitReason;
    private final Map<StepKey, Failure> failures = new LinkedHashMap<>();
    private long startNanos = System.nanoTime();
    private int total;
    private int finished;
    private int lineLength;

    /** A failed step: the phase it failed in and its one-line message. */
    record Failure(String phase, String message) {}

    ProgressPrinter(PrintStream err, boolean live, boolean verbose, Format.Symbols symbols) {
        this.err = err;
        this.live = live;
        this.verbose = verbose;
        this.symbols = symbols;
        if (live) {
            ticker = Executors.newSingleThreadScheduledExecutor(daemon("asset-studio-progress-tick"));
            ticker.scheduleAtFixedRate(() -> printer.execute(this::redraw), 200, 200, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public void onEvent(RunEvent event) {
        try {
            printer.execute(() -> handle(event));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed: the run's last events after the summary, nothing to show
        }
    }

    private void handle(RunEvent event) {
        if (event instanceof RunStarted started) {
            total = started.steps().size();
            startNanos = System.nanoTime();
        } else if (event instanceof StepWaiting w) {
            // a retry that waits for another worker is no longer running until it starts again
            running.remove(w.step());
            waiting.add(w.step());
            // said when the reason changes, not once per step: a wide run may queue dozens at once
            if (!w.reason().equals(lastWaitReason)) {
                lastWaitReason = w.reason();
                println("wait " + w.step() + ": " + w.reason());
            }
        } else if (event instanceof StepStarted s) {
            waiting.remove(s.step());
            running.add(s.step());
        } else if (event instanceof StepSucceeded s) {
            finish(s.step());
            if (!live) {
                println(
                        s.materialized()
                                ? symbols.ok() + " " + s.step() + " " + Durations.format(s.duration())
                                : symbols.notMaterialized() + " " + s.step() + " not materialized (no output) "
                                        + Durations.format(s.duration()));
            }
        } else if (event instanceof StepFailed f) {
            finish(f.step());
            Failure failure = new Failure(f.phase(), Format.firstLine(f.message()));
            failures.put(f.step(), failure);
            println(failureLine(symbols, f.step(), failure));
        } else if (event instanceof StepSkipped s) {
            finish(s.step());
            if (!live) {
                println(symbols.skipped() + " " + s.step() + " skipped"
                        + (s.reason() == null ? "" : " (" + s.reason() + ")"));
            }
        } else if (event instanceof StepCanceled c) {
            finish(c.step());
            if (!live) {
                println(symbols.canceled() + " " + c.step() + " canceled");
            }
        } else if (event instanceof StepRetried r) {
            // always said, live or not: the step goes on, but an attempt (and a worker) was lost
            println("retry " + r.step() + ": " + StepAttempts.retryWords(r.attempt(), r.cause()));
        } else if (event instanceof LogLine l && verbose) {
            println("  [" + l.step() + "] " + l.level() + " " + l.message());
        }
        redraw();
    }

    private void finish(StepKey step) {
        running.remove(step);
        waiting.remove(step);
        finished++;
    }

    /**
     * {@code ✗ asset x failed in compute: IllegalStateException: boom}: the engine's message when it
     * already names the step, else one built from the step, phase and message.
     */
    static String failureLine(Format.Symbols symbols, StepKey step, Failure failure) {
        String message = failure.message();
        if (message.startsWith("asset " + step + " failed") || message.startsWith("step " + step + " failed")) {
            return symbols.failed() + " " + message;
        }
        String phase = failure.phase() == null
                ? ""
                : " in " + failure.phase().toLowerCase(Locale.ROOT).replace('_', ' ');
        return symbols.failed() + " " + step + " failed" + phase + ": " + failure.message();
    }

    /** A permanent line; on a terminal above the progress line. */
    private void println(String line) {
        if (live) {
            clearLine();
        }
        err.println(line);
    }

    private void redraw() {
        if (!live || total == 0) {
            return;
        }
        int filled = total == 0 ? 0 : (int) ((long) finished * BAR_WIDTH / total);
        String dot = " " + symbols.dot() + " ";
        String line = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + finished + "/" + total
                + " steps" + dot + running.size() + " running"
                + (waiting.isEmpty() ? "" : dot + waiting.size() + " waiting for a worker") + dot + failures.size()
                + " failed" + dot
                + Durations.format(Duration.ofNanos(System.nanoTime() - startNanos));
        int pad = Math.max(0, lineLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lineLength = line.length();
    }

    private void clearLine() {
        if (lineLength > 0) {
            err.print("\r" + " ".repeat(lineLength) + "\r");
            lineLength = 0;
        }
    }

    /** The failures seen so far, by step; call after {@link #close()}. */
    Map<StepKey, Failure> failures() {
        return failures;
    }

    /** Prints what is queued and ends the progress line. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        printer.execute(() -> {
            if (live && lineLength > 0) {
                redraw();
                err.println();
                lineLength = 0;
            }
            err.flush();
        });
        printer.shutdown();
        try {
            if (!printer.awaitTermination(5, TimeUnit.SECONDS)) {
                printer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
