package dev.assetstudio.bench;

import dev.assetstudio.engine.cluster.StepTiming;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a cluster run's time went between its steps, from the coordinator's {@link StepTiming}s:
 * medians of each leg of an attempt, and the hand-off gap of each step that has inputs (its last
 * input ended on a worker → it started on a worker: everything a list schedule counts as zero).
 * The hand-off gap does not depend on load the way a makespan does: it is the cost per edge of the
 * critical path.
 */
final class StepBreakdown {
    private final double handOff;
    private final double handOffP90;
    private final double coordinator;
    private final double claim;
    private final double send;
    private final double slotsBusy;
    private final double slotBeyondSleep;
    private final double threadsBusy;
    private final double request;
    private final double setup;
    private final double runnerOverhead;
    private final double answer;
    private final double response;
    private final double inputs;
    private final double computeBeyondSleep;
    private final double store;
    private final double afterStore;
    private final double workerCpu;
    private final Chain chain;

    /**
     * The chain of steps that decided the makespan, walked back from the step that ended last through
     * the input that ended last: its steps' sleeps, what the runner spent beyond them, and the gaps
     * between one step ending and the next starting (hand-offs, and waits for a free slot).
     */
    record Chain(int steps, double span, double sleeps, double runnerBeyondSleeps, double gaps) {}

