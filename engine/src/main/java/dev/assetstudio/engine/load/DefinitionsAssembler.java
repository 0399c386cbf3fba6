package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetSpec;
import dev.assetstudio.api.IOManager;
import dev.assetstudio.api.SourceAsset;
import dev.assetstudio.engine.definitions.AssetComputation;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.MultiAssetStep;
import dev.assetstudio.engine.definitions.MultiOutComputation;
import dev.assetstudio.engine.graph.AssetGraph;
import dev.assetstudio.engine.graph.CycleException;
import dev.assetstudio.engine.graph.KeySuggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns every contribution into validated definitions: merges resources, binds parameters named
 * after upstream assets, and checks keys, resources, I/O managers and cycles across the whole
 * project. Every problem goes to {@link Problems}; the result is only meaningful if there are none.
 */
final class DefinitionsAssembler {
    private final Problems problems;
    private final Map<String, Object> resources = new LinkedHashMap<>();
    private final Map<String, String> resourceOrigins = new LinkedHashMap<>();
    /** Every key defined, with where, in the order found: more than one place is a duplicate. */
    private final Map<AssetKey, List<String>> definedIn = new TreeMap<>();
    /** The graph built by the cycle check; null until {@link #assemble} has run, or if there is a cycle. */
    private AssetGraph graph;

    DefinitionsAssembler(Problems problems) {
        this.problems = problems;
    }

    /** The resources, merged; valid once {@link #assemble} has run. */
    Map<String, Object> resources() {
        return resources;
    }

    /**
     * The graph of the assembled definitions, built once by the cycle check; valid once {@link #assemble}
     * has run without problems (with none, it is the graph of every definition and its upstream keys).
     */
    AssetGraph graph() {
        return graph;
    }

    Map<AssetKey, AssetDefinition> assemble(List<Contribution> contributions) {
        mergeResources(contributions);
        Map<AssetKey, SourceAsset> sourceValues = new LinkedHashMap<>();
        Map<AssetKey, AssetDefinition> definitions = new TreeMap<>();
        // First pass: every key and where it comes from, so that names can be matched to keys.
        for (Contribution c : contributions) {
            c.methods().forEach(m -> define(m.key(), m.definedIn()));
            c.specs().forEach(s -> define(s.key(), "AssetSpec from " + c.origin()));
            for (AnnotatedAssetReader.FieldSource f : c.fieldSources()) {
                defineSource(f.source(), f.definedIn(), sourceValues);
            }
            for (SourceAsset s : c.sources()) {
                defineSource(s, "SourceAsset from " + c.origin(), sourceValues);
            }
        }
        reportDuplicates();
        Set<AssetKey> keys = definedIn.keySet();
        for (Contribution c : contributions) {
            for (MethodAsset m : c.methods()) {
                if (m.valid()) {
                    definitions.putIfAbsent(m.key(), methodDefinition(m, keys));
                }
            }
            for (AssetSpec spec : c.specs()) {
                AssetDefinition def = specDefinition(spec, c.origin());
                if (def != null) {
                    definitions.putIfAbsent(spec.key(), def);
                }
            }
        }
        for (Map.Entry<AssetKey, SourceAsset> e : sourceValues.entrySet()) {
            definitions.putIfAbsent(
                    e.getKey(),
                    sourceDefinition(e.getValue(), definedIn.get(e.getKey()).get(0)));
        }
        checkUpstreamKeys(definitions);
        checkCycles(definitions);
        new CheckAssembler(problems, resources).attach(contributions, definitions);
        return definitions;
    }

    private void mergeResources(List<Contribution> contributions) {
        for (Contribution c : contributions) {
            c.resources().forEach((key, value) -> {
                String previous = resourceOrigins.putIfAbsent(key, c.origin());
                if (previous != null) {
                    problems.add("resource '" + key + "' is given by both " + previous + " and " + c.origin()
                            + "; give it once");
                } else {
                    resources.put(key, value);
                }
            });
        }
    }

    private void define(AssetKey key, String where) {
        definedIn.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
    }

    private void defineSource(SourceAsset source, String where, Map<AssetKey, SourceAsset> sourceValues) {
        SourceAsset same = sourceValues.get(source.key());
        // The same source declared as a field and again in a provider is one asset, not a clash.
        if (same != null && same.equals(source)) {
            return;
        }
        sourceValues.putIfAbsent(source.key(), source);
        define(source.key(), where);
    }

    private void reportDuplicates() {
        definedIn.forEach((key, places) -> {
            if (places.size() > 1) {
                problems.add("duplicate asset key " + key + ": defined in " + String.join(" and in ", places));
            }
        });
    }

    private AssetDefinition methodDefinition(MethodAsset m, Set<AssetKey> keys) {
        String asset = "asset " + m.key() + " (" + m.definedIn() + ")";
        List<ParameterBinding> bindings = new ArrayList<>();
        List<AssetInput> inputs = new ArrayList<>();
        for (MethodAsset.Param p : m.parameters()) {
            ParameterBinding binding = p.byName() ? bindByName(asset, p, keys) : p.binding();
            if (binding instanceof ParameterBinding.Resource r) {
                checkResource(asset, p.name(), r.key());
            }
            if (binding instanceof ParameterBinding.Input in) {
                inputs.add(new AssetInput(p.name(), in.key(), p.inputManager(), p.metadata(), p.type()));
                if (p.inputManager() != null) {
                    checkIoManager(asset + " input " + p.name(), "input manager", p.inputManager());
                }
            }
            // An unbound parameter keeps a placeholder: the definition is thrown away with the problem.
            bindings.add(binding == null ? new ParameterBinding.Input(AssetKey.of(p.name())) : binding);
        }
        AssetComputation computation = new MethodComputation(m.method(), bindings, resources);
        if (m.outName() != null) {
            MultiAssetStep step = m.definition().multiAssetStep();
            computation = new MultiOutComputation(step, m.outName(), computation);
        }
        AssetDefinition def =
                m.definition().inputs(inputs).computation(computation).build();
        checkIoManager(asset, "I/O manager", def.ioManagerKey());
        return def;
    }

