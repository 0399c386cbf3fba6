package dev.assetstudio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepRetried;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepWaiting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live progress line counts each step once: running, or waiting for a worker. */
class ProgressPrinterTest {
    private static final String RUN = "run-1";

    @Test
    void aRetryThatWaitsForAWorkerCountsAsWaitingNotAlsoAsRunning() {
        StepKey a = StepKey.of(AssetKey.of("a"));
        StepKey b = StepKey.of(AssetKey.of("b"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Instant now = Instant.now();
        try (ProgressPrinter printer = new ProgressPrinter(err, true, false, Format.Symbols.UNICODE)) {
            printer.onEvent(new RunStarted(RUN, now, List.of(a, b), "*"));
            printer.onEvent(new StepStarted(RUN, now, a));
            printer.onEvent(new StepStarted(RUN, now, b));
            printer.onEvent(new StepRetried(RUN, now, a, 2, "worker w1 left mid-step"));
            printer.onEvent(new StepWaiting(RUN, now, a, "waiting for a worker: every thread is busy"));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        String[] redraws = out.split("\r");
        String last = "";
        for (String r : redraws) {
            if (r.startsWith("[")) {
                last = r;
            }
        }
        assertTrue(
                last.contains("0/2 steps \u00b7 1 running \u00b7 1 waiting for a worker \u00b7 0 failed"),
                "b runs, a waits for another worker: " + out);
    }
}
