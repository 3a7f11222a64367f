package org.crampwise.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Logging, set up in code (found by logback through META-INF/services; no XML to parse at start):
 * JSON lines on standard error ({@link StderrLines}), at the level of {@code CRAMPWISE_LOG_LEVEL}
 * (default info), with the libraries' chatter held to warnings.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    public static final String LEVEL_ENV = "CRAMPWISE_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        StderrLines console = new StderrLines();
        console.setContext(context);
        console.setName("json");
        JsonLines encoder = new JsonLines();
        encoder.setContext(context);
        encoder.start();
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        root.setLevel(parse(System.getenv(LEVEL_ENV)));
        for (String quiet : new String[] {"org.eclipse.jetty", "io.javalin", "org.flywaydb", "com.zaxxer.hikari", "ca.uhn.fhir"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets the level of every Crampwise log line (the libraries stay at warnings). */
    public static void level(String name) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(parse(name));
        }
    }

    /** Writes out what is buffered and stops logging: the last thing a stopping server does. */
    public static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    /** A level by name (trace, debug, info, warn, error, off); info when absent. */
    public static Level parse(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        Level level = Level.toLevel(name.trim().toUpperCase(Locale.ROOT), null);
        if (level == null) {
            throw new IllegalArgumentException("unknown log level '" + name + "': use trace, debug, info, warn, error or off");
        }
        return level;
    }
}
