package org.crampwise.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crampwise.app.logging.LogSetup;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.Secrets;
import org.crampwise.app.server.WebConfig;
import org.crampwise.app.server.WebServer;
import org.crampwise.kb.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampwise serve}: the web pages. Every setting is a flag and an environment variable. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the Crampwise web pages.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "${env:CRAMPWISE_HOST:-127.0.0.1}",
            description = "Address to listen on (env CRAMPWISE_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:CRAMPWISE_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (env CRAMPWISE_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Mixin
    DatabaseOptions storage;

    @Option(names = "--emergency-number", defaultValue = "${env:CRAMPWISE_EMERGENCY_NUMBER:-999}",
            description = "Emergency phone number shown on pages (env CRAMPWISE_EMERGENCY_NUMBER, default ${DEFAULT-VALUE}).")
    String emergencyNumber;

    @Option(names = "--urgent-number", defaultValue = "${env:CRAMPWISE_URGENT_NUMBER:-111}",
            description = "Urgent-advice phone number (env CRAMPWISE_URGENT_NUMBER, default ${DEFAULT-VALUE}).")
    String urgentNumber;

    @Option(names = "--secure-cookies", defaultValue = "${env:CRAMPWISE_SECURE_COOKIES:-false}",
            description = "Mark cookies Secure; set it when served over HTTPS (env CRAMPWISE_SECURE_COOKIES).")
    boolean secureCookies;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "${env:CRAMPWISE_SHUTDOWN_GRACE:-10}",
            description = "On stop (SIGTERM, Ctrl-C), how long requests in flight may take to finish "
                    + "(env CRAMPWISE_SHUTDOWN_GRACE, default ${DEFAULT-VALUE}).")
    int shutdownGrace;

    @Option(names = "--log-level", defaultValue = "${env:" + LogSetup.LEVEL_ENV + ":-info}",
            description = "Log level: trace, debug, info (one line per request), warn, error or off "
                    + "(env " + LogSetup.LEVEL_ENV + ", default ${DEFAULT-VALUE}).")
    String logLevel;

    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "${env:CRAMPWISE_KB}",
            description = "Use the knowledge base in DIR instead of the built-in one (env CRAMPWISE_KB).")
    Path kbDir;

    // The secret itself is never a flag (a command line is visible to every user of the machine):
    // it is CRAMPWISE_SECRET, or a file named here (a container's mounted secret, say).
    @Option(names = "--secret-file", paramLabel = "FILE", defaultValue = "${env:CRAMPWISE_SECRET_FILE}",
            description = "Read the signing secret (at least 32 characters) from FILE (env CRAMPWISE_SECRET_FILE; "
                    + "else CRAMPWISE_SECRET, else one made once in the data folder).")
    Path secretFile;

    /** Digits as dialled: 112, 999, 911, 000, 111, +4420…; no spaces, no letters. */
    private static final java.util.regex.Pattern PHONE_NUMBER = java.util.regex.Pattern.compile("\\+?[0-9]{2,15}");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (shutdownGrace < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shutdown-grace must be 0 or more seconds");
        }
        // A blank or garbled number on every page would send people nowhere (docs/SAFETY.md HAZ-09).
        for (String[] number : new String[][] {{"--emergency-number", emergencyNumber}, {"--urgent-number", urgentNumber}}) {
            if (!PHONE_NUMBER.matcher(number[1]).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), number[0] + " must be a phone number"
                        + " of 2 to 15 digits (a leading + is allowed), not '" + number[1] + "'");
            }
        }
        try {
            LogSetup.level(logLevel);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        KnowledgeBase kb = KbOption.load(kbDir);
        Path dataDir = storage.dataDir();
        byte[] secret = secretFile != null ? Secrets.read(secretFile) : Secrets.load(dataDir);
        Database database = storage.open();
        WebServer server;
        try {
            server = new WebServer(new WebConfig(host, port, dataDir, emergencyNumber, urgentNumber, secret,
                    secureCookies, VersionProvider.appVersion(), Duration.ofSeconds(shutdownGrace)), kb, database)
                    .start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        spec.commandLine().getOut().printf("Crampwise is running at http://%s:%d/ (Ctrl-C to stop)%n", host,
                server.port());
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(); // graceful: requests in flight finish first
            database.close();
            LogSetup.stop(); // the buffered log lines are written out
            stopped.countDown();
        }, "crampwise-shutdown"));
        stopped.await();
        return 0;
    }
}
