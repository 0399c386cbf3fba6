package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasks and results cross the wire in the cluster's own format (not Java serialization) and
 * arrive whole, absent fields included.
 */
class StepSerializersTest {
    private final InternalSerializationService serialization = service();

    private static InternalSerializationService service() {
        SerializationConfig config = new SerializationConfig();
        StepSerializers.register(config);
        return (InternalSerializationService)
                new DefaultSerializationServiceBuilder().setConfig(config).build();
    }

    @Test
    void aTaskArrivesWhole() {
        StepTask task = new StepTask(
                "abc123",
                "project.jar",
                "/shared/storage",
                "run-1",
                "sales/daily",
                "2026-12-03",
                Map.of("orders", List.of("2026-12-02", "2026-12-03"), "prices", List.of()),
                "{\"limit\":3}",
                List.of("not_empty", "fresh"),
                true,
                "task-7",
                "asset-studio.logs.x");
        Data data = serialization.toData(task);
        assertEquals(new StepSerializers.TaskSerializer().getTypeId(), data.getType(), "not Java serialization");
        StepTask back = serialization.toObject(data);
        assertEquals(task.checksum, back.checksum);
        assertEquals(task.jarName, back.jarName);
        assertEquals(task.storage, back.storage);
        assertEquals(task.runId, back.runId);
        assertEquals(task.asset, back.asset);
        assertEquals(task.partition, back.partition);
        assertEquals(task.inputPartitions, back.inputPartitions);
        assertEquals(task.configJson, back.configJson);
        assertEquals(task.checks, back.checks);
        assertEquals(task.checksOnly, back.checksOnly);
        assertEquals(task.taskId, back.taskId);
        assertEquals(task.logTopic, back.logTopic);
    }

    @Test
    void aTaskWithoutPartitionConfigOrLogTopicArrivesSo() {
        StepTask task =
                new StepTask("abc", "p.jar", "/s", "run-2", "a", null, Map.of(), null, List.of(), false, "t", null);
        StepTask back = serialization.toObject(serialization.toData(task));
        assertNull(back.partition);
        assertNull(back.configJson);
        assertNull(back.logTopic);
        assertEquals(Map.of(), back.inputPartitions);
        assertEquals(List.of(), back.checks);
    }

    @Test
    void aResultArrivesWhole() {
        StepResult failed = new StepResult(
                "123@127.0.0.1:5701",
                "FAILED",
                "{}",
                "USER_CODE",
                "boom",
                "java.lang.IllegalStateException: boom\n\tat X",
                null,
                List.of("INFO", "WARN"),
                List.of("started", "almost"),
                new WorkerTimes(1, 2, 3, 4, 5, 6, 7, 8));
        Data data = serialization.toData(failed);
        assertEquals(new StepSerializers.ResultSerializer().getTypeId(), data.getType(), "not Java serialization");
        assertEquals(failed, serialization.toObject(data));

        StepResult succeeded = new StepResult(
                "w", "SUCCEEDED", "{\"rows\":3}", null, null, null, "[]", List.of(), List.of(), WorkerTimes.NONE);
        assertEquals(succeeded, serialization.toObject(serialization.toData(succeeded)));
    }

    @Test
    void thePanelsQuestionsAndAnswersAreNotJavaSerialization() {
        Data running = serialization.toData(new RunningStepsQuery());
        Data kept = serialization.toData(new KeptRunsQuery());
        assertEquals(7_303, running.getType(), "not Java serialization");
        assertEquals(7_304, kept.getType(), "not Java serialization");
        assertEquals(RunningStepsQuery.class, serialization.toObject(running).getClass());
        assertEquals(KeptRunsQuery.class, serialization.toObject(kept).getClass());

        RunningStep step = new RunningStep("12@127.0.0.1:5701", "uuid-1", "run-3", "sales/daily", "2026-12-03", 1234L);
        Data data = serialization.toData(step);
        assertEquals(7_305, data.getType(), "not Java serialization");
        assertEquals(step, serialization.toObject(data));
        RunningStep unpartitioned = new RunningStep("w", "u", "r", "a", null, 0L);
        assertEquals(unpartitioned, serialization.toObject(serialization.toData(unpartitioned)));
        // the answer, a list of them, keeps the elements in the same format
        java.util.ArrayList<RunningStep> answer = new java.util.ArrayList<>(List.of(step, unpartitioned));
        assertEquals(answer, serialization.toObject(serialization.toData(answer)));
    }
}
