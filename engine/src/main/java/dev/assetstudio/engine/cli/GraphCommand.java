package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code graph [--select SEL]}: the asset graph in Graphviz DOT. */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = "Prints the asset graph in Graphviz DOT, one cluster per group"
                + " (e.g. asset-studio graph | dot -Tsvg > graph.svg).")
final class GraphCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(
            names = {"-s", "--select"},
            paramLabel = "SEL",
            description = "Only these assets (selection syntax as for materialize); default: all.")
    String select;

    @Override
    public Integer call() {
        AssetSelection selection = select == null ? AssetSelection.all() : AssetSelection.parse(select);
        try (Project project = cli.openProject()) {
            Set<AssetKey> keys = project.select(selection);
            cli.console()
                    .out()
                    .print(dot(project.assets().stream()
                            .filter(a -> keys.contains(a.key()))
                            .toList()));
        }
        return AssetStudioCli.EXIT_OK;
    }

    /**
     * A DOT digraph of {@code assets}: a {@code cluster_<group>} subgraph per group, nodes named by
     * key, edges from upstream to downstream among the assets given. Source assets are dashed,
     * partitioned ones doubled.
     */
    static String dot(List<AssetDefinition> assets) {
        Map<String, List<AssetDefinition>> byGroup = new TreeMap<>();
        Set<AssetKey> present = new TreeSet<>();
        for (AssetDefinition a : assets) {
            byGroup.computeIfAbsent(a.group(), g -> new java.util.ArrayList<>()).add(a);
            present.add(a.key());
        }
        String nl = "\n";
        StringBuilder sb = new StringBuilder("digraph assets {").append(nl);
        sb.append("  rankdir=LR;").append(nl);
        sb.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];").append(nl);
        for (Map.Entry<String, List<AssetDefinition>> g : byGroup.entrySet()) {
            sb.append("  subgraph ")
                    .append(quote("cluster_" + g.getKey()))
                    .append(" {")
                    .append(nl);
            sb.append("    label=").append(quote(g.getKey())).append(";").append(nl);
            for (AssetDefinition a : g.getValue()) {
                sb.append("    ").append(quote(a.key().toString()));
                if (a.source()) {
                    sb.append(" [style=\"rounded,dashed\"]");
                } else if (a.partitioned()) {
                    sb.append(" [peripheries=2]");
                }
                sb.append(";").append(nl);
            }
            sb.append("  }").append(nl);
        }
        for (AssetDefinition a : assets) {
            for (AssetKey up : new TreeSet<>(a.upstreamKeys())) {
                if (present.contains(up)) {
                    sb.append("  ")
                            .append(quote(up.toString()))
                            .append(" -> ")
                            .append(quote(a.key().toString()))
                            .append(";")
                            .append(nl);
                }
            }
        }
        return sb.append("}").append(nl).toString();
    }

    /** A DOT quoted string: backslashes and double quotes escaped, line breaks as {@code \n}. */
    static String quote(String id) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : id.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> {}
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
