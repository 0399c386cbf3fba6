package dev.assetstudio.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.run.event.StepSucceeded;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run the user cancels is recorded CANCELED and keeps what it finished. */
class CancelRunTest {
    @TempDir
    Path dir;

    @Test
    void canceledRunIsRecordedCanceledAndKeepsFinishedMaterializations() throws Exception {
        StringBuilder body = new StringBuilder("public final class Slow {\n");
        for (int i = 0; i < 20; i++) {
            body.append("  @Asset public static String s_%d() throws Exception { Thread.sleep(60); return \"v%d\"; }\n"
                    .formatted(i, i));
        }
        Path jar = Fixtures.jar(dir, "Slow", body.append("}\n").toString());
        try (Project project = Project.open(jar, Fixtures.options(dir.resolve("home"), 2))) {
            CountDownLatch three = new CountDownLatch(3);
            RunHandle handle = project.submit(AssetSelection.all(), RunRequest.empty(), e -> {
                if (e instanceof Materialized) {
                    three.countDown();
                }
            });
            assertTrue(three.await(30, TimeUnit.SECONDS));
            handle.cancel();
            RunResult result = handle.await(Duration.ofSeconds(30)).orElseThrow();

            assertEquals(RunStatus.CANCELED, result.runStatus());
            project.historyStore().flush();
            RunRecord run = project.history().run(handle.runId()).orElseThrow();
            assertEquals(RunStatus.CANCELED, run.status());

            long succeeded = result.statuses().values().stream()
                    .filter(s -> s == StepStatus.SUCCEEDED)
                    .count();
            long canceled = result.statuses().values().stream()
                    .filter(s -> s == StepStatus.CANCELED)
                    .count();
            assertTrue(succeeded >= 3 && canceled >= 1 && succeeded + canceled == 20, result.statuses()::toString);
            Path db = project.options().historyDatabase();
            assertEquals(
                    succeeded,
                    Fixtures.count(
                            db, "SELECT count(*) FROM materializations WHERE run_id = '" + handle.runId() + "'"));
            for (Map.Entry<StepKey, StepStatus> e : result.statuses().entrySet()) {
                AssetKey key = e.getKey().asset();
                if (e.getValue() == StepStatus.SUCCEEDED) {
                    assertEquals("v" + key.name().substring(2), project.loadAssetValue(key));
                    assertEquals(
                            handle.runId(),
                            project.history()
                                    .latestMaterialization(key)
                                    .orElseThrow()
                                    .runId());
                } else {
                    assertTrue(project.history().latestMaterialization(key).isEmpty(), key::toString);
                }
            }
            assertTrue(Fixtures.files(project.options().storage()).stream().noneMatch(f -> f.endsWith(".tmp")));
        }
    }

    /**
     * Cancel at the moment a step has finished its work but is not yet marked done (here: from a
     * listener of its success). That step must end once, SUCCEEDED, not also CANCELED, and the run
     * must not finish before the steps still running.
     */
    @Test
    void cancelWhileAStepReportsItsSuccessCountsEveryStepOnce() throws Exception {
        Path jar = Fixtures.jar(
                dir,
                "Steps",
                """
                public final class Steps {
                    @Asset public static String first() throws Exception { Thread.sleep(200); return "first"; }
                    @Asset public static String second() throws Exception { Thread.sleep(600); return "second"; }
                }
                """);
        try (Project project = Project.open(jar, Fixtures.options(dir.resolve("home"), 2))) {
            AtomicReference<RunHandle> handle = new AtomicReference<>();
            CountDownLatch submitted = new CountDownLatch(1);
            handle.set(project.submit(AssetSelection.all(), RunRequest.empty(), e -> {
                if (e instanceof StepSucceeded s && s.step().asset().equals(AssetKey.of("first"))) {
                    try {
                        submitted.await();
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                    }
                    handle.get().cancel();
                }
            }));
            submitted.countDown();
            RunResult result = handle.get().await(Duration.ofSeconds(30)).orElseThrow();

            assertEquals(RunStatus.CANCELED, result.runStatus());
            assertEquals(StepStatus.SUCCEEDED, result.status(AssetKey.of("first")), result.statuses()::toString);
            assertEquals(StepStatus.CANCELED, result.status(AssetKey.of("second")), result.statuses()::toString);
            project.historyStore().flush();
            Map<String, Long> terminal = project
                    .history()
                    .stepEvents(handle.get().runId())
                    .stream()
                    .filter(e -> e.type().isTerminal())
                    .collect(Collectors.groupingBy(
                            e -> e.assetKey() + " " + e.type().storedName(), Collectors.counting()));
            assertEquals(Map.of("first STEP_SUCCEEDED", 1L, "second STEP_CANCELED", 1L), terminal);
            assertEquals("first", project.loadAssetValue(AssetKey.of("first")));
        }
    }
}
