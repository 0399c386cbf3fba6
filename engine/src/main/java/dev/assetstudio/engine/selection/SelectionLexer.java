package dev.assetstudio.engine.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a selection written in Dagster's current syntax into tokens, each with its position. A
 * word is any run of characters but blanks and {@code ( ) + = "}; a run of digits right next to a
 * {@code +} is a layer count. {@code and}, {@code or} and {@code not} are keywords in any case.
 */
final class SelectionLexer {
    enum Type {
        WORD,
        QUOTED,
        DIGITS,
        PLUS,
        EQUAL,
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        END
    }

    /** A token; {@code position} is the 0-based index of its first character. */
    record Token(Type type, String text, int position) {
        String describe() {
            return switch (type) {
                case END -> "the end";
                case QUOTED -> "\"" + text + "\"";
                default -> "'" + text + "'";
            };
        }
    }

    private SelectionLexer() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Type.LPAREN, "(", i++));
            } else if (c == ')') {
                tokens.add(new Token(Type.RPAREN, ")", i++));
            } else if (c == '+') {
                tokens.add(new Token(Type.PLUS, "+", i++));
            } else if (c == '=') {
                tokens.add(new Token(Type.EQUAL, "=", i++));
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw SelectionSyntax.error(text, i, "a closing '\"' for the quote opened here");
                }
                tokens.add(new Token(Type.QUOTED, text.substring(i + 1, end), i));
                i = end + 1;
            } else {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                boolean digits = word.chars().allMatch(Character::isDigit);
                boolean besidePlus = (i < n && text.charAt(i) == '+') || (start > 0 && text.charAt(start - 1) == '+');
                tokens.add(new Token(digits && besidePlus ? Type.DIGITS : keyword(word), word, start));
            }
        }
        tokens.add(new Token(Type.END, "", n));
        return tokens;
    }

    private static Type keyword(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> Type.AND;
            case "or" -> Type.OR;
            case "not" -> Type.NOT;
            default -> Type.WORD;
        };
    }

    private static boolean isWordChar(char c) {
        return !Character.isWhitespace(c) && c != '(' && c != ')' && c != '+' && c != '=' && c != '"';
    }
}