    private StepBreakdown(List<StepTiming> timings, SyntheticDag dag, int slots) {
        Map<String, StepTiming> byStep = new HashMap<>();
        timings.forEach(t -> byStep.put(t.step(), t));
        double[] gaps = new double[dag.size()];
        double[] coordinatorGaps = new double[dag.size()];
        int edges = 0;
        for (int i = 0; i < dag.size(); i++) {
            StepTiming t = byStep.get(dag.key(i));
            if (t == null || dag.upstream(i).length == 0) {
                continue;
            }
            long lastEnded = 0;
            long lastSeen = 0;
            for (int up : dag.upstream(i)) {
                StepTiming u = byStep.get(dag.key(up));
                if (u != null) {
                    lastEnded = Math.max(lastEnded, u.ended());
                    lastSeen = Math.max(lastSeen, u.seen());
                }
            }
            gaps[edges] = (t.started() - lastEnded) / 1000.0;
            coordinatorGaps[edges] = (t.entered() - lastSeen) / 1000.0;
            edges++;
        }
        handOff = median(Arrays.copyOf(gaps, edges));
        handOffP90 = percentile(Arrays.copyOf(gaps, edges), 0.9);
        coordinator = median(Arrays.copyOf(coordinatorGaps, edges));
        claim = median(
                timings.stream().mapToDouble(t -> t.claimMicros() / 1000.0).toArray());
        send = median(timings.stream().mapToDouble(t -> t.sendMicros() / 1000.0).toArray());
        request = median(
                timings.stream().mapToDouble(t -> t.requestMicros() / 1000.0).toArray());
        setup = median(
                timings.stream().mapToDouble(t -> t.setupMicros() / 1000.0).toArray());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < dag.size(); i++) {
            index.put(dag.key(i), i);
        }
        runnerOverhead = median(timings.stream()
                .filter(t -> index.containsKey(t.step()))
                .mapToDouble(t -> t.runMicros() / 1000.0 - dag.sleepMillis(index.get(t.step())))
                .toArray());
        answer = median(
                timings.stream().mapToDouble(t -> t.answerMicros() / 1000.0).toArray());
        response = median(
                timings.stream().mapToDouble(t -> t.responseMicros() / 1000.0).toArray());
        inputs = median(timings.stream()
                .filter(t -> t.loaded() != 0)
                .mapToDouble(t -> t.inputsMicros() / 1000.0)
                .toArray());
        computeBeyondSleep = median(timings.stream()
                .filter(t -> t.computed() != 0 && index.containsKey(t.step()))
                .mapToDouble(t -> t.computeMicros() / 1000.0 - dag.sleepMillis(index.get(t.step())))
                .toArray());
        store = median(timings.stream()
                .filter(t -> t.stored() != 0)
                .mapToDouble(t -> t.storeMicros() / 1000.0)
                .toArray());
        afterStore = median(timings.stream()
                .filter(t -> t.stored() != 0)
                .mapToDouble(t -> t.afterStoreMicros() / 1000.0)
                .toArray());
        workerCpu = median(
                timings.stream().mapToDouble(t -> t.workerCpuMicros() / 1000.0).toArray());
        chain = chain(byStep, index, dag);
        // a slot is a worker's thread, held from the task leaving the coordinator until its result is seen
        long first = timings.stream().mapToLong(StepTiming::entered).min().orElse(0);
        long last = timings.stream().mapToLong(StepTiming::seen).max().orElse(0);
        double held =
                timings.stream().mapToDouble(t -> t.seen() - t.submitted()).sum();
        slotsBusy = last > first ? held / ((double) (last - first) * slots) : Double.NaN;
        // a worker's thread is busy from taking a task to answering it: the rest of the run it idles,
        // for want of a ready step (as a list schedule would) or for a task still on its way
        long firstTaken = timings.stream().mapToLong(StepTiming::received).min().orElse(0);
        long lastAnswered =
                timings.stream().mapToLong(StepTiming::answered).max().orElse(0);
        double busyOnWorkers =
                timings.stream().mapToDouble(t -> t.answered() - t.received()).sum();
        threadsBusy =
                lastAnswered > firstTaken ? busyOnWorkers / ((double) (lastAnswered - firstTaken) * slots) : Double.NaN;
        slotBeyondSleep = median(timings.stream()
                .filter(t -> index.containsKey(t.step()))
                .mapToDouble(t -> (t.seen() - t.submitted()) / 1000.0 - dag.sleepMillis(index.get(t.step())))
                .toArray());
    }

    private static Chain chain(Map<String, StepTiming> byStep, Map<String, Integer> index, SyntheticDag dag) {
        StepTiming last = byStep.values().stream()
                .max(java.util.Comparator.comparingLong(StepTiming::ended))
                .orElse(null);
        if (last == null) {
            return new Chain(0, 0, 0, 0, 0);
        }
        long firstEntered =
                byStep.values().stream().mapToLong(StepTiming::entered).min().orElseThrow();
        int steps = 0;
        double sleeps = 0;
        double runner = 0;
        double gaps = 0;
        for (StepTiming t = last; t != null; ) {
            int i = index.get(t.step());
            steps++;
            sleeps += dag.sleepMillis(i);
            runner += t.runMicros() / 1000.0 - dag.sleepMillis(i);
            StepTiming previous = null;
            for (int up : dag.upstream(i)) {
                StepTiming u = byStep.get(dag.key(up));
                if (u != null && (previous == null || u.ended() > previous.ended())) {
                    previous = u;
                }
            }
            gaps += (t.started() - (previous == null ? firstEntered : previous.ended())) / 1000.0;
            t = previous;
        }
        return new Chain(steps, (last.ended() - firstEntered) / 1000.0, sleeps, runner, gaps);
    }

    /** The breakdown of one run of {@code dag} on {@code slots} workers' threads, from its timings. */
    static StepBreakdown of(List<StepTiming> timings, SyntheticDag dag, int slots) {
        return new StepBreakdown(timings, dag, slots);
    }

    /** How much of the run the workers' threads were held by a step, 0..1 (a list schedule holds them as needed). */
    double slotsBusy() {
        return slotsBusy;
    }

    /** The median time a step held a worker's thread beyond its sleep, in ms: the cost per step of a busy cluster. */
    double slotBeyondSleepMillis() {
        return slotBeyondSleep;
    }

    /** The median hand-off gap in ms: last input ended on a worker → step started on a worker. */
    double handOffMillis() {
        return handOff;
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "hand-off gap (input ended on a worker -> step started on a worker) median %.1f ms, p90 %.1f ms;"
                        + " slots held %.0f%% of the run (the workers' threads busy %.0f%%), a step held its slot %.1f ms"
                        + " beyond its sleep (median);"
                        + " legs (medians): result seen -> next step taken %.1f ms, wait for a slot %.1f ms, send %.1f ms,"
                        + " request %.1f ms,"
                        + " worker setup %.1f ms, runner beyond the sleep %.1f ms (inputs %.2f, method beyond its sleep"
                        + " %.2f, store %.2f, after the store %.2f), answer %.1f ms, response %.1f ms;"
                        + " CPU of the worker's thread per step %.2f ms;"
                        + " the deciding chain: %d steps over %.0f ms = sleeps %.0f + runner beyond them %.0f"
                        + " + gaps %.0f ms",
                handOff,
                handOffP90,
                slotsBusy * 100,
                threadsBusy * 100,
                slotBeyondSleep,
                coordinator,
                claim,
                send,
                request,
                setup,
                runnerOverhead,
                inputs,
                computeBeyondSleep,
                store,
                afterStore,
                answer,
                response,
                workerCpu,
                chain.steps(),
                chain.span(),
                chain.sleeps(),
                chain.runnerBeyondSleeps(),
                chain.gaps());
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
