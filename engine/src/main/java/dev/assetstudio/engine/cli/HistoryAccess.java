package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.history.HistoryReader;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.SharedHistoryStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The history database alone, for commands that need no jar ({@code runs}, {@code logs}). */
final class HistoryAccess implements AutoCloseable {
    private final Path database;
    private final HistoryStore store;

    private HistoryAccess(Path database, HistoryStore store) {
        this.database = database;
        this.store = store;
    }

    /** The store of {@code --history} (or {@code <home>/history.db}); empty if there is no such file yet. */
    static Optional<HistoryAccess> open(AssetStudioCli cli) {
        Path database = cli.projectOptions().historyDatabase();
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        return Optional.of(new HistoryAccess(database, SharedHistoryStores.acquire(database)));
    }

    /** The store with its write side: for commands that change backfills. */
    HistoryStore store() {
        return store;
    }

    /** The read side, for commands that only show what happened. */
    HistoryReader reader() {
        return store;
    }

    Path database() {
        return database;
    }

    @Override
    public void close() {
        SharedHistoryStores.release(database);
    }
}
