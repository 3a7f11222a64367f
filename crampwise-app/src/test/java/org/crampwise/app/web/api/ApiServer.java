package org.crampwise.app.web.api;

import org.crampwise.app.web.TestServer;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLSession;
import org.crampwise.app.server.WebServer;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.kb.KnowledgeBase;

/** A client of the JSON API of a {@link TestServer}: JSON bodies, bearer tokens, routes, raw sockets. */
final class ApiServer implements AutoCloseable {
    static final KnowledgeBase KB = TestServer.KB;
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String FHIR = "application/fhir+json";

    /** A route the server registers: an HTTP method and a path in Javalin's syntax. */
    record Route(String method, String path) {
        /** The path as an OpenAPI path template: Javalin's {@code <name>} is {@code {name}} there. */
        String template() {
            return path.replace('<', '{').replace('>', '}');
        }
    }

    final WebServer server;
    final TestServer test;

    ApiServer(TestServer test) {
        this.test = test;
        this.server = test.server();
    }

    String base() {
        return test.base();
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> postJson(String path, String body) {
        return send("POST", path, JSON, body);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, null);
    }

    /** With {@code Authorization: Bearer TOKEN} when the token is not null. */
    HttpResponse<String> send(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (body != null && body.length() > EvidenceJson.MAX_BYTES) {
            return sendWhole(method, path, contentType, false, body.getBytes(StandardCharsets.UTF_8), token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return TestServer.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request over a socket of its own, headers and body in one write, and reads the
     * answer. For bodies over 64 KiB: the server answers 413 without reading them all and closes
     * the connection, so java.net.http, still writing the body, now and then reports a broken pipe
     * instead of the answer (seen about once in ten runs). Written in one go on loopback, the body
     * is all there before the server answers. {@code chunked} sends it without a Content-Length.
     */
    HttpResponse<String> sendWhole(String method, String path, String contentType, boolean chunked, byte[] body) {
        return sendWhole(method, path, contentType, chunked, body, null);
    }

    HttpResponse<String> sendWhole(String method, String path, String contentType, boolean chunked, byte[] body,
                                   String token) {
        ByteArrayOutputStream req = new ByteArrayOutputStream(body.length + 512);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nConnection: close\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
        req.writeBytes((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
        if (chunked) {
            req.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            req.writeBytes(body);
            req.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            req.writeBytes(body);
        }
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(req.toByteArray());
            socket.getOutputStream().flush();
            return RawResponse.read(socket.getInputStream(), URI.create(base() + path), method);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    /** An HTTP/1.1 answer read from a socket (Content-Length or until the connection closes). */
    private record RawResponse(int statusCode, HttpHeaders headers, String body, URI uri, HttpRequest request)
            implements HttpResponse<String> {
        static RawResponse read(InputStream in, URI uri, String method) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("no complete answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            int start = end + 4;
            int length = headers.containsKey("Content-Length")
                    ? Integer.parseInt(headers.get("Content-Length").get(0)) : all.length - start;
            String body = new String(all, start, Math.min(length, all.length - start), StandardCharsets.UTF_8);
            return new RawResponse(status, HttpHeaders.of(headers, (k, v) -> true), body, uri,
                    HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build());
        }

        @Override public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
        @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
        @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
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
        test.close();
    }
}
