package dev.assetstudio.engine.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's single writer: a thread that drains a queue of {@link WriteOp}s and commits each drained
 * batch in one transaction.
 *
 * <p>One writer per store keeps SQLite's single-writer rule out of the callers' way (they only
 * enqueue) and turns thousands of small inserts into a few transactions. A batch that meets a busy
 * database (another process writing) is rolled back and retried with backoff. A batch that fails for
 * any other reason is replayed op by op so only the bad ops are lost; the failure is remembered and
 * thrown by the next {@link #flush()} or {@link #close()}, never swallowed.
 */
final class HistoryWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);

    /** The most ops committed in one transaction: big enough to amortize commits, small enough to keep
     * the lock short for other processes. */
    static final int MAX_BATCH = 2_000;

    /** Bounds memory if the disk is much slower than the producers; callers then wait in enqueue. */
    private static final int QUEUE_CAPACITY = 200_000;

    private final Path file;
    private final Connection connection;
    private final WriteStatements statements;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    // Enqueuers share the read lock; close takes the write lock so nothing is enqueued after the stop
    // marker and lost.
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private final Object failureLock = new Object();
    private boolean closed;
    /** Ops queued so far (after their put returned), and ops the writer is done with (committed or lost). */
    private final AtomicLong queued = new AtomicLong();

    private final AtomicLong done = new AtomicLong();
    private SQLException firstFailure;
    private long lostOps;

    /** A marker in the queue: counted down once everything before it is committed. */
    private static final class Barrier {
        final CountDownLatch done = new CountDownLatch(1);
    }

    private static final Object STOP = new Object();

    HistoryWriter(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.statements = new WriteStatements(connection);
        this.thread = new Thread(this::loop, "history-writer " + file.getFileName());
        // Daemon so a forgotten close() cannot keep the JVM alive; close() is what makes writes durable.
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code op}; returns at once unless the queue is full. */
    void enqueue(WriteOp op) {
        put(op);
        queued.incrementAndGet();
    }

    /**
     * Waits until every op queued before this call is committed (or lost), without reporting write
     * failures: a read calls this so it sees the writes that came before it. Costs one comparison when
     * nothing is pending.
     */
    void awaitQueued() {
        if (done.get() >= queued.get()) {
            return;
        }
        Barrier barrier = new Barrier();
        closing.readLock().lock();
        try {
            if (closed) {
                return; // close() commits what is queued; the read goes on with what is there
            }
            putUninterruptibly(barrier);
        } finally {
            closing.readLock().unlock();
        }
        awaitUninterruptibly(barrier.done);
    }

    /** Waits until everything enqueued before this call is committed; throws a write failure since the last flush. */
    void flush() {
        Barrier barrier = new Barrier();
        put(barrier);
        awaitUninterruptibly(barrier.done);
        throwFailure();
    }

    /** Commits what is queued, stops the thread, closes the connection; throws any pending write failure. */
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            putUninterruptibly(STOP);
        } finally {
            closing.writeLock().unlock();
        }
        joinUninterruptibly();
        try {
            statements.close();
            connection.close();
        } catch (SQLException e) {
            recordFailure(e, 0);
        }
        throwFailure();
    }

    private void put(Object item) {
        closing.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("history store " + file + " is closed");
            }
            putUninterruptibly(item);
        } finally {
            closing.readLock().unlock();
        }
    }

    private void loop() {
        List<Object> batch = new ArrayList<>(MAX_BATCH);
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                stop = process(batch);
            } catch (InterruptedException e) {
                // Nobody but close() should stop us, and it does so with the STOP marker.
                LOG.warn("history writer for {} interrupted; going on until closed", file);
            } catch (Throwable t) {
                // Last resort so the thread never dies and leaves flush() waiting forever.
                LOG.error("history writer for {} failed unexpectedly", file, t);
                recordFailure(new SQLException("unexpected writer failure: " + t, t), countOps(batch));
                done.addAndGet(countOps(batch));
                releaseBarriers(batch);
                // close() waits for the thread: a STOP in the failed batch must still stop it.
                stop = batch.contains(STOP);
            } finally {
                batch.clear();
            }
        }
    }

    /** Commits the ops of {@code batch}, then releases its barriers; true if it held the stop marker. */
    private boolean process(List<Object> batch) {
        List<WriteOp> ops = new ArrayList<>(batch.size());
        boolean stop = false;
        for (Object item : batch) {
            if (item instanceof WriteOp op) {
                ops.add(op);
            } else if (item == STOP) {
                stop = true;
            }
        }
        if (!ops.isEmpty()) {
            commit(ops);
            done.addAndGet(ops.size());
        }
        releaseBarriers(batch);
        return stop;
    }

    private void commit(List<WriteOp> ops) {
        try {
            Transactions.inTransactionRetrying(connection, () -> apply(ops));
            statements.transactionCommitted();
        } catch (SQLException | RuntimeException e) {
            if (ops.size() == 1 || (e instanceof SQLException sql && SqliteConnections.isBusy(sql))) {
                // Busy past the retry deadline: replaying op by op would only wait again.
                recordFailure(e, ops.size());
                return;
            }
            LOG.debug("history batch of {} failed ({}); replaying op by op", ops.size(), e.getMessage());
            for (WriteOp op : ops) {
                try {
                    Transactions.inTransactionRetrying(connection, () -> apply(List.of(op)));
                    statements.transactionCommitted();
                } catch (SQLException | RuntimeException single) {
                    recordFailure(single, 1);
                }
            }
        }
    }

    private void apply(List<WriteOp> ops) throws SQLException {
        statements.beginTransaction(); // each attempt, so a retried batch writes everything again
        try {
            for (WriteOp op : ops) {
                op.apply(statements);
            }
        } catch (SQLException | RuntimeException e) {
            // The driver can leave a statement that failed unusable ("statement is not executing"),
            // and a schema change invalidates them all; prepare afresh rather than fail forever.
            statements.closeQuietly();
            throw e;
        }
    }

    private void recordFailure(Exception e, long ops) {
        SQLException sql = e instanceof SQLException s ? s : new SQLException(e.getMessage(), e);
        boolean first;
        synchronized (failureLock) {
            first = firstFailure == null;
            if (first) {
                firstFailure = sql;
            }
            lostOps += ops;
        }
        // Logged as well as kept, since nobody may flush for a while; once per flush period so a full
        // disk does not log every lost line.
        if (first) {
            LOG.error("could not write {} record(s) to history database {}: {}", ops, file, e.getMessage());
        } else {
            LOG.debug("could not write {} more record(s) to history database {}: {}", ops, file, e.getMessage());
        }
    }

    private void throwFailure() {
        SQLException failure;
        long lost;
        synchronized (failureLock) {
            failure = firstFailure;
            lost = lostOps;
            firstFailure = null;
            lostOps = 0;
        }
        if (failure != null) {
            throw new HistoryException(
                    "could not write " + lost + " record(s) to history database " + file + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static long countOps(List<Object> batch) {
        return batch.stream().filter(WriteOp.class::isInstance).count();
    }

    private static void releaseBarriers(List<Object> batch) {
        for (Object item : batch) {
            if (item instanceof Barrier b) {
                b.done.countDown();
            }
        }
    }

    private void putUninterruptibly(Object item) {
        uninterruptibly(() -> queue.put(item));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        uninterruptibly(latch::await);
    }

    private void joinUninterruptibly() {
        uninterruptibly(thread::join);
    }

    /** A blocking call that may be interrupted. */
    @FunctionalInterface
    private interface Blocking {
        void call() throws InterruptedException;
    }

    /**
     * Runs {@code blocking} to the end, retrying when interrupted: a record queued for history must
     * not be dropped because its caller was interrupted. The interrupt is restored afterwards.
     */
    private static void uninterruptibly(Blocking blocking) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    blocking.call();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
