package dev.assetstudio.engine.selection;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.graph.AssetGraph;
import dev.assetstudio.engine.graph.KeySuggestions;
import dev.assetstudio.engine.model.CheckKey;
import dev.assetstudio.engine.selection.SelectionExpression.All;
import dev.assetstudio.engine.selection.SelectionExpression.And;
import dev.assetstudio.engine.selection.SelectionExpression.Attribute;
import dev.assetstudio.engine.selection.SelectionExpression.Check;
import dev.assetstudio.engine.selection.SelectionExpression.ChecksOf;
import dev.assetstudio.engine.selection.SelectionExpression.Function;
import dev.assetstudio.engine.selection.SelectionExpression.Key;
import dev.assetstudio.engine.selection.SelectionExpression.Layers;
import dev.assetstudio.engine.selection.SelectionExpression.Not;
import dev.assetstudio.engine.selection.SelectionExpression.Or;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves a {@link SelectionExpression} against a {@link SelectionScope}. Sets of assets combine as
 * sets ({@code and} intersects, {@code or} unites, {@code not} complements within every asset);
 * checks selected alone ride along: {@code and} keeps a check when the other side selects it or its
 * asset; layers and functions act on assets only.
 */
public final class SelectionEvaluator {
    private final String text;
    private final SelectionScope scope;
    private final AssetGraph graph;
    private final Map<AssetKey, AssetHealth.State> health = new HashMap<>();

    public SelectionEvaluator(String text, SelectionScope scope) {
        this.text = text;
        this.scope = scope;
        this.graph = scope.graph();
    }

    /**
     * @throws IllegalArgumentException naming an exact key or check that does not exist, an unknown
     *     status, or an attribute this scope cannot answer
     */
    public Selected evaluate(SelectionExpression expr) {
        if (expr instanceof All) {
            return new Selected(graph.keys(), new TreeSet<>());
        } else if (expr instanceof Key k) {
            return assets(keysMatching(k.pattern(), true));
        } else if (expr instanceof Attribute a) {
            return assets(attribute(a));
        } else if (expr instanceof Check c) {
            AssetDefinition def = definitionFor("check:" + c.key(), c.key().asset());
            if (def.check(c.key().name()).isEmpty()) {
                throw new IllegalArgumentException("selection '" + text + "': asset "
                        + c.key().asset() + " has no check " + c.key().name()
                        + (def.checks().isEmpty() ? "" : " (its checks: " + def.checkNames() + ")"));
            }
            return new Selected(new TreeSet<>(), new TreeSet<>(java.util.List.of(c.key())));
        } else if (expr instanceof ChecksOf c) {
            SortedSet<CheckKey> checks = new TreeSet<>();
            for (AssetKey key : keysMatching(c.pattern(), true)) {
                definitionFor("checks:" + c.pattern(), key).checks().stream()
                        .map(CheckDefinition::key)
                        .forEach(checks::add);
            }
            return new Selected(new TreeSet<>(), checks);
        } else if (expr instanceof And and) {
            Selected l = evaluate(and.left());
            Selected r = evaluate(and.right());
            SortedSet<AssetKey> assets = new TreeSet<>(l.assets());
            assets.retainAll(r.assets());
            SortedSet<CheckKey> checks = new TreeSet<>();
            l.checks().stream()
                    .filter(c -> r.checks().contains(c) || r.assets().contains(c.asset()))
                    .forEach(checks::add);
            r.checks().stream()
                    .filter(c -> l.checks().contains(c) || l.assets().contains(c.asset()))
                    .forEach(checks::add);
            return new Selected(assets, checks);
        } else if (expr instanceof Or or) {
            Selected l = evaluate(or.left());
            Selected r = evaluate(or.right());
            SortedSet<AssetKey> assets = new TreeSet<>(l.assets());
            assets.addAll(r.assets());
            SortedSet<CheckKey> checks = new TreeSet<>(l.checks());
            checks.addAll(r.checks());
            return new Selected(assets, checks);
        } else if (expr instanceof Not not) {
            SortedSet<AssetKey> assets = new TreeSet<>(graph.keys());
            assets.removeAll(evaluate(not.operand()).assets());
            return assets(assets);
        } else if (expr instanceof Layers layers) {
            Selected inner = evaluate(layers.operand());
            SortedSet<AssetKey> assets = new TreeSet<>(inner.assets());
            assets.addAll(graph.upstream(inner.assets(), layers.up()));
            assets.addAll(graph.downstream(inner.assets(), layers.down()));
            return new Selected(assets, inner.checks());
        } else if (expr instanceof Function f) {
            Selected inner = evaluate(f.operand());
            SortedSet<AssetKey> within = inner.assets();
            boolean roots = f.name().equals("roots");
            SortedSet<AssetKey> result = within.stream()
                    .filter(k -> (roots ? graph.upstream(k) : graph.downstream(k))
                            .stream().noneMatch(within::contains))
                    .collect(Collectors.toCollection(TreeSet::new));
            return assets(result);
        }
        throw new IllegalStateException("unknown selection expression " + expr);
    }

