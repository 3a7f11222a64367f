package org.crampwise.app.diary.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180): comma-separated cells, a cell in double quotes may hold commas, line
 * breaks and doubled quotes. An unquoted empty cell reads as null and a quoted one ({@code ""}) as
 * the empty text, so a diary's "not given" and "given but empty" both survive a round trip.
 */
final class CsvReader {

    /** One record and the line it starts on (1 is the first line of the file). */
    record Record(int line, List<String> cells) {}

    static final class SyntaxException extends Exception {
        final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int line = 1;
    private boolean started;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    Record next() throws IOException, SyntaxException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read(); // a byte order mark, as spreadsheets write: not part of the first cell
            }
        }
        while (c == '\r' || c == '\n') {
            newline(c);
            c = read();
        }
        if (c < 0) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            boolean quoted = false;
            cell.setLength(0);
            if (c == '"') {
                quoted = true;
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new SyntaxException(start, "a quoted cell is not closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break; // the closing quote
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
                if (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                    throw new SyntaxException(line, "text after a closing quote; write a quote inside a quoted cell as \"\"");
                }
            } else {
                while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                    if (c == '"') {
                        throw new SyntaxException(line, "a quote inside an unquoted cell; put the cell in quotes");
                    }
                    cell.append((char) c);
                    c = read();
                }
            }
            cells.add(quoted || cell.length() > 0 ? cell.toString() : null);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n') {
                newline(c);
            }
            return new Record(start, cells);
        }
    }

    /** Consumes the rest of a line break that began with {@code c} (CR, LF or CR LF). */
    private void newline(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = read();
            if (next >= 0 && next != '\n') {
                pos--; // not part of the break: read it again
            }
        }
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }
}
