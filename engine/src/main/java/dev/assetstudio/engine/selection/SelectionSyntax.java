package dev.assetstudio.engine.selection;

/** Builds the parse errors of selections: the text, a caret under the position, and what was expected. */
final class SelectionSyntax {
    private SelectionSyntax() {}

    static IllegalArgumentException error(String text, int position, String expected) {
        return new IllegalArgumentException("selection '" + text + "': at position " + (position + 1) + " expected "
                + expected + "\n  " + text + "\n  " + " ".repeat(position) + "^");
    }

    static IllegalArgumentException error(String text, SelectionLexer.Token found, String expected) {
        return new IllegalArgumentException("selection '" + text + "': at position " + (found.position() + 1)
                + " expected " + expected + " but found " + found.describe() + "\n  " + text + "\n  "
                + " ".repeat(found.position()) + "^");
    }
}
