package dev.assetstudio.engine.selection;

import dev.assetstudio.engine.model.CheckKey;

/**
 * A parsed selection in Dagster's current syntax, as a tree. {@link SelectionParser} builds it;
 * {@link SelectionEvaluator} resolves it.
 */
public sealed interface SelectionExpression {
    /** {@code *}: every asset. */
    record All() implements SelectionExpression {}

    /** {@code key:pattern} (or a bare key): {@code *} in the pattern matches any characters. */
    record Key(String pattern) implements SelectionExpression {}

    /** {@code tag:k}, {@code tag:k=v}, {@code owner:}, {@code group:}, {@code kind:}, {@code status:}. */
    record Attribute(String name, String value, String tagValue) implements SelectionExpression {}

    /** {@code check:a/b/name}: one check, alone. */
    record Check(CheckKey key) implements SelectionExpression {}

    /** {@code checks:pattern}: every check of the assets matching the key pattern. */
    record ChecksOf(String pattern) implements SelectionExpression {}

    record And(SelectionExpression left, SelectionExpression right) implements SelectionExpression {}

    record Or(SelectionExpression left, SelectionExpression right) implements SelectionExpression {}

    record Not(SelectionExpression operand) implements SelectionExpression {}

    /** Layers up and down ({@link Integer#MAX_VALUE} for all; 0 for none). */
    record Layers(SelectionExpression operand, int up, int down) implements SelectionExpression {}

    /** {@code roots(…)} or {@code sinks(…)}. */
    record Function(String name, SelectionExpression operand) implements SelectionExpression {}
}
