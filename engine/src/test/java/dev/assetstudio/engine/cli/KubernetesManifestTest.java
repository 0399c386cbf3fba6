package dev.assetstudio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.Execution;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Kubernetes manifest (on paper: never applied here) starts its workers with options this CLI
 * takes: its container's arguments parse as the {@code worker} command, with a cluster name, every
 * interface and Kubernetes discovery through the headless service it declares.
 */
class KubernetesManifestTest {
    private static final Path MANIFEST = Path.of("..", "packaging", "k8s", "worker-deployment.yaml");

    @Test
    void theWorkersArgumentsAreOnesTheCommandLineTakes() throws Exception {
        String yaml = Files.readString(MANIFEST);
        Matcher args = Pattern.compile("args: \\[(.*?)]", Pattern.DOTALL).matcher(yaml);
        assertTrue(args.find(), "the worker container has its args on one list");
        List<String> words = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(args.group(1));
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        int jar = words.indexOf("-jar");
        assertTrue(jar >= 0 && words.get(jar + 1).endsWith("asset-studio-cli.jar"), words::toString);
        List<String> cli = words.subList(jar + 2, words.size());

        CommandLine line = AssetStudioCli.commandLine(
                new AssetStudioCli.Console(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8,
                        true,
                        false,
                        Map.of(),
                        false),
                Execution.WORKER);
        CommandLine.ParseResult parsed = line.parseArgs(cli.toArray(String[]::new));
        CommandLine.ParseResult worker = parsed.subcommand();
        assertEquals("worker", worker.commandSpec().name(), cli::toString);
        assertEquals("0.0.0.0", worker.matchedOptionValue("--bind", null));
        String service = worker.matchedOptionValue("--kubernetes", null);
        assertTrue(
                yaml.contains("kind: Service\nmetadata:\n  name: " + service + "\n"),
                "discovery goes through the Service the manifest declares: " + service);
        assertTrue(worker.hasMatchedOption("--cluster"), "a worker names its cluster");
    }
}
