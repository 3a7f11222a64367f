package org.crampwise.app.web;

import org.crampwise.app.TestFolders;
import org.crampwise.app.server.WebConfig;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.account.TestPasswords;
import org.crampwise.app.server.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TestDatabases;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/**
 * A real server on loopback and a free port, for tests: the only way a test starts one, mostly
 * through {@link WithServer}. It is also the plain client of that server (no cookies, redirects
 * not followed); clients with more (a cookie jar, a bearer token, FHIR) are built on it.
 */
public final class TestServer implements AutoCloseable {
    public static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    static final byte[] SECRET = "a-test-secret-that-is-long-enough-for-hmac".getBytes();
    /** One client for every test: the JDK's is thread-safe, and each costs a selector thread. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final WebServer server;
    private final Path dataDir;
    private final Database database;
    private final Database given;
    private final boolean deleteFolder;

    private TestServer(Builder b) {
        this.dataDir = b.dataDir;
        this.database = b.ownDatabase;
        this.given = b.givenDatabase;
        this.deleteFolder = b.deleteFolder;
        WebConfig config = new WebConfig("127.0.0.1", 0, b.dataDir, b.emergencyNumber, null, SECRET,
                b.secureCookies, "dev", b.shutdownGrace, b.allowedOrigins, b.region, b.language);
        this.server = new WebServer(config, KB, database(), b.clock, b.passwordCost).start();
    }

    /** A server with its data in {@code dataDir}: England's numbers (999 and 111), SQLite, no Secure cookies, a fixed secret. */
    public static Builder in(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Started with the defaults of {@link #in}. */
    public static TestServer start(Path dataDir) {
        return in(dataDir).start();
    }

    public WebServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    /** The origin, such as http://127.0.0.1:41234. */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public URI uri(String path) {
        return URI.create(base() + path);
    }

    /** The server's database, to look at what it stored. */
    public Database database() {
        return given != null ? given : database;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The shared plain HTTP client (no cookies, no redirects followed). */
    public static HttpClient http() {
        return HTTP;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with these headers (name, value, name, value...). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), headers);
    }

    /** A form POST ({@code application/x-www-form-urlencoded}), fields in their order. */
    public HttpResponse<String> form(String path, Map<String, String> fields, String... headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return post(path, "application/x-www-form-urlencoded", body.toString(), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.timeout(Duration.ofSeconds(30)).build());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            if (database != null) {
                database.close();
            }
            if (deleteFolder) {
                TestFolders.delete(dataDir);
            }
        }
    }

    /** The settings tests vary; everything else is as the command line's defaults. */
    public static final class Builder {
        private final Path dataDir;
        /** Null: each region's own. */
        private String emergencyNumber;
        private String region;
        private String language;
        private boolean secureCookies;
        private Duration shutdownGrace = WebConfig.SHUTDOWN_GRACE;
        private Database givenDatabase;
        private Database ownDatabase;
        private Database.Kind kind = Database.Kind.SQLITE;
        private boolean deleteFolder;
        private java.util.List<String> allowedOrigins = java.util.List.of();
        private java.time.Clock clock = java.time.Clock.systemUTC();
        private Passwords.Cost passwordCost = TestPasswords.CHEAP_COST;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        /** Hash passwords as a real server does (the OWASP minimum), for tests of sign-in timing and hashes. */
        public Builder realPasswordHashing() {
            this.passwordCost = Passwords.Cost.OWASP;
            return this;
        }

        public Builder emergencyNumber(String number) {
            this.emergencyNumber = number;
            return this;
        }

        /** The server's default region (--region). */
        public Builder region(String id) {
            this.region = id;
            return this;
        }

        /** The server's default language (--lang). */
        public Builder language(String tag) {
            this.language = tag;
            return this;
        }

        public Builder secureCookies() {
            this.secureCookies = true;
            return this;
        }

        /** Origins allowed to call the API from a browser (--allowed-origins). */
        public Builder allowedOrigins(String... origins) {
            this.allowedOrigins = java.util.List.of(origins);
            return this;
        }

        public Builder shutdownGrace(Duration grace) {
            this.shutdownGrace = grace;
            return this;
        }

        /** A new database of this kind, closed with the server (SQLite: in the data folder). */
        public Builder database(Database.Kind kind) {
            this.kind = kind;
            return this;
        }

        /** A database the caller opened, and closes after the server. */
        public Builder database(Database database) {
            this.givenDatabase = database;
            return this;
        }

        /** The server's time (a clock the test moves, so that nothing waits for real time). */
        public Builder clock(java.time.Clock clock) {
            this.clock = clock;
            return this;
        }

        Builder deletingTheFolder() {
            this.deleteFolder = true;
            return this;
        }

        public TestServer start() {
            if (givenDatabase == null) {
                ownDatabase = TestDatabases.open(kind, dataDir);
            }
            return new TestServer(this);
        }
    }
}
