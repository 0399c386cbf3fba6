package dev.assetstudio.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The ideal makespans of a DAG of steps with known durations: the greedy list schedule on P
 * threads (a step is ready when its inputs finish; ready steps start in the order they became
 * ready, each on the earliest free thread; no overhead at all) and the critical path (the longest
 * chain, a lower bound for any number of threads).
 */
final class ListSchedule {
    private ListSchedule() {}

    /** The makespan, in the durations' unit, of the greedy FIFO list schedule on {@code threads}. */
    static double makespan(SyntheticDag dag, double[] durations, int threads) {
        int n = dag.size();
        List<List<Integer>> downstream = downstream(dag);
        int[] waiting = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            waiting[i] = dag.upstream(i).length;
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        // (finish time, step), earliest first; ties by step index for determinism
        PriorityQueue<double[]> running =
                new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int free = threads;
        double now = 0;
        double end = 0;
        int done = 0;
        while (done < n) {
            while (free > 0 && !ready.isEmpty()) {
                int step = ready.poll();
                running.add(new double[] {now + durations[step], step});
                free--;
            }
            double[] next = running.poll();
            if (next == null) {
                throw new IllegalStateException("not a DAG: " + (n - done) + " steps never become ready");
            }
            now = next[0];
            end = Math.max(end, now);
            free++;
            done++;
            for (int d : downstream.get((int) next[1])) {
                if (--waiting[d] == 0) {
                    ready.add(d);
                }
            }
        }
        return end;
    }

    /** The longest chain of durations. */
    static double criticalPath(SyntheticDag dag, double[] durations) {
        double[] finish = new double[dag.size()];
        double longest = 0;
        for (int i = 0; i < dag.size(); i++) {
            double start = 0;
            for (int up : dag.upstream(i)) {
                start = Math.max(start, finish[up]);
            }
            finish[i] = start + durations[i];
            longest = Math.max(longest, finish[i]);
        }
        return longest;
    }

    private static List<List<Integer>> downstream(SyntheticDag dag) {
        List<List<Integer>> downstream = new ArrayList<>();
        for (int i = 0; i < dag.size(); i++) {
            downstream.add(new ArrayList<>());
        }
        for (int i = 0; i < dag.size(); i++) {
            for (int up : dag.upstream(i)) {
                downstream.get(up).add(i);
            }
        }
        return downstream;
    }
}
