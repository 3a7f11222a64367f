package org.crampwise.app.web.api;

import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.web.WebConfig;
import org.crampwise.app.web.WebServer;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/**
 * The real web server on a random free port, with the same phone numbers as the command line's
 * built-in knowledge base (999, 111), and a plain HTTP client for it.
 */
final class ApiServer implements AutoCloseable {
    static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String FHIR = "application/fhir+json";
    private static final byte[] SECRET = "an-api-test-secret-that-is-long-enough".getBytes(StandardCharsets.UTF_8);

    /** A route the server registers: an HTTP method and a path in Javalin's syntax. */
    record Route(String method, String path) {
        /** The path as an OpenAPI path template: Javalin's {@code <name>} is {@code {name}} there. */
        String template() {
            return path.replace('<', '{').replace('>', '}');
        }
    }

    final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiServer(Path dataDir) {
        this.server = new WebServer(new WebConfig("127.0.0.1", 0, dataDir, "999", "111", SECRET, false), KB).start();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> postJson(String path, String body) {
        return send("POST", path, JSON, body);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (body != null && body.length() > EvidenceJson.MAX_BYTES) {
            // The server answers 413 from the Content-Length alone, without reading the body, and
            // closes the connection: a client still writing the body may then see a broken pipe
            // instead of the answer. Expect: 100-continue lets the client hear the 413 first.
            b.expectContinue(true);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The media type of a response, without parameters: {@code application/json}. */
    static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Every HTTP route the running server registers, as Javalin itself lists them: before and
     * after handlers are left out. WebServer keeps its Javalin to itself, so it is read here by
     * reflection (by type, not by name).
     */
    List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (ParsedEndpoint e : javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.method.isHttpMethod()) {
                out.add(new Route(e.endpoint.method.name(), e.endpoint.path));
            }
        }
        return out;
    }

    private Javalin javalin() {
        for (Field f : WebServer.class.getDeclaredFields()) {
            if (Javalin.class.isAssignableFrom(f.getType())) {
                try {
                    f.setAccessible(true);
                    return (Javalin) f.get(server);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("WebServer has no Javalin field any more: list the routes another way");
    }

    @Override
    public void close() {
        server.stop();
    }
}
