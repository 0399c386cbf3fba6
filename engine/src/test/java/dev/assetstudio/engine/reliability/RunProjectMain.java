package dev.assetstudio.engine.reliability;

import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.event.Materialized;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A child JVM for the crash and concurrency tests: opens a jar and materializes everything, printing
 * {@code RUN <id>}, then {@code M <n>} per materialization, then {@code DONE <status>}.
 *
 * <p>Arguments: {@code jar home historyDb parallelism [goFile]}; with a go file it prints {@code READY}
 * once the project is open and waits for that file to exist before running, so that two children
 * start writing together.
 */
public final class RunProjectMain {
    private RunProjectMain() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        ProjectOptions options = ProjectOptions.builder()
                .home(Path.of(args[1]))
                .historyDatabase(Path.of(args[2]))
                .parallelism(Integer.parseInt(args[3]))
                .build();
        try (Project project = Project.open(jar, options)) {
            if (args.length > 4) {
                Path go = Path.of(args[4]);
                System.out.println("READY");
                System.out.flush();
                while (!Files.exists(go)) {
                    Thread.sleep(5);
                }
            }
            AtomicInteger materialized = new AtomicInteger();
            RunHandle handle = project.submit(AssetSelection.all(), RunRequest.empty(), event -> {
                if (event instanceof Materialized) {
                    System.out.println("M " + materialized.incrementAndGet());
                }
            });
            System.out.println("RUN " + handle.runId());
            System.out.flush();
            RunResult result = handle.await();
            System.out.println("DONE " + result.runStatus() + " " + result.failures());
        }
        System.out.flush();
    }
}
