package org.crampwise.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Log lines to standard error through a buffer, written out every 200 ms, at once for a warning
 * or an error, and when logging stops. A line per request must not cost a system call per
 * request: that alone took about a sixth of the throughput of {@code GET /health}.
 */
final class StderrLines extends OutputStreamAppender<ILoggingEvent> {
    static final long FLUSH_EVERY_MS = 200;

    private Thread flusher;

    @Override
    public void start() {
        // BufferedOutputStream's write and flush are synchronized: the flusher may run any time.
        setOutputStream(new BufferedOutputStream(new FilterOutputStream(new FileOutputStream(FileDescriptor.err)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream would write byte by byte
            }

            @Override
            public void close() throws IOException {
                flush(); // stopping the log must not close the process's standard error
            }
        }, 1 << 16));
        setImmediateFlush(false);
        super.start();
        flusher = new Thread(this::flushEvery, "crampwise-log-flush");
        flusher.setDaemon(true);
        flusher.start();
    }

    @Override
    protected void subAppend(ILoggingEvent event) {
        super.subAppend(event);
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            flush();
        }
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.interrupt();
        }
        flush();
        super.stop();
    }

    void flush() {
        OutputStream out = getOutputStream();
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            // standard error is gone: there is nowhere left to say so
        }
    }

    private void flushEvery() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(FLUSH_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
            flush();
        }
    }
}
