package dev.assetstudio.engine.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A jar could not be loaded into valid definitions. The message starts with the jar's file name and
 * lists every problem found, one per line, each naming the asset, class and method (or provider,
 * resource key) at fault:
 *
 * <pre>
 * cannot load cereal.jar: 2 problems
 *   - cycle in asset dependencies: a -> b -> a
 *   - asset shoppingList (com.example.CerealAssets#shoppingList) depends on unknown asset sugaryCerels; did you mean sugaryCereals?
 * </pre>
 *
 * <p>Loading collects all problems before throwing, so a user fixes them in one pass rather than one
 * per reload.
 */
public final class ProjectLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path jar;
    private final List<String> problems;

    public ProjectLoadException(Path jar, List<String> problems) {
        this(jar, problems, null);
    }

    public ProjectLoadException(Path jar, List<String> problems, Throwable cause) {
        super(message(jar, problems), cause);
        this.jar = jar;
        this.problems = List.copyOf(problems);
    }

    /** The jar that failed to load. */
    public Path jar() {
        return jar;
    }

    /** Every problem, one sentence each, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String message(Path jar, List<String> problems) {
        String name =
                jar.getFileName() == null ? jar.toString() : jar.getFileName().toString();
        StringBuilder sb = new StringBuilder("cannot load ").append(name).append(": ");
        sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        for (String problem : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(problem);
        }
        return sb.toString();
    }
}