    private static Selected assets(SortedSet<AssetKey> keys) {
        return new Selected(keys, new TreeSet<>());
    }

    /** Keys matching a pattern; an exact key that does not exist is an error with a suggestion. */
    private SortedSet<AssetKey> keysMatching(String pattern, boolean exactMustExist) {
        if (!pattern.contains("*")) {
            AssetKey key;
            try {
                key = AssetKey.parse(pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "selection '" + text + "': '" + pattern + "' is not an asset key: " + e.getMessage(), e);
            }
            if (!graph.contains(key)) {
                if (exactMustExist) {
                    throw new IllegalArgumentException(
                            "selection '" + text + "': no asset " + key + KeySuggestions.didYouMean(key, graph.keys()));
                }
                return new TreeSet<>();
            }
            return new TreeSet<>(java.util.List.of(key));
        }
        String regex =
                Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        Pattern compiled = Pattern.compile(regex);
        return filter(k -> compiled.matcher(k.toString()).matches());
    }

    private SortedSet<AssetKey> attribute(Attribute a) {
        String value = a.value();
        switch (a.name()) {
            case "group":
                return filter(k -> graph.groupOf(k).equals(value));
            case "status":
                AssetHealth.State state;
                try {
                    state = AssetHealth.State.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("selection '" + text + "': status:" + value
                            + " is not a health state; use healthy, warning, degraded or unknown");
                }
                return filter(k -> health.computeIfAbsent(k, scope::health) == state);
            case "tag":
                return filter(k -> definitionFor("tag:" + value, k).tags().containsKey(value)
                        && (a.tagValue() == null
                                || a.tagValue()
                                        .equals(definitionFor("tag:" + value, k)
                                                .tags()
                                                .get(value))));
            case "owner":
                return filter(k -> definitionFor("owner:" + value, k).owners().contains(value));
            case "kind":
                return filter(k -> definitionFor("kind:" + value, k).kinds().contains(value));
            default:
                throw new IllegalStateException("unknown attribute " + a.name());
        }
    }

    private SortedSet<AssetKey> filter(Predicate<AssetKey> test) {
        return graph.keys().stream().filter(test).collect(Collectors.toCollection(TreeSet::new));
    }

    private AssetDefinition definitionFor(String term, AssetKey key) {
        if (!scope.hasDefinitions()) {
            throw new IllegalArgumentException("selection '" + text + "': " + term
                    + " needs the project's definitions; resolve it through Project.select");
        }
        return scope.definition(key)
                .orElseThrow(() -> new IllegalArgumentException(
                        "selection '" + text + "': no asset " + key + KeySuggestions.didYouMean(key, graph.keys())));
    }
}
