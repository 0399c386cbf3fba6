package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.ScheduleSpec;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.run.RunHandle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a project's automation once, at a given instant: every schedule, every sensor, then
 * declarative automation, each only if turned on and due. One failing part (a sensor that throws, a
 * history error) is recorded as a failed tick and the others go on.
 *
 * <pre>{@code
 * try (AutomationStore store = AutomationStore.open(project.options().historyDatabase())) {
 *     AutomationEvaluator evaluator = new AutomationEvaluator(store);
 *     TickReport report = evaluator.tick(project, Instant.parse("2024-01-02T06:00:00Z"));
 *     report.launched().forEach(RunHandle::await);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one evaluator serves one daemon, which ticks on one thread. The same evaluator
 * should serve every tick, since it remembers the runs it launched until they end.
 */
public final class AutomationEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(AutomationEvaluator.class);

    private final AutomationStore store;
    private final RunLauncher launcher;
    private final ScheduleTicker schedules = new ScheduleTicker();
    private final SensorTicker sensors = new SensorTicker();
    private final DeclarativeTicker declarative = new DeclarativeTicker();

    public AutomationEvaluator(AutomationStore store) {
        this.store = store;
        this.launcher = new RunLauncher(store);
    }

    /** Evaluates everything due at {@code now} and launches what it asks for; does not wait for the runs. */
    public TickReport tick(Project project, Instant now) {
        TickContext ctx = new TickContext(project, store, launcher, now);
        AutomationDefinitions automation = project.automation();
        List<Tick> ticks = new ArrayList<>();
        for (ScheduleSpec s : automation.schedules()) {
            guarded(s.name(), "schedule", ctx, () -> schedules.tick(s, ctx)).ifPresent(ticks::add);
        }
        for (SensorSpec s : automation.sensors()) {
            guarded(s.name(), "sensor", ctx, () -> sensors.tick(s, ctx)).ifPresent(ticks::add);
        }
        guarded(AutomationDefinitions.DECLARATIVE, "declarative", ctx, () -> declarative.tick(automation, ctx))
                .ifPresent(ticks::add);
        return new TickReport(now, ticks, ctx.launched);
    }

    /** The runs launched by this evaluator that have not ended. */
    public List<RunHandle> runsGoing() {
        return launcher.runsGoing();
    }

    private interface Part {
        Optional<Tick> run();
    }

    private Optional<Tick> guarded(String name, String kind, TickContext ctx, Part part) {
        try {
            return part.run();
        } catch (RuntimeException e) {
            LOG.warn("automation {} {} failed at {}", kind, name, ctx.now, e);
            String summary = kind + " " + name + " could not be evaluated: " + e.getMessage();
            Tick tick = new Tick(0, name, kind, ctx.now, TickStatus.FAILED, summary, String.valueOf(e), List.of());
            try {
                long id = store.recordTick(tick, List.of());
                return Optional.of(
                        new Tick(id, name, kind, ctx.now, TickStatus.FAILED, summary, tick.error(), List.of()));
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                return Optional.of(tick);
            }
        }
    }
}
