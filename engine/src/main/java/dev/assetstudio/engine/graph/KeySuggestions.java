package dev.assetstudio.engine.graph;

import dev.assetstudio.api.AssetKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "Did you mean" for asset keys: finds the known key a mistyped one most likely meant, so that error
 * messages can offer it.
 *
 * <pre>{@code
 * KeySuggestions.closest(AssetKey.of("upstreamAset"), graph.keys()); // Optional[upstreamAsset]
 * KeySuggestions.didYouMean(AssetKey.of("zzz"), graph.keys());       // "" when nothing is close
 * }</pre>
 */
public final class KeySuggestions {
    private KeySuggestions() {}

    /**
     * The known key closest to {@code missing}: one whose last segment equals it (a forgotten
     * prefix), else the one at the smallest edit distance, if that distance is small for the key's
     * length (at most a third of it, and at least 2). Ties go to the smallest key.
     */
    public static Optional<AssetKey> closest(AssetKey missing, Collection<AssetKey> known) {
        List<AssetKey> sameName = known.stream()
                .filter(k -> k.name().equals(missing.name()) && !k.equals(missing))
                .sorted()
                .toList();
        if (!sameName.isEmpty()) {
            return Optional.of(sameName.get(0));
        }
        String text = missing.toString();
        int limit = Math.max(2, text.length() / 3);
        AssetKey best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (AssetKey candidate : new TreeSet<>(known)) {
            int d = distance(text.toLowerCase(), candidate.toString().toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean k?"} naming the closest key, or {@code ""} if none is close. */
    public static String didYouMean(AssetKey missing, Collection<AssetKey> known) {
        return closest(missing, known).map(k -> "; did you mean " + k + "?").orElse("");
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
