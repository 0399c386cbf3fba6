package dev.assetstudio.engine.history;

import java.sql.SQLException;

/**
 * One queued write. It holds plain values captured when it was enqueued (so the caller may reuse its
 * maps and lists) and may be applied more than once: a batch that meets a busy database is rolled back
 * and replayed.
 */
@FunctionalInterface
interface WriteOp {
    void apply(WriteStatements statements) throws SQLException;
}
