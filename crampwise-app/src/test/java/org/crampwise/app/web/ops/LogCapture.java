package org.crampwise.app.web.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crampwise.app.logging.JsonLines;
import org.slf4j.LoggerFactory;

/** Every log line written while it is open, encoded exactly as the server writes them, at INFO and above. */
final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root;
    private final Level before;

    LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        before = root.getLevel();
        JsonLines encoder = new JsonLines();
        encoder.setContext(context);
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
    }

    /** The lines so far. */
    List<String> lines() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    /**
     * The lines once there are {@code count} access lines (or after 5 s): a request's line is
     * written just after its answer is sent, so a client may be a little ahead of the log.
     */
    List<String> linesWithAccessLines(int count) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        List<String> lines = lines();
        while (lines.stream().filter(LogCapture::isAccess).count() < count && System.nanoTime() < end) {
            Thread.sleep(10);
            lines = lines();
        }
        return lines;
    }

    static boolean isAccess(String line) {
        return line.contains("\"logger\":\"crampwise.access\"");
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(before);
    }
}
