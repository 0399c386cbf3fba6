package dev.assetstudio.app.ui;

import java.util.Comparator;

/**
 * Orders names as people count: {@code n0, n1, n2, n10, n1000} rather than {@code n0, n1, n10, n1000, n2}. Runs of
 * digits compare by value (then by length, so {@code a01} follows {@code a1}); everything else case-insensitively,
 * then exactly, so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The one instance; it holds no state. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    /** Compares by {@link Object#toString()} naturally (asset keys, group names). */
    public static <T> Comparator<T> byText() {
        return (a, b) -> INSTANCE.compare(a.toString(), b.toString());
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int startA = skipZeros(a, i, endA);
                int startB = skipZeros(b, j, endB);
                int lenA = endA - startA;
                int lenB = endB - startB;
                if (lenA != lenB) {
                    return Integer.compare(lenA, lenB);
                }
                for (int k = 0; k < lenA; k++) {
                    int d = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
                    if (d != 0) {
                        return d;
                    }
                }
                int zeros = Integer.compare(endA - i, endB - j);
                if (zeros != 0) {
                    return zeros;
                }
                i = endA;
                j = endB;
            } else {
                int d = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (d != 0) {
                    return d;
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int skipZeros(String s, int from, int end) {
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
