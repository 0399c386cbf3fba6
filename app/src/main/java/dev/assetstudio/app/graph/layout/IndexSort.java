package dev.assetstudio.app.graph.layout;

/**
 * Stable sort of node indices by a per-node double key, without boxing: the crossing reduction sorts
 * every layer on every sweep, and stability keeps ties in their previous order (which is what makes
 * the barycenter heuristic converge instead of oscillating).
 */
final class IndexSort {

    private IndexSort() {}

    /** Sorts {@code items[from, to)} ascending by {@code key[item]}; {@code scratch} must be as long as items. */
    static void sort(int[] items, int from, int to, double[] key, int[] scratch) {
        if (to - from < 2) {
            return;
        }
        mergeSort(items, from, to, key, scratch);
    }

    private static void mergeSort(int[] a, int from, int to, double[] key, int[] tmp) {
        int n = to - from;
        if (n <= 16) {
            insertionSort(a, from, to, key);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, from, mid, key, tmp);
        mergeSort(a, mid, to, key, tmp);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, n);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            // "<=" takes from the left run on ties: that is what makes the sort stable.
            a[k++] = key[tmp[i]] <= key[tmp[j]] ? tmp[i++] : tmp[j++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < to) {
            a[k++] = tmp[j++];
        }
    }

    private static void insertionSort(int[] a, int from, int to, double[] key) {
        for (int i = from + 1; i < to; i++) {
            int item = a[i];
            double k = key[item];
            int j = i - 1;
            while (j >= from && key[a[j]] > k) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = item;
        }
    }
}
