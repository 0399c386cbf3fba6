package dev.assetstudio.engine.history;

import java.util.List;

/**
 * A short id or prefix that matches more than one run (or backfill); the message lists the
 * candidates so the user can give more of the id.
 */
public final class AmbiguousIdException extends IllegalArgumentException {
    private final List<String> candidates;

    public AmbiguousIdException(String what, String text, List<String> candidates) {
        super(what + " id '" + text + "' is ambiguous: it matches " + candidates.size() + " " + what + "s ("
                + String.join(", ", candidates) + "); give more of the id");
        this.candidates = List.copyOf(candidates);
    }

    /** The ids that match, sorted. */
    public List<String> candidates() {
        return candidates;
    }
}