    /** Exact key first; else the one asset whose last segment is the name; else a problem. */
    private ParameterBinding bindByName(String asset, MethodAsset.Param p, Set<AssetKey> keys) {
        AssetKey exact = AssetKey.of(p.name());
        if (keys.contains(exact)) {
            return new ParameterBinding.Input(exact);
        }
        List<AssetKey> sameName =
                keys.stream().filter(k -> k.name().equals(p.name())).sorted().toList();
        if (sameName.size() == 1) {
            return new ParameterBinding.Input(sameName.get(0));
        }
        if (sameName.size() > 1) {
            problems.add(asset + ": parameter " + p.name() + " could mean any of " + sameName
                    + "; name the input with @In(\"" + sameName.get(0) + "\")");
            return null;
        }
        String hint = resources.containsKey(p.name())
                ? "; there is a resource '" + p.name() + "': annotate the parameter with @Resource(\"" + p.name()
                        + "\")"
                : KeySuggestions.didYouMean(exact, keys);
        problems.add(asset + ": parameter " + p.name() + " binds to nothing: there is no asset " + p.name()
                + " (a parameter is an AssetContext, a Config record, a @Resource, an @In input, or named after"
                + " an upstream asset)" + hint);
        return null;
    }

    private void checkResource(String asset, String parameter, String key) {
        if (!resources.containsKey(key) && !AssetDefinition.DEFAULT_IO_MANAGER.equals(key)) {
            problems.add(asset + ": parameter " + parameter + " takes @Resource(\"" + key
                    + "\"), but there is no resource '" + key + "'; resources: " + available());
        }
    }

    /** {@code io_manager} always exists: the engine supplies a default when the project gives none. */
    private void checkIoManager(String who, String role, String key) {
        Object resource = resources.get(key);
        if (resource == null) {
            if (!AssetDefinition.DEFAULT_IO_MANAGER.equals(key)) {
                problems.add(who + " uses " + role + " '" + key + "', but there is no resource '" + key
                        + "'; resources: " + available());
            }
        } else if (!(resource instanceof IOManager)) {
            problems.add(who + " uses " + role + " '" + key + "', but resource '" + key + "' is a "
                    + resource.getClass().getName() + ", not an " + IOManager.class.getName());
        }
    }

    private String available() {
        return resources.isEmpty() ? "none" : String.join(", ", new TreeSet<>(resources.keySet()));
    }

    private AssetDefinition specDefinition(AssetSpec spec, String origin) {
        String where = "AssetSpec from " + origin;
        String asset = "asset " + spec.key() + " (" + where + ")";
        if (spec.computation().isEmpty()) {
            problems.add(asset + " has no computation; call compute(...) on the spec");
            return null;
        }
        List<AssetInput> inputs = new ArrayList<>();
        for (AssetKey in : spec.ins()) {
            inputs.add(new AssetInput(in.toString(), in, null, Map.of(), Object.class));
        }
        checkIoManager(asset, "I/O manager", spec.ioManager());
        return AssetDefinition.builder(spec.key())
                .tags(AssetAttributes.tags(asset, spec.tags(), problems))
                .owners(AssetAttributes.owners(asset, spec.owners(), problems))
                .kinds(AssetAttributes.kinds(asset, spec.kinds(), problems))
                .freshness(AssetAttributes.freshness(asset, spec.freshness().orElse(null), problems))
                .group(spec.group())
                .description(spec.description())
                .metadata(spec.metadata())
                .codeVersion(spec.codeVersion())
                .inputs(inputs)
                .deps(new LinkedHashSet<>(spec.deps()))
                .ioManagerKey(spec.ioManager())
                .outputRequired(spec.outputRequired())
                .partitions(spec.partitions().orElse(null))
                .definedIn(where)
                .computation(new SpecComputation(spec.computation().get()))
                .build();
    }

    private AssetDefinition sourceDefinition(SourceAsset source, String where) {
        checkIoManager("source asset " + source.key() + " (" + where + ")", "I/O manager", source.ioManagerKey());
        return AssetDefinition.builder(source.key())
                .source(true)
                .group(source.group())
                .description(source.description())
                .metadata(source.metadata())
                .ioManagerKey(source.ioManagerKey())
                .partitions(source.partitions().orElse(null))
                .definedIn(where)
                .build();
    }

    private void checkUpstreamKeys(Map<AssetKey, AssetDefinition> definitions) {
        for (AssetDefinition def : definitions.values()) {
            for (AssetKey up : def.upstreamKeys()) {
                if (!definedIn.containsKey(up)) {
                    problems.add("asset " + def.key() + " (" + def.definedIn() + ") depends on unknown asset " + up
                            + KeySuggestions.didYouMean(up, definedIn.keySet()));
                }
            }
        }
    }

    private void checkCycles(Map<AssetKey, AssetDefinition> definitions) {
        Map<AssetKey, Set<AssetKey>> known = new TreeMap<>();
        Map<AssetKey, String> groups = new TreeMap<>();
        for (AssetDefinition def : definitions.values()) {
            Set<AssetKey> ups = new LinkedHashSet<>(def.upstreamKeys());
            ups.retainAll(definitions.keySet()); // unknown keys are reported above
            known.put(def.key(), ups);
            groups.put(def.key(), def.group());
        }
        try {
            graph = AssetGraph.fromUpstreams(known, groups);
        } catch (CycleException e) {
            problems.add(e.getMessage());
        }
    }
}
