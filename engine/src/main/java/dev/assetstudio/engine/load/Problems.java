package dev.assetstudio.engine.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects load problems so that all of them are reported at once; repeats are kept once. */
final class Problems {
    private final Set<String> problems = new LinkedHashSet<>();

    void add(String problem) {
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> list() {
        return new ArrayList<>(problems);
    }

    void throwIfAny(Path jar) {
        if (!problems.isEmpty()) {
            throw new ProjectLoadException(jar, list());
        }
    }

    /** A throwable in a few words: its class and message, e.g. for a user's failing initializer. */
    static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
