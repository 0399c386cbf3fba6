package dev.assetstudio.engine.selection;

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
import dev.assetstudio.engine.selection.SelectionLexer.Token;
import dev.assetstudio.engine.selection.SelectionLexer.Type;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses Dagster's current asset selection syntax (its "asset selection syntax reference"):
 *
 * <pre>
 * expr      := and ('or' and)*
 * and       := unary ('and' unary)*
 * unary     := 'not' unary | layered
 * layered   := [N] '+' primary ['+' [N]]  |  primary ['+' [N]]
 * primary   := '(' expr ')' | ('roots' | 'sinks') '(' expr ')' | '*' | attribute | key
 * attribute := key:K | tag:T [= V] | owner:O | group:G | kind:K | status:S | check:C | checks:K
 * </pre>
 *
 * <p>A bare {@code +} reaches every layer, {@code N+} / {@code +N} reach N layers. Values may be
 * quoted ({@code key:"my asset"}); {@code *} in a key is a wildcard. Errors name the position (1 is
 * the first character) and what was expected there.
 */
public final class SelectionParser {
    static final Set<String> ATTRIBUTES = Set.of("key", "tag", "owner", "group", "kind", "status", "check", "checks");
    private static final Set<String> FUNCTIONS = Set.of("roots", "sinks");
    private static final Pattern NEW_SYNTAX_MARKERS = Pattern.compile(
            "(?i)(^|[\\s(+])(key|tag|owner|kind|status|checks?):|\\b(and|or|not)\\b|\\b(roots|sinks)\\s*\\(|[()\"=]|(^|[\\s(])\\d+\\+|\\+\\d+($|[\\s)])");

    private final String text;
    private final List<Token> tokens;
    private int next;

    private SelectionParser(String text) {
        this.text = text;
        this.tokens = SelectionLexer.tokens(text);
    }

    /**
     * Whether {@code text} is written in the current syntax rather than section 4's (keys with
     * {@code *} and {@code +}, {@code group:}, commas): it uses an attribute other than {@code group:},
     * a keyword, parentheses, quotes, {@code =} or a layer count.
     */
    public static boolean isCurrentSyntax(String text) {
        return NEW_SYNTAX_MARKERS.matcher(text).find();
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the position and what was expected there
     */
    public static SelectionExpression parse(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("selection is empty");
        }
        int comma = text.indexOf(',');
        if (comma >= 0) {
            throw SelectionSyntax.error(
                    text, comma, "'or' between terms (',' belongs to the older syntax of keys" + " and groups only)");
        }
        SelectionParser parser = new SelectionParser(text);
        SelectionExpression expr = parser.or();
        Token end = parser.peek();
        if (end.type() != Type.END) {
            throw SelectionSyntax.error(text, end, "'and', 'or', '+' or the end");
        }
        return expr;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private Token expect(Type type, String what) {
        Token t = peek();
        if (t.type() != type) {
            throw SelectionSyntax.error(text, t, what);
        }
        return take();
    }

    private SelectionExpression or() {
        SelectionExpression left = and();
        while (peek().type() == Type.OR) {
            take();
            left = new Or(left, and());
        }
        return left;
    }

    private SelectionExpression and() {
        SelectionExpression left = unary();
        while (peek().type() == Type.AND) {
            take();
            left = new And(left, unary());
        }
        return left;
    }

    private SelectionExpression unary() {
        if (peek().type() == Type.NOT) {
            take();
            return new Not(unary());
        }
        return layered();
    }

    private SelectionExpression layered() {
        int up = 0;
        if (peek().type() == Type.DIGITS) {
            Token digits = take();
            expect(Type.PLUS, "'+' after the layer count " + digits.text());
            up = count(digits);
        } else if (peek().type() == Type.PLUS) {
            take();
            up = Integer.MAX_VALUE;
        }
        SelectionExpression primary = primary();
        int down = 0;
        if (peek().type() == Type.PLUS) {
            take();
            down = Integer.MAX_VALUE;
            if (peek().type() == Type.DIGITS) {
                down = count(take());
            }
        }
        return up == 0 && down == 0 ? primary : new Layers(primary, up, down);
    }

    private int count(Token digits) {
        try {
            int n = Integer.parseInt(digits.text());
            if (n < 1) {
                throw SelectionSyntax.error(text, digits, "a layer count of at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw SelectionSyntax.error(text, digits, "a layer count that fits an int");
        }
    }

    private SelectionExpression primary() {
        Token t = peek();
        switch (t.type()) {
            case LPAREN -> {
                take();
                SelectionExpression inner = or();
                expect(Type.RPAREN, "')' closing the '(' at position " + (t.position() + 1));
                return inner;
            }
            case WORD -> {
                take();
                String word = t.text();
                String lower = word.toLowerCase(Locale.ROOT);
                if (FUNCTIONS.contains(lower) && peek().type() == Type.LPAREN) {
                    Token open = take();
                    SelectionExpression inner = or();
                    expect(Type.RPAREN, "')' closing " + lower + "( at position " + (open.position() + 1));
                    return new Function(lower, inner);
                }
                if (word.equals("*")) {
                    return new All();
                }
                int colon = word.indexOf(':');
                if (colon < 0) {
                    return new Key(word);
                }
                String name = word.substring(0, colon).toLowerCase(Locale.ROOT);
                if (!ATTRIBUTES.contains(name)) {
                    throw SelectionSyntax.error(
                            text, t, "an attribute key:, tag:, owner:, group:, kind:, status:," + " check: or checks:");
                }
                String value = word.substring(colon + 1);
                if (value.isEmpty()) {
                    Token quoted = peek();
                    if (quoted.type() != Type.QUOTED && quoted.type() != Type.WORD) {
                        throw SelectionSyntax.error(text, quoted, "a value after '" + name + ":'");
                    }
                    value = take().text();
                }
                return attribute(name, value, t);
            }
            case QUOTED -> {
                take();
                return new Key(t.text());
            }
            default -> throw SelectionSyntax.error(
                    text,
                    t,
                    "an asset key, an attribute (key:, tag:, owner:, group:, kind:, status:, check:,"
                            + " checks:), '*', '(', 'not', roots( or sinks(");
        }
    }

    private SelectionExpression attribute(String name, String value, Token at) {
        switch (name) {
            case "key":
                return new Key(value);
            case "check":
                try {
                    return new Check(CheckKey.parse(value));
                } catch (IllegalArgumentException e) {
                    throw SelectionSyntax.error(
                            text, at, "check:<asset key>/<check name>, e.g. check:orders/ordersHaveIds");
                }
            case "checks":
                return new ChecksOf(value);
            case "tag":
                String tagValue = null;
                if (peek().type() == Type.EQUAL) {
                    take();
                    Token v = peek();
                    if (v.type() != Type.WORD && v.type() != Type.QUOTED) {
                        throw SelectionSyntax.error(text, v, "a tag value after '='");
                    }
                    tagValue = take().text();
                }
                return new Attribute(name, value, tagValue);
            default:
                return new Attribute(name, value, null);
        }
    }
}
