package dev.assetstudio.engine.history;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link HistoryStore} per database file per process, counted by its users: SQLite wants a
 * single writer, and the studio briefly has two projects on one database while it reloads.
 */
public final class SharedHistoryStores {
    private static final Map<Path, Entry> STORES = new HashMap<>();

    private SharedHistoryStores() {}

    /** The store of {@code dbFile}, opened on first use; pair every call with {@link #release}. */
    public static synchronized HistoryStore acquire(Path dbFile) {
        Path key = dbFile.toAbsolutePath().normalize();
        Entry entry = STORES.get(key);
        if (entry == null) {
            entry = new Entry(SqliteHistoryStore.open(key));
            STORES.put(key, entry);
        }
        entry.users++;
        return entry.store;
    }

    /** Gives back one use of {@code dbFile}'s store; the last one closes it (flushing first). */
    public static synchronized void release(Path dbFile) {
        Path key = dbFile.toAbsolutePath().normalize();
        Entry entry = STORES.get(key);
        if (entry == null) {
            return;
        }
        if (--entry.users == 0) {
            STORES.remove(key);
            entry.store.close();
        }
    }

    private static final class Entry {
        final HistoryStore store;
        int users;

        Entry(HistoryStore store) {
            this.store = store;
        }
    }
}
