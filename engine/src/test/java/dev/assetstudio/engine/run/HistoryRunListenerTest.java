package dev.assetstudio.engine.run;

import static dev.assetstudio.engine.run.TestProject.asset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.InMemoryIOManager;
import dev.assetstudio.api.Output;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRunListenerTest {
    @TempDir
    Path home;

    /** Keeps each call as one line of text. */
    static final class RecordingSink implements HistorySink {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void runStarted(
                String runId,
                Instant time,
                String selection,
                List<String> stepKeys,
                java.util.Map<String, java.util.Map<String, Object>> config) {
            calls.add("runStarted " + selection + " " + stepKeys + (config.isEmpty() ? "" : " " + config));
        }

        @Override
        public void flush() {
            calls.add("flush");
        }

        @Override
        public void runFinished(String runId, Instant time, RunStatus status) {
            calls.add("runFinished " + status);
        }

        @Override
        public void stepEvent(
                String runId, String assetKey, String partition, StepEventType type, Instant time, String message) {
            calls.add(type.storedName() + " " + assetKey
                    + (message == null ? "" : " " + message.lines().findFirst().orElse("")));
        }

        @Override
        public void logLine(
                String runId, String assetKey, String partition, String level, Instant time, String message) {
            calls.add("log " + assetKey + " " + level + " " + message);
        }

        @Override
        public void materialization(
                String runId,
                String assetKey,
                String partition,
                Instant time,
                long durationMillis,
                String codeVersion,
                Map<String, Object> metadata) {
            calls.add("materialization " + assetKey + " v" + codeVersion + " " + metadata);
        }

        @Override
        public void checkEvaluation(
                String runId,
                String assetKey,
                String partition,
                String checkName,
                Instant time,
                boolean passed,
                String severity,
                boolean blocking,
                String description,
                Map<String, Object> metadata) {
            calls.add("check " + assetKey + "/" + checkName + " " + (passed ? "passed" : "failed " + severity));
        }
    }

    @Test
    void recordsEveryEventThroughThePlainWriteApi() {
        RecordingSink sink = new RecordingSink();
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("a", (ctx, in, cfg) -> {
                            ctx.log().warn("careful");
                            return Output.of(1).withMetadata("rows", 1);
                        })
                        .codeVersion("3"))
                .add(asset(
                        "b",
                        (ctx, in, cfg) -> {
                            throw new IllegalStateException("bad");
                        },
                        "a"))
                .add(asset("c", (ctx, in, cfg) -> 1, "b"));

        RunResult result =
                project.run(home, RunRequest.empty(), 1, List.of(new HistoryRunListener(sink)), "a", "b", "c");

        assertEquals(
                List.of(
                        "runStarted a,b,c [a, b, c]",
                        "STEP_STARTED a",
                        "log a WARN careful",
                        "materialization a v3 {rows=1}",
                        "STEP_SUCCEEDED a",
                        "STEP_STARTED b",
                        "STEP_FAILED b asset b failed in compute: IllegalStateException: bad",
                        "STEP_SKIPPED c upstream b failed",
                        "runFinished FAILED",
                        "flush"),
                sink.calls);
        assertTrue(result.failures().containsKey(StepKey.parse("b")));
    }
}
