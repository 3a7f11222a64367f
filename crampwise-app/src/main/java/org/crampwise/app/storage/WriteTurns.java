package org.crampwise.app.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's writers to one SQLite file take turns in the JVM, first come first served.
 *
 * <p>SQLite has one write lock per file. Without this, writers that find it taken sleep and
 * retry inside SQLite's busy handler, with growing sleeps and no order, so one unlucky writer can
 * lose again and again; a fair lock queues them instead and wakes the next one as soon as the
 * lock is free. Readers never take a turn: in WAL mode they do not wait for the writer.
 * The wait is bounded: past it the caller gets {@link DatabaseBusyException} (a 503), not a hang.
 */
final class WriteTurns {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Duration maxWait;

    WriteTurns(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** Waits for this thread's turn to write; close the turn (try-with-resources) to pass it on. */
    Database.WriteTurn take() {
        try {
            if (!lock.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DatabaseBusyException("no turn to write within " + maxWait.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseBusyException("interrupted while waiting for a turn to write", e);
        }
        return lock::unlock;
    }
}
