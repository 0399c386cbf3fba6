package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.history.HistoryException;
import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.worker.WorkerSettings;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code asset-studio}: the command line of Asset Studio.
 *
 * <pre>
 * asset-studio --jar cereal-assets.jar list
 * asset-studio --jar cereal-assets.jar materialize --select '*nutritionSummary'
 * asset-studio --jar cereal-assets.jar materialize --select lowSugarCereals \
 *     --config '{"lowSugarCereals": {"maxSugars": 6}}'
 * asset-studio --jar cereal-assets.jar history sugaryCereals
 * asset-studio --jar cereal-assets.jar graph | dot -Tsvg &gt; graph.svg
 * asset-studio --jar cereal-assets.jar list --owner team:nutrition --kind csv
 * asset-studio --jar cereal-assets.jar checks cereals
 * asset-studio --jar cereal-assets.jar materialize --select 'kind:csv and +key:nutritionSummary'
 * </pre>
 *
 * <p>Global options ({@code --jar}, {@code --home}, {@code --history}, {@code --parallelism},
 * {@code --in-process}, {@code --worker-heap}, {@code --worker-jvm-option}, {@code --debug}) go
 * before or after the subcommand. The project's code runs in a worker process (a child JVM) unless
 * {@code --in-process}: an asset that calls {@code System.exit} or runs out of memory fails its
 * step, and the command goes on. Exit codes: {@value #EXIT_OK} ok, {@value
 * #EXIT_FAILED} a step failed, {@value #EXIT_BAD_INPUT} bad input (options, jar, selection, config,
 * history database), {@value #EXIT_CANCELED} canceled (Ctrl+C). Errors go to stderr as {@code error:
 * <message>}, with a stack trace only under {@code --debug} or {@code ASSET_STUDIO_DEBUG}.
 *
 * <p>{@link #run(String[], PrintStream, PrintStream)} runs it in-process, for tests.
 */
@Command(
        name = "asset-studio",
        mixinStandardHelpOptions = true,
        version = "asset-studio 0.1.0",
        description = "Lists, materializes and inspects the software-defined assets of an asset jar.",
        subcommands = {
            ListCommand.class,
            MaterializeCommand.class,
            HistoryCommand.class,
            GraphCommand.class,
            RunsCommand.class,
            LogsCommand.class,
            AutomationCommand.class,
            DaemonCommand.class,
            WorkerCommand.class,
            ClusterCommand.class,
            BackfillsCommand.class,
            BackfillCommand.class,
            ChecksCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:a step failed (or an unexpected error)",
            "2:bad input: options, jar, selection, config, asset key, history database",
            "130:the run was canceled (Ctrl+C)"
        })
public final class AssetStudioCli implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_CANCELED = 130;

    /** The environment variable naming the default asset jar. */
    public static final String JAR_ENV = "ASSET_STUDIO_JAR";
    /** Set (to anything but {@code 0} or {@code false}) to print stack traces of errors. */
    public static final String DEBUG_ENV = "ASSET_STUDIO_DEBUG";

    private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--jar",
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            description = "The asset jar (default: $" + JAR_ENV + ").")
    Path jar;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Where storage/ and history.db live (default: $ASSET_STUDIO_HOME, else ~/.asset-studio).")
    Path home;

    @Option(
            names = "--history",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "The history database (default: <home>/history.db).")
    Path history;

    @Option(
            names = "--parallelism",
            paramLabel = "N",
            scope = ScopeType.INHERIT,
            description = "Steps run at once (default: the number of processors).")
    Integer parallelism;

    @Option(
            names = "--in-process",
            scope = ScopeType.INHERIT,
            description = "Run the project's code in this JVM instead of a worker process"
                    + " (faster to start; an asset that exits or runs out of memory then ends this command).")
    boolean inProcess;

    @Option(
            names = "--worker-heap",
            paramLabel = "SIZE",
            scope = ScopeType.INHERIT,
            description = "Maximum heap of the worker process, as -Xmx takes it (512m, 2g); remembered for the jar.")
    String workerHeap;

    @Option(
            names = "--worker-jvm-option",
            paramLabel = "OPTION",
            scope = ScopeType.INHERIT,
            description = "An option for the worker's JVM (repeatable, e.g. --worker-jvm-option=-Duser.timezone=UTC);"
                    + " remembered for the jar.")
    java.util.List<String> workerJvmOptions;

    @Option(
            names = "--sensor-timeout",
            paramLabel = "SECONDS",
            scope = ScopeType.INHERIT,
            description = "How long one sensor evaluation may take in the worker before the worker is stopped"
                    + " and the sensor's tick fails (default 60); remembered for the jar.")
    Integer sensorTimeoutSeconds;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print stack traces of errors and the engine's log.")
    boolean debug;

    private final Console console;
    private final Execution defaultExecution;

    AssetStudioCli(Console console, Execution defaultExecution) {
        this.console = Objects.requireNonNull(console, "console");
        this.defaultExecution = Objects.requireNonNull(defaultExecution, "defaultExecution");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        Charset charset = stdoutCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        boolean unicode = charset.name().toUpperCase(java.util.Locale.ROOT).startsWith("UTF");
        Console console = new Console(out, err, charset, unicode, System.console() != null, System.getenv(), true);
        System.exit(commandLine(console, Execution.WORKER).execute(args));
    }

    /**
     * Runs the command line in this process and returns its exit code; output goes to {@code out}
     * and {@code err} (UTF-8, no live progress line, environment of this process). The project's
     * code runs in this JVM too, as under {@code --in-process}: this entry is for tests of the
     * command line itself.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** Like {@link #run(String[], PrintStream, PrintStream)}, with the environment given. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        // --home sets a system property for user I/O managers; one call must not leak it into the next.
        String home = System.getProperty(AssetStudioHome.PROPERTY);
        try {
            return commandLine(
                            new Console(out, err, StandardCharsets.UTF_8, true, false, env, false),
                            Execution.IN_PROCESS)
                    .execute(args);
        } finally {
            if (home == null) {
                System.clearProperty(AssetStudioHome.PROPERTY);
            } else {
                System.setProperty(AssetStudioHome.PROPERTY, home);
            }
        }
    }

    static CommandLine commandLine(Console console, Execution defaultExecution) {
        quietLogging(console.env());
        CommandLine cl = new CommandLine(new AssetStudioCli(console, defaultExecution));
        cl.setOut(new PrintWriter(new OutputStreamWriter(console.out(), console.charset()), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(console.err(), console.charset()), true));
        cl.setExitCodeExceptionMapper(AssetStudioCli::exitCodeOf);
        cl.setParameterExceptionHandler(AssetStudioCli::handleParameterException);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            AssetStudioCli top =
                    (AssetStudioCli) commandLine.getCommandSpec().root().userObject();
            top.report(ex);
            return exitCodeOf(ex);
        });
        return cl;
    }

    /** The engine logs at INFO (schema migrations and such); a command line shows warnings only. */
    private static void quietLogging(Map<String, String> env) {
        if (System.getProperty(SLF4J_LEVEL) == null) {
            System.setProperty(SLF4J_LEVEL, isSet(env.get(DEBUG_ENV)) ? "info" : "warn");
        }
    }

    @Override
    public Integer call() {
        console.err().println("error: a command is needed");
        spec.commandLine().usage(console.err(), CommandLine.Help.Ansi.OFF);
        return EXIT_BAD_INPUT;
    }

    Console console() {
        return console;
    }

    /** The options for {@link Project#open(Path, ProjectOptions)} from {@code --home}, {@code --history}, … */
    ProjectOptions projectOptions() {
        if (home != null) {
            // User I/O managers resolve their folders through AssetStudioHome: move them with ours.
            System.setProperty(AssetStudioHome.PROPERTY, home.toAbsolutePath().toString());
        }
        ProjectOptions.Builder b = ProjectOptions.builder().home(home).historyDatabase(history);
        if (parallelism != null) {
            if (parallelism < 1) {
                throw new CliException("--parallelism must be at least 1, got " + parallelism);
            }
            b.parallelism(parallelism);
        }
        return b.build();
    }

    /** The asset jar from {@code --jar} or {@code $ASSET_STUDIO_JAR}, checked to be a file. */
    Path jarPath() {
        Path path = jar;
        if (path == null) {
            String fromEnv = console.env().get(JAR_ENV);
            if (fromEnv == null || fromEnv.isBlank()) {
                throw new CliException("no asset jar given: pass --jar PATH or set " + JAR_ENV);
            }
            path = Path.of(fromEnv);
        }
        if (!Files.exists(path)) {
            throw new CliException(
                    "jar file not found: " + path.toAbsolutePath().normalize());
        }
        if (!Files.isRegularFile(path)) {
            throw new CliException(path.toAbsolutePath().normalize() + " is not a file; expected an asset jar");
        }
        return path;
    }

    /**
     * Opens the project of {@link #jarPath()} with {@link #projectOptions()}, in a worker process
     * unless {@code --in-process}, with the limits remembered for the jar; limits given here are
     * remembered for the next time.
     */
    Project openProject() {
        return openProject(null);
    }

    /** Like {@link #openProject()}; with {@code cluster}, the steps run on that cluster's workers. */
    Project openProject(ClusterSettings cluster) {
        Path path = jarPath();
        ProjectOptions options = projectOptions();
        ProjectSettings settings;
        try {
            settings = ProjectSettings.load(options.home(), path);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        ProjectSettings given = settings;
        if (workerHeap != null) {
            given = given.withHeap(workerHeap);
        }
        if (workerJvmOptions != null && !workerJvmOptions.isEmpty()) {
            given = given.withJvmOptions(workerJvmOptions);
        }
        if (parallelism != null) {
            given = given.withParallelism(parallelism);
        }
        if (sensorTimeoutSeconds != null) {
            if (sensorTimeoutSeconds <= 0) {
                throw new CliException(
                        "--sensor-timeout: expected a positive number of seconds, got " + sensorTimeoutSeconds);
            }
            given = given.withSensorTimeoutMillis(sensorTimeoutSeconds * 1000L);
        }
        WorkerSettings worker;
        try {
            worker = given.workerSettings();
        } catch (IllegalArgumentException e) {
            throw new CliException("--worker-heap: " + e.getMessage());
        }
        if (!given.equals(settings)) {
            given.save(options.home(), path);
        }
        ProjectOptions.Builder b = options.toBuilder()
                .execution(inProcess ? Execution.IN_PROCESS : defaultExecution)
                .worker(worker);
        if (parallelism == null && given.parallelism() != null) {
            b.parallelism(given.parallelism());
        }
        if (cluster != null) {
            b.execution(Execution.CLUSTER).cluster(cluster);
        }
        return Project.open(path, b.build());
    }

    boolean debug() {
        return debug || isSet(console.env().get(DEBUG_ENV));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /** Prints {@code error: <message>} (and, under --debug, the stack trace) to stderr. */
    void report(Throwable ex) {
        PrintStream err = console.err();
        err.println("error: " + messageOf(ex));
        if (debug()) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else if (exitCodeOf(ex) == EXIT_FAILED) {
            err.println("(run with --debug for the stack trace)");
        }
        err.flush();
    }

    static String messageOf(Throwable ex) {
        if (ex instanceof RunPlanningException planning) {
            StringBuilder sb = new StringBuilder("cannot run: ");
            sb.append(
                    planning.problems().size() == 1
                            ? "1 problem"
                            : planning.problems().size() + " problems");
            planning.problems()
                    .forEach(p ->
                            sb.append(System.lineSeparator()).append("  - ").append(p));
            return sb.toString();
        }
        if (ex instanceof HistoryException) {
            // The store's messages mostly name the file already ("history database /x/h.db is …"): no stutter.
            String message = String.valueOf(ex.getMessage());
            return message.startsWith("history database ") ? message : "history database: " + message;
        }
        if (ex instanceof CliException
                || ex instanceof ProjectLoadException
                || ex instanceof IllegalArgumentException) {
            return String.valueOf(ex.getMessage());
        }
        return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof CliException cli) {
            return cli.exitCode();
        }
        if (ex instanceof ProjectLoadException
                || ex instanceof RunPlanningException
                || ex instanceof HistoryException
                || ex instanceof ParameterException
                || ex instanceof NoSuchElementException
                || ex instanceof IllegalArgumentException) {
            return EXIT_BAD_INPUT;
        }
        return EXIT_FAILED;
    }

    private static int handleParameterException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        AssetStudioCli top = (AssetStudioCli) cl.getCommandSpec().root().userObject();
        PrintStream err = top.console.err();
        err.println("error: " + ex.getMessage());
        StringWriter suggestions = new StringWriter();
        PrintWriter w = new PrintWriter(suggestions);
        UnmatchedArgumentException.printSuggestions(ex, w);
        w.flush();
        err.print(suggestions);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static Charset stdoutCharset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    /**
     * Where a command writes and what it may assume about the terminal.
     *
     * @param unicode whether {@code out} and {@code err} can show ✓, ✗ and friends
     * @param interactive whether stderr is a terminal, for the live progress line
     * @param signals whether to cancel runs on Ctrl+C (the real process only)
     */
    record Console(
            PrintStream out,
            PrintStream err,
            Charset charset,
            boolean unicode,
            boolean interactive,
            Map<String, String> env,
            boolean signals) {}
}
