package org.crampwise.app.web;

import java.nio.file.Path;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/** A real server on a random free port, for tests. */
final class TestServer implements AutoCloseable {
    static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    static final byte[] SECRET = "a-test-secret-that-is-long-enough-for-hmac".getBytes();

    final WebServer server;

    TestServer(Path dataDir, String emergencyNumber) {
        this.server = new WebServer(new WebConfig("127.0.0.1", 0, dataDir, emergencyNumber, "111", SECRET, false), KB)
                .start();
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
