package dev.assetstudio.app.theme;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A throwaway preferences node, so tests never change the user's real settings. */
public final class TestPreferences {

    private TestPreferences() {}

    public static Preferences fresh() {
        return Preferences.userRoot().node("dev/assetstudio/test/" + UUID.randomUUID());
    }

    public static void remove(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone; nothing to clean.
        }
    }
}
