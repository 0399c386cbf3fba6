package dev.assetstudio.engine.worker;

import dev.assetstudio.api.MaterializeRequest;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.api.SensorContext;
import dev.assetstudio.api.SensorFunction;
import dev.assetstudio.api.SensorResult;
import dev.assetstudio.engine.definitions.SensorEvaluationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sensor whose code runs in the project's worker: each evaluation is one request to it, so the
 * engine never loads the sensor's class. The lines the sensor logged there are replayed into this
 * context's log; what it threw, or how its worker failed (exit, kill, the sensor timeout), is a
 * {@link SensorEvaluationException} naming the sensor.
 */
final class WorkerSensor implements SensorFunction {
    private final ProjectWorker worker;
    private final String name;

    WorkerSensor(ProjectWorker worker, String name) {
        this.worker = worker;
        this.name = name;
    }

    @Override
    public SensorResult evaluate(SensorContext context) {
        WorkerMessage.SensorEvaluated answer;
        try {
            answer = worker.process()
                    .evaluateSensor(
                            name,
                            context.cursor().orElse(null),
                            context.currentTime(),
                            context.lastTickTime().orElse(null));
        } catch (WorkerException e) {
            throw new SensorEvaluationException(e.getMessage(), false, "", e);
        }
        for (String line : answer.log()) {
            int space = line.indexOf(' ');
            RunLog.Level level;
            try {
                level = RunLog.Level.valueOf(line.substring(0, Math.max(0, space)));
            } catch (IllegalArgumentException e) {
                level = RunLog.Level.INFO;
            }
            context.log().log(level, space < 0 ? line : line.substring(space + 1));
        }
        if (answer.error() != null) {
            throw new SensorEvaluationException(answer.error(), true, answer.stackTrace(), null);
        }
        List<MaterializeRequest> requests = new ArrayList<>();
        for (WorkerMessage.RunAsked r : answer.requests()) {
            MaterializeRequest request = MaterializeRequest.of(r.selection());
            if (r.partition() != null) {
                request = request.partition(r.partition());
            }
            if (r.runKey() != null) {
                request = request.runKey(r.runKey());
            }
            requests.add(request);
        }
        SensorResult result = answer.skipReason() != null && requests.isEmpty()
                ? SensorResult.skip(answer.skipReason())
                : SensorResult.of(requests);
        return answer.cursor() == null ? result : result.withCursor(answer.cursor());
    }

    @Override
    public String toString() {
        return "sensor " + name + " (in the worker)";
    }
}
