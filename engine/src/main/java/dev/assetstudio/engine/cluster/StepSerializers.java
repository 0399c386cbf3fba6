package dev.assetstudio.engine.cluster;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.SerializerConfig;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link StepTask} and its {@link StepResult} cross the wire: their fields one after the
 * other, in Hazelcast's own format. Java serialization (their fallback) cost the coordinator more
 * CPU per step than anything else of the cluster's own: class descriptors written and resolved for
 * every task and result. The cluster panel's questions ({@link RunningStepsQuery}, {@link
 * KeptRunsQuery}, which carry no fields) and the {@link RunningStep}s answered travel the same way,
 * so nothing of ours depends on Java serialization. Registered on workers, coordinators and the
 * studio's monitor alike ({@link HazelcastConfigs}).
 */
final class StepSerializers {
    private static final int TASK_TYPE = 7_301;
    private static final int RESULT_TYPE = 7_302;
    private static final int RUNNING_STEPS_QUERY_TYPE = 7_303;
    private static final int KEPT_RUNS_QUERY_TYPE = 7_304;
    private static final int RUNNING_STEP_TYPE = 7_305;

    private StepSerializers() {}

    /** Adds the serializers of tasks and results to {@code config}. */
    static void register(SerializationConfig config) {
        config.addSerializerConfig(
                new SerializerConfig().setTypeClass(StepTask.class).setImplementation(new TaskSerializer()));
        config.addSerializerConfig(
                new SerializerConfig().setTypeClass(StepResult.class).setImplementation(new ResultSerializer()));
        config.addSerializerConfig(new SerializerConfig()
                .setTypeClass(RunningStepsQuery.class)
                .setImplementation(new QuerySerializer<>(RUNNING_STEPS_QUERY_TYPE, RunningStepsQuery::new)));
        config.addSerializerConfig(new SerializerConfig()
                .setTypeClass(KeptRunsQuery.class)
                .setImplementation(new QuerySerializer<>(KEPT_RUNS_QUERY_TYPE, KeptRunsQuery::new)));
        config.addSerializerConfig(
                new SerializerConfig().setTypeClass(RunningStep.class).setImplementation(new RunningStepSerializer()));
    }

    /** A question without fields: its type says it all, and the member makes a new one. */
    static final class QuerySerializer<Q extends WorkerQuery<?>> implements StreamSerializer<Q> {
        private final int type;
        private final java.util.function.Supplier<Q> make;

        QuerySerializer(int type, java.util.function.Supplier<Q> make) {
            this.type = type;
            this.make = make;
        }

        @Override
        public int getTypeId() {
            return type;
        }

        @Override
        public void write(ObjectDataOutput out, Q query) {
            // nothing: the type id is the question
        }

        @Override
        public Q read(ObjectDataInput in) {
            return make.get();
        }
    }

    static final class RunningStepSerializer implements StreamSerializer<RunningStep> {
        @Override
        public int getTypeId() {
            return RUNNING_STEP_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, RunningStep step) throws IOException {
            out.writeString(step.worker());
            out.writeString(step.memberUuid());
            out.writeString(step.runId());
            out.writeString(step.asset());
            out.writeString(step.partition());
            out.writeLong(step.startedAtMillis());
        }

        @Override
        public RunningStep read(ObjectDataInput in) throws IOException {
            return new RunningStep(
                    in.readString(), in.readString(), in.readString(), in.readString(), in.readString(), in.readLong());
        }
    }

    static final class TaskSerializer implements StreamSerializer<StepTask> {
        @Override
        public int getTypeId() {
            return TASK_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, StepTask task) throws IOException {
            out.writeString(task.checksum);
            out.writeString(task.jarName);
            out.writeString(task.storage);
            out.writeString(task.runId);
            out.writeString(task.asset);
            out.writeString(task.partition);
            out.writeInt(task.inputPartitions.size());
            for (Map.Entry<String, ArrayList<String>> e : task.inputPartitions.entrySet()) {
                out.writeString(e.getKey());
                writeList(out, e.getValue());
            }
            out.writeString(task.configJson);
            writeList(out, task.checks);
            out.writeBoolean(task.checksOnly);
            out.writeString(task.taskId);
            out.writeString(task.logTopic);
        }

        @Override
        public StepTask read(ObjectDataInput in) throws IOException {
            String checksum = in.readString();
            String jarName = in.readString();
            String storage = in.readString();
            String runId = in.readString();
            String asset = in.readString();
            String partition = in.readString();
            int inputs = in.readInt();
            Map<String, List<String>> inputPartitions = new LinkedHashMap<>();
            for (int i = 0; i < inputs; i++) {
                inputPartitions.put(in.readString(), readList(in));
            }
            String configJson = in.readString();
            List<String> checks = readList(in);
            boolean checksOnly = in.readBoolean();
            return new StepTask(
                    checksum,
                    jarName,
                    storage,
                    runId,
                    asset,
                    partition,
                    inputPartitions,
                    configJson,
                    checks,
                    checksOnly,
                    in.readString(),
                    in.readString());
        }
    }

    static final class ResultSerializer implements StreamSerializer<StepResult> {
        @Override
        public int getTypeId() {
            return RESULT_TYPE;
        }

        @Override
        public void write(ObjectDataOutput out, StepResult result) throws IOException {
            out.writeString(result.member());
            out.writeString(result.status());
            out.writeString(result.metadataJson());
            out.writeString(result.phase());
            out.writeString(result.message());
            out.writeString(result.stackTrace());
            out.writeString(result.checksJson());
            writeList(out, result.logLevels());
            writeList(out, result.logMessages());
            WorkerTimes times = result.times();
            out.writeLong(times.received());
            out.writeLong(times.started());
            out.writeLong(times.loaded());
            out.writeLong(times.computed());
            out.writeLong(times.stored());
            out.writeLong(times.ended());
            out.writeLong(times.answered());
            out.writeLong(times.cpuMicros());
        }

        @Override
        public StepResult read(ObjectDataInput in) throws IOException {
            return new StepResult(
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    readList(in),
                    readList(in),
                    new WorkerTimes(
                            in.readLong(),
                            in.readLong(),
                            in.readLong(),
                            in.readLong(),
                            in.readLong(),
                            in.readLong(),
                            in.readLong(),
                            in.readLong()));
        }
    }

    /** A list of strings, its size first; a null list is written as an empty one. */
    private static void writeList(ObjectDataOutput out, List<String> values) throws IOException {
        if (values == null) {
            out.writeInt(0);
            return;
        }
        out.writeInt(values.size());
        for (String v : values) {
            out.writeString(v);
        }
    }

    private static List<String> readList(ObjectDataInput in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readString());
        }
        return values;
    }
}
