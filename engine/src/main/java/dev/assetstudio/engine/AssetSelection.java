package dev.assetstudio.engine;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.graph.AssetGraph;
import dev.assetstudio.engine.graph.KeySuggestions;
import dev.assetstudio.engine.selection.Selected;
import dev.assetstudio.engine.selection.SelectionEvaluator;
import dev.assetstudio.engine.selection.SelectionExpression;
import dev.assetstudio.engine.selection.SelectionParser;
import dev.assetstudio.engine.selection.SelectionScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which assets a run (or a view) is about, written in Dagster's selection syntax.
 *
 * <pre>{@code
 * AssetSelection.parse("*downstreamAsset");          // it and everything upstream of it
 * AssetSelection.parse("raw/orders*");               // it and everything downstream of it
 * AssetSelection.parse("+a, b++ ,group:nabisco");     // unions, one or two levels, a whole group
 * AssetSelection.all().resolve(graph);                 // every key, sorted
 * }</pre>
 *
 * <p>Terms, separated by commas (their union), whitespace around them ignored:
 *
 * <ul>
 *   <li>{@code key} or {@code a/b/c}: that asset;
 *   <li>{@code *key}: it and all its upstream assets; {@code key*}: it and all downstream; {@code
 *       *key*}: both;
 *   <li>{@code +key} / {@code key+}: one level up / down; each further {@code +} is one more level
 *       ({@code ++key}: two levels up); {@code *} and {@code +} do not mix on one side;
 *   <li>{@code group:name}: every asset of the group;
 *   <li>{@code *} alone: every asset.
 * </ul>
 *
 * <p>Dagster's current syntax is accepted too (see {@link SelectionParser}): {@code key:} with
 * {@code *} wildcards and quotes, {@code tag:k} / {@code tag:k=v}, {@code owner:}, {@code group:},
 * {@code kind:}, {@code status:} (health), {@code check:} and {@code checks:}, {@code and} / {@code
 * or} / {@code not}, parentheses, {@code +} (all layers) and {@code N+} / {@code +N} on either side,
 * {@code roots(…)} and {@code sinks(…)}:
 *
 * <pre>{@code
 * AssetSelection.parse("tag:domain=sales and not kind:csv");
 * AssetSelection.parse("2+key:orders+");           // two layers up, every layer down
 * AssetSelection.parse("checks:orders");           // every check of orders, without materializing it
 * }</pre>
 *
 * <p>A text using none of the current syntax's attributes, keywords, parentheses, quotes or layer
 * counts keeps section 4's meaning (there {@code +} is one level). {@link #parse} reports syntax
 * errors naming the offending term (current syntax: the position and what was expected); {@link #resolve} reports keys
 * the graph does not have (with a "did you mean") and selections that match nothing. A selection is
 * immutable; {@link #toString()} gives its text back.
 */
public final class AssetSelection {
    private static final int ALL_LEVELS = Integer.MAX_VALUE;

    private final String text;
    private final List<Term> terms;
    /** The parsed current syntax; {@code null} for a selection in section 4's syntax. */
    private final SelectionExpression expression;

    private AssetSelection(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
        this.expression = null;
    }

    private AssetSelection(String text, SelectionExpression expression) {
        this.text = text;
        this.terms = List.of();
        this.expression = expression;
    }

    /** Every asset. */
    public static AssetSelection all() {
        return new AssetSelection("*", List.of(new AllTerm()));
    }

    /** Exactly these assets. */
    public static AssetSelection keys(AssetKey... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("a selection needs at least one key");
        }
        List<Term> terms = Arrays.stream(keys)
                .map(k -> (Term) new KeyTerm(Objects.requireNonNull(k, "key"), 0, 0))
                .toList();
        String text = Arrays.stream(keys).map(AssetKey::toString).collect(Collectors.joining(","));
        return new AssetSelection(text, terms);
    }

    /**
     * Parses a selection.
     *
     * @throws IllegalArgumentException naming the offending term, if {@code text} is not a selection
     */
    public static AssetSelection parse(String text) {
        Objects.requireNonNull(text, "selection text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("selection is empty");
        }
        if (SelectionParser.isCurrentSyntax(text)) {
            return new AssetSelection(text.strip(), SelectionParser.parse(text.strip()));
        }
        List<Term> terms = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            terms.add(parseTerm(text, raw.strip()));
        }
        return new AssetSelection(text.strip(), terms);
    }

    private static Term parseTerm(String text, String term) {
        if (term.isEmpty()) {
            throw new IllegalArgumentException("selection '" + text + "' has an empty term between commas");
        }
        if (term.equals("*")) {
            return new AllTerm();
        }
        if (term.startsWith("group:")) {
            String group = term.substring("group:".length()).strip();
            if (group.isEmpty() || !group.chars().allMatch(AssetSelection::isKeyChar)) {
                throw new IllegalArgumentException(
                        "selection '" + text + "': '" + term + "' needs a group name after 'group:'");
            }
            return new GroupTerm(group);
        }
        int start = 0;
        int end = term.length();
        int up = 0;
        int down = 0;
        boolean upAll = false;
        boolean downAll = false;
        while (start < end && isOperator(term.charAt(start))) {
            char c = term.charAt(start++);
            if (c == '*') {
                if (upAll || up > 0) {
                    throw mixedOperators(text, term);
                }
                upAll = true;
            } else {
                if (upAll) {
                    throw mixedOperators(text, term);
                }
                up++;
            }
        }
        while (end > start && isOperator(term.charAt(end - 1))) {
            char c = term.charAt(--end);
            if (c == '*') {
                if (downAll || down > 0) {
                    throw mixedOperators(text, term);
                }
                downAll = true;
            } else {
                if (downAll) {
                    throw mixedOperators(text, term);
                }
                down++;
            }
        }
        String keyText = term.substring(start, end).strip();
        if (keyText.isEmpty()) {
            throw new IllegalArgumentException("selection '" + text + "': '" + term + "' names no asset key");
        }
        for (int i = 0; i < keyText.length(); i++) {
            char c = keyText.charAt(i);
            if (!isKeyChar(c) && c != '/') {
                throw new IllegalArgumentException("selection '" + text + "': unexpected '" + c + "' in '" + term
                        + "' (operators * and + go only before or after a key)");
            }
        }
        AssetKey key;
        try {
            key = AssetKey.parse(keyText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "selection '" + text + "': '" + keyText + "' is not an asset key: " + e.getMessage(), e);
        }
        return new KeyTerm(key, upAll ? ALL_LEVELS : up, downAll ? ALL_LEVELS : down);
    }

    private static boolean isOperator(char c) {
        return c == '*' || c == '+';
    }

    private static boolean isKeyChar(int c) {
        return !Character.isWhitespace(c) && c != '*' && c != '+' && c != ',' && c != '/' && c != ':';
    }

    private static IllegalArgumentException mixedOperators(String text, String term) {
        return new IllegalArgumentException("selection '" + text + "': '" + term
                + "' mixes or repeats '*' on one side; use '*' for all levels or '+' per level");
    }

    /**
     * The selected keys of {@code graph}, sorted.
     *
     * @throws IllegalArgumentException naming a key the graph does not have (with the closest known
     *     key), or saying that the selection matches no asset
     */
    public SortedSet<AssetKey> resolve(AssetGraph graph) {
        if (expression != null) {
            return resolve(SelectionScope.of(graph)).assets();
        }
        return resolveTerms(graph);
    }

    /**
     * The selected assets and the checks selected on their own, resolved in {@code scope} (which
     * answers tags, owners, kinds, checks and health when it has a project's definitions).
     *
     * @throws IllegalArgumentException as {@link #resolve(AssetGraph)}, and for a term the scope cannot
     *     answer
     */
    public Selected resolve(SelectionScope scope) {
        if (expression == null) {
            return new Selected(resolveTerms(scope.graph()), new TreeSet<>());
        }
        Selected selected = new SelectionEvaluator(text, scope).evaluate(expression);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("selection '" + text + "' matches no asset");
        }
        return selected;
    }

    /** Whether the selection is written in Dagster's current syntax (see {@link SelectionParser}). */
    public boolean isCurrentSyntax() {
        return expression != null;
    }

    private SortedSet<AssetKey> resolveTerms(AssetGraph graph) {
        SortedSet<AssetKey> selected = new TreeSet<>();
        for (Term term : terms) {
            if (term instanceof AllTerm) {
                selected.addAll(graph.keys());
            } else if (term instanceof GroupTerm group) {
                selected.addAll(graph.keysInGroup(group.name()));
            } else if (term instanceof KeyTerm keyTerm) {
                AssetKey key = keyTerm.key();
                if (!graph.contains(key)) {
                    throw new IllegalArgumentException(
                            "selection '" + text + "': no asset " + key + KeySuggestions.didYouMean(key, graph.keys()));
                }
                selected.addAll(graph.upstream(Set.of(key), keyTerm.upLevels()));
                selected.addAll(graph.downstream(Set.of(key), keyTerm.downLevels()));
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("selection '" + text + "' matches no asset"
                    + (graph.groups().isEmpty() ? "" : " (groups: " + String.join(", ", graph.groups()) + ")"));
        }
        return Collections.unmodifiableSortedSet(selected);
    }

    /** The selection's text, as parsed (or as built: keys joined by commas, {@code *} for all). */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssetSelection other
                && terms.equals(other.terms)
                && Objects.equals(expression, other.expression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms, expression);
    }

    private sealed interface Term permits AllTerm, GroupTerm, KeyTerm {}

    private record AllTerm() implements Term {}

    private record GroupTerm(String name) implements Term {}

    /** A key with how many levels up and down it reaches ({@code ALL_LEVELS} for {@code *}). */
    private record KeyTerm(AssetKey key, int upLevels, int downLevels) implements Term {}
}
