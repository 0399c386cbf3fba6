package dev.assetstudio.app.fx;

/**
 * How far a background task has come: {@code fraction} in [0, 1], or negative when unknown, and a short message.
 *
 * @param fraction done so far, 0–1; negative means indeterminate
 * @param message what is happening now, for a status bar
 */
public record Progress(double fraction, String message) {

    /** Progress of unknown extent. */
    public static Progress indeterminate(String message) {
        return new Progress(-1, message);
    }
}
