package dev.assetstudio.api;

/**
 * Reads the string form of an {@link AutomationCondition}: {@code eager}, {@code on_missing},
 * {@code on_cron(CRON)} or {@code on_cron(CRON; ZONE)}, combined with {@code ~}, {@code &}, {@code |}
 * and parentheses (tightest first). Positions in messages count from 1.
 */
final class AutomationConditionParser {
    private final String text;
    private int pos;

    AutomationConditionParser(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "automation condition is empty; expected eager, on_missing or on_cron(...)");
        }
        this.text = text;
    }

    AutomationCondition parse() {
        AutomationCondition c = or();
        skipSpaces();
        if (pos < text.length()) {
            throw error("expected &, | or the end");
        }
        return c;
    }

    private AutomationCondition or() {
        AutomationCondition c = and();
        while (accept('|')) {
            c = c.or(and());
        }
        return c;
    }

    private AutomationCondition and() {
        AutomationCondition c = unary();
        while (accept('&')) {
            c = c.and(unary());
        }
        return c;
    }

    private AutomationCondition unary() {
        if (accept('~')) {
            return unary().not();
        }
        return primary();
    }

    private AutomationCondition primary() {
        skipSpaces();
        if (accept('(')) {
            AutomationCondition inner = or();
            if (!accept(')')) {
                throw error("expected ) to close the ( opened earlier");
            }
            return inner;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "eager":
                emptyParentheses();
                return AutomationCondition.eager();
            case "on_missing":
                emptyParentheses();
                return AutomationCondition.onMissing();
            case "on_cron":
                return onCron();
            case "":
                throw error("expected a condition (eager, on_missing, on_cron(...)), ~ or (");
            default:
                pos = start;
                throw error("unknown condition '" + word + "'; expected eager, on_missing or on_cron(...)");
        }
    }

    private void emptyParentheses() {
        int save = pos;
        if (accept('(')) {
            if (!accept(')')) {
                throw error("expected ) : this condition takes no arguments");
            }
        } else {
            pos = save;
        }
    }

    private AutomationCondition onCron() {
        if (!accept('(')) {
            throw error("expected ( after on_cron, as in on_cron(0 6 * * *)");
        }
        int start = pos;
        int close = text.indexOf(')', pos);
        if (close < 0) {
            throw error("expected ) to close on_cron(");
        }
        String inside = text.substring(start, close);
        int semicolon = inside.indexOf(';');
        String cron = (semicolon < 0 ? inside : inside.substring(0, semicolon)).strip();
        String zone = semicolon < 0 ? "UTC" : inside.substring(semicolon + 1).strip();
        if (cron.isEmpty()) {
            throw error("expected a cron expression inside on_cron(), as in on_cron(0 6 * * *)");
        }
        if (zone.isEmpty()) {
            pos = start + semicolon + 1;
            throw error("expected a time zone after ; in on_cron");
        }
        pos = close + 1;
        return AutomationCondition.onCron(cron, zone);
    }

    private boolean accept(char c) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String expected) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
        return new IllegalArgumentException(
                "automation condition \"" + text + "\" at position " + (pos + 1) + " (" + found + "): " + expected);
    }

    /** {@code c} as an operand of {@code parent}, parenthesized where precedence needs it. */
    static String operand(AutomationCondition c, AutomationCondition parent) {
        boolean needs = (parent instanceof AutomationCondition.Not
                        && (c instanceof AutomationCondition.And || c instanceof AutomationCondition.Or))
                || (parent instanceof AutomationCondition.And && c instanceof AutomationCondition.Or);
        return needs ? "(" + c + ")" : c.toString();
    }
}
