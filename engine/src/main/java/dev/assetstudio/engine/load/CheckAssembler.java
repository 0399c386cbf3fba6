package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetCheckSpec;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.graph.KeySuggestions;
import dev.assetstudio.engine.model.CheckKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves every asset check once all assets are known: the checked asset must exist, a name is
 * unique per asset, and a check's parameters bind to its asset's value, the context or resources
 * only. The checks are then attached to their assets' definitions.
 */
final class CheckAssembler {
    private final Problems problems;
    private final Map<String, Object> resources;

    CheckAssembler(Problems problems, Map<String, Object> resources) {
        this.problems = problems;
        this.resources = resources;
    }

    void attach(List<Contribution> contributions, Map<AssetKey, AssetDefinition> definitions) {
        Map<CheckKey, List<String>> places = new TreeMap<>();
        Map<CheckKey, CheckDefinition> checks = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            for (MethodCheck m : c.checks()) {
                String who = "asset check " + m.name() + " (" + m.definedIn() + ")";
                if (known(who, m.asset(), definitions)) {
                    CheckKey key = CheckKey.of(m.asset(), m.name());
                    places.computeIfAbsent(key, k -> new ArrayList<>()).add(m.definedIn());
                    CheckDefinition def = methodCheck(who, key, m);
                    if (def != null) {
                        checks.putIfAbsent(key, def);
                    }
                }
            }
            for (AssetCheckSpec spec : c.checkSpecs()) {
                String where = "AssetCheckSpec from " + c.origin();
                String who = "asset check " + spec.name() + " (" + where + ")";
                if (!known(who, spec.asset(), definitions)) {
                    continue;
                }
                CheckKey key = CheckKey.of(spec.asset(), spec.name());
                places.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
                if (spec.computation().isEmpty()) {
                    problems.add(who + " has no computation; call compute(...) on the spec");
                    continue;
                }
                var function = spec.computation().get();
                checks.putIfAbsent(
                        key,
                        new CheckDefinition(key, spec.description(), spec.blocking(), true, where, function::check));
            }
        }
        places.forEach((key, where) -> {
            if (where.size() > 1) {
                problems.add("asset " + key.asset() + " has two checks named " + key.name() + ": defined in "
                        + String.join(" and in ", where) + "; a check's name is unique per asset");
            }
        });
        Map<AssetKey, List<CheckDefinition>> byAsset = new TreeMap<>();
        checks.values().forEach(d -> byAsset.computeIfAbsent(d.key().asset(), k -> new ArrayList<>())
                .add(d));
        byAsset.forEach(
                (asset, list) -> definitions.put(asset, definitions.get(asset).withChecks(list)));
    }

    private boolean known(String who, AssetKey asset, Map<AssetKey, AssetDefinition> definitions) {
        if (definitions.containsKey(asset)) {
            return true;
        }
        problems.add(who + " checks unknown asset " + asset + KeySuggestions.didYouMean(asset, definitions.keySet()));
        return false;
    }

    private CheckDefinition methodCheck(String who, CheckKey key, MethodCheck m) {
        List<ParameterBinding> bindings = new ArrayList<>();
        boolean readsValue = false;
        AssetKey asset = key.asset();
        for (MethodAsset.Param p : m.parameters()) {
            ParameterBinding binding = p.binding();
            if (binding == null) {
                // by name: the checked asset's last segment, or its whole key
                if (p.name().equals(asset.name()) || p.name().equals(asset.toString())) {
                    binding = new ParameterBinding.Input(asset);
                } else {
                    problems.add(who + ": parameter " + p.name() + " binds to nothing; a check takes its asset's"
                            + " value (a parameter named " + asset.name() + ", or @In(\"" + asset + "\")), the"
                            + " AssetContext and @Resource parameters");
                    return null;
                }
            }
            if (binding instanceof ParameterBinding.Input in) {
                if (!in.key().equals(asset)) {
                    problems.add(who + ": parameter " + p.name() + " reads asset " + in.key()
                            + "; a check reads only the asset it checks, " + asset);
                    return null;
                }
                readsValue = true;
            }
            if (binding instanceof ParameterBinding.Resource r
                    && !resources.containsKey(r.key())
                    && !AssetDefinition.DEFAULT_IO_MANAGER.equals(r.key())) {
                problems.add(who + ": parameter " + p.name() + " takes @Resource(\"" + r.key()
                        + "\"), but there is no resource '" + r.key() + "'");
                return null;
            }
            bindings.add(binding);
        }
        MethodComputation computation = new MethodComputation(m.method(), bindings, resources);
        return new CheckDefinition(
                key,
                m.description(),
                m.blocking(),
                readsValue,
                m.definedIn(),
                (context, value) ->
                        computation.compute(context, java.util.Collections.singletonMap(asset, value), null));
    }
}
