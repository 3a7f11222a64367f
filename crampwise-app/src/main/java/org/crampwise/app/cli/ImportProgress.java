package org.crampwise.app.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import org.crampwise.app.diary.io.DiaryImport;

/**
 * How far an import has read, on standard error: a bar redrawn in place on a terminal, else a
 * line every {@value #LINE_EVERY} records (a log or a pipe would fill up with redrawn bars).
 */
final class ImportProgress implements DiaryImport.Progress {
    static final int LINE_EVERY = 10_000;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long size;
    private final Counting counted;

    ImportProgress(PrintWriter err, boolean terminal, long size, Counting counted) {
        this.err = err;
        this.terminal = terminal;
        this.size = size;
        this.counted = counted;
    }

    @Override
    public void read(int records) {
        int percent = size <= 0 ? 100 : (int) Math.min(100, counted.count * 100 / size);
        if (terminal) {
            int filled = percent * WIDTH / 100;
            err.printf(Locale.ROOT, "\rChecking [%s%s] %3d%% %,d records", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    percent, records);
            err.flush();
        } else if (records % LINE_EVERY == 0) {
            err.printf(Locale.ROOT, "Checked %,d records (%d%%)%n", records, percent);
            err.flush();
        }
    }

    /** Ends the bar's line, so what follows starts on a line of its own. */
    void done() {
        if (terminal) {
            err.println();
            err.flush();
        }
    }

    /** Counts the bytes read, for the share of the file done. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
