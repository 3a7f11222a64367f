package org.crampwise.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.Secrets;
import org.crampwise.app.web.WebConfig;
import org.crampwise.app.web.WebServer;
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

    @Option(names = "--kb", paramLabel = "DIR", description = "Use the knowledge base in DIR instead of the built-in one.")
    Path kbDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = KbOption.load(kbDir);
        Path dataDir = storage.dataDir();
        byte[] secret = Secrets.load(dataDir);
        Database database = storage.open();
        WebServer server;
        try {
            server = new WebServer(new WebConfig(host, port, dataDir, emergencyNumber, urgentNumber, secret,
                    secureCookies, VersionProvider.appVersion()), kb, database).start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        spec.commandLine().getOut().printf("Crampwise is running at http://%s:%d/ (Ctrl-C to stop)%n", host,
                server.port());
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
            stopped.countDown();
        }, "crampwise-shutdown"));
        stopped.await();
        return 0;
    }
}
