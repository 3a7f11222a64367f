package org.crampwise.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps each line written through it at a width, between words, continuing under the text of a
 * list item ({@code "- "}, {@code "  1) "}) rather than under its marker. ANSI colour codes take
 * no room. A line not yet ended (a prompt) is written as it is when flushed.
 */
final class WrappingWriter extends Writer {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern MARKER = Pattern.compile("^(\\s*(?:- |\\d+\\) |> )?)");

    private final Writer out;
    private final int width;
    private final StringBuilder line = new StringBuilder();

    WrappingWriter(Writer out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                out.write(wrap(line.toString()));
                out.write('\n');
                line.setLength(0);
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    /** One line wrapped; visible for the tests. */
    String wrap(String text) {
        if (visible(text) <= width) {
            return text;
        }
        Matcher m = MARKER.matcher(ANSI.matcher(text).replaceAll(""));
        int indent = m.find() ? Math.min(m.group(1).length(), width / 2) : 0;
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder wrapped = new StringBuilder(text.substring(0, lead));
        int used = lead;
        boolean first = true;
        for (String word : text.substring(lead).split(" ", -1)) {
            int w = visible(word);
            if (used > indent && used + 1 + w > width) {
                wrapped.append('\n').append(" ".repeat(indent));
                used = indent;
            } else if (!first) {
                wrapped.append(' ');
                used++;
            }
            first = false;
            wrapped.append(word);
            used += w;
        }
        return wrapped.toString();
    }

    private static int visible(String s) {
        return ANSI.matcher(s).replaceAll("").codePointCount(0, ANSI.matcher(s).replaceAll("").length());
    }

    @Override
    public void flush() throws IOException {
        if (line.length() > 0) {
            out.write(line.toString()); // a prompt waiting for its answer on the same line
            line.setLength(0);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    /**
     * The terminal's width: {@code COLUMNS} when set, else what {@code stty} says of the
     * terminal; 0 (no wrapping) when the output is not a terminal.
     */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("[0-9]{1,4}")) {
            return Integer.parseInt(columns.strip());
        }
        if (System.console() == null) {
            return 0;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            p.waitFor();
            String[] rowsCols = size.split("\\s+");
            return rowsCols.length == 2 && rowsCols[1].matches("[0-9]{1,4}") ? Integer.parseInt(rowsCols[1]) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
