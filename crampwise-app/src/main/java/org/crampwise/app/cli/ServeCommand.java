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

    @CommandLine.Mixin
    RegionOption region;

    @CommandLine.Mixin
    LanguageOption language;

    @Option(names = "--emergency-number", defaultValue = "${env:CRAMPWISE_EMERGENCY_NUMBER}",
            description = "Emergency phone number for every region, instead of each region's own "
                    + "(env CRAMPWISE_EMERGENCY_NUMBER; default: the region's).")
    String emergencyNumber;

    @Option(names = "--urgent-number", defaultValue = "${env:CRAMPWISE_URGENT_NUMBER}",
            description = "Same-day (urgent advice) phone number for every region, instead of each region's own "
                    + "route (env CRAMPWISE_URGENT_NUMBER; default: the region's).")
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

    @Option(names = "--allowed-origins", paramLabel = "ORIGINS", split = ",",
            defaultValue = "${env:CRAMPWISE_ALLOWED_ORIGINS}",
            description = "Web origins allowed to call the API from a browser, comma-separated, such as "
                    + "https://app.example.org, or * for any (env CRAMPWISE_ALLOWED_ORIGINS; default: none).")
    java.util.List<String> allowedOrigins;

    /** Digits as dialled: 112, 999, 911, 000, 111, +4420…; no spaces, no letters. */
    private static final java.util.regex.Pattern PHONE_NUMBER = java.util.regex.Pattern.compile("\\+?[0-9]{2,15}");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535 (0 picks a free one),"
                    + " not " + port);
        }
        if (shutdownGrace < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shutdown-grace must be 0 or more seconds");
        }
        // A blank or garbled number on every page would send people nowhere (docs/SAFETY.md HAZ-09).
        for (String[] number : new String[][] {{"--emergency-number", emergencyNumber}, {"--urgent-number", urgentNumber}}) {
            if (number[1] != null && !PHONE_NUMBER.matcher(number[1]).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), number[0] + " must be a phone number"
                        + " of 2 to 15 digits (a leading + is allowed), not '" + number[1] + "'");
            }
        }
        java.util.List<String> origins = allowedOrigins == null ? java.util.List.of()
                : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        for (String origin : origins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--allowed-origins: '" + origin
                        + "' is not an origin such as https://app.example.org (a scheme and a host, no path)");
            }
        }
        try {
            LogSetup.level(logLevel);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        KnowledgeBase kb = KbOption.load(kbDir);
        String regionId = region.of(kb, spec).id();
        String languageTag = language.of(kb, spec).toLanguageTag();
        Path dataDir = storage.dataDir();
        byte[] secret = secret(dataDir);
        if (port != 0 && !free(host, port)) {
            throw portTaken();
        }
        if (storage.databaseUrl().isEmpty()) {
            DataFolder.writable(dataDir, "--data-dir (or CRAMPWISE_DATA_DIR)");
        }
        Database database = storage.open();
        WebServer server;
        try {
            server = new WebServer(new WebConfig(host, port, dataDir, emergencyNumber, urgentNumber, secret,
                    secureCookies, VersionProvider.appVersion(), Duration.ofSeconds(shutdownGrace), origins, regionId, languageTag), kb,
                    database)
                    .start();
        } catch (RuntimeException e) {
            database.close();
            throw portInUse(e) ? portTaken() : e;
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

    /** The signing secret; a missing, unreadable or short one is a one-line mistake, never a stack trace. */
    private byte[] secret(Path dataDir) {
        if (secretFile != null) {
            if (!java.nio.file.Files.isReadable(secretFile) || java.nio.file.Files.isDirectory(secretFile)) {
                throw new CommandMistake(CommandMistake.CANNOT, "cannot read the secret file " + secretFile
                        + "; give --secret-file (or CRAMPWISE_SECRET_FILE) a readable file of at least 32 characters.");
            }
            try {
                return Secrets.read(secretFile);
            } catch (IllegalArgumentException e) {
                throw new CommandMistake(CommandMistake.INVALID, "the secret in " + secretFile + " is shorter than 32"
                        + " characters; write a longer one, such as: head -c 48 /dev/urandom | base64 > " + secretFile);
            } catch (java.io.UncheckedIOException e) {
                throw new CommandMistake(CommandMistake.CANNOT, "cannot read the secret file " + secretFile
                        + "; give --secret-file (or CRAMPWISE_SECRET_FILE) a readable file of at least 32 characters.");
            }
        }
        try {
            return Secrets.load(dataDir);
        } catch (IllegalArgumentException e) {
            throw new CommandMistake(CommandMistake.INVALID, "CRAMPWISE_SECRET is shorter than 32 characters;"
                    + " set a longer one, or unset it to use the one kept in the data folder.");
        } catch (java.io.UncheckedIOException e) {
            throw new CommandMistake(CommandMistake.CANNOT, "cannot write in the data folder " + dataDir
                    + "; give a folder you can write to with --data-dir (or CRAMPWISE_DATA_DIR).");
        }
    }

    private CommandMistake portTaken() {
        return new CommandMistake(CommandMistake.CANNOT, "port " + port + " on " + host
                + " is in use by another program; stop it, or give another --port (0 picks a free one).");
    }

    /** Checked before the server starts, so a taken port is one line and no library's error log. */
    private static boolean free(String host, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (java.net.BindException e) {
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return true; // not a taken port: let the server say what is wrong
        }
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }
}
