package org.crampwise.app.web;

import java.nio.file.Path;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/** A real server on a random free port, for tests; every web test starts its server here. */
public final class TestServer implements AutoCloseable {
    public static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    static final byte[] SECRET = "a-test-secret-that-is-long-enough-for-hmac".getBytes();

    final WebServer server;

    TestServer(Path dataDir, String emergencyNumber) {
        this.server = new WebServer(config(dataDir, emergencyNumber), KB).start();
    }

    /** Loopback, port 0, the given data folder and numbers ("111" for urgent), a fixed secret. */
    public static WebConfig config(Path dataDir, String emergencyNumber) {
        return new WebConfig("127.0.0.1", 0, dataDir, emergencyNumber, "111", SECRET, false);
    }

    /** A started server with the UK numbers (999, 111), as the command line's built-in knowledge base. */
    public static WebServer start(Path dataDir) {
        return new WebServer(config(dataDir, "999"), KB).start();
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
