package org.crampwise.app.server;

import org.crampwise.app.web.Problems;
import org.crampwise.app.web.SecurityHeaders;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before the app sees the request: an address it cannot decode
 * ({@code %00}, bad UTF-8), headers too large (431), a malformed request line. They are answered
 * in kind as far as the address can be read: an OperationOutcome under /fhir/, a short page for
 * the pages, else (the API, or an address that could not be read at all) a problem document.
 * Jetty's own page would name its version and echo the address.
 */
final class EarlyErrors extends ErrorHandler {
    private static final JsonFactory JSON = new JsonFactory();

    /** Every method gets a document (Jetty's default writes one for GET, POST and HEAD only). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        HttpFields.Mutable headers = response.getHeaders();
        byte[] body = body(code, path, request.getHeaders().get(HttpHeader.ACCEPT), headers);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return ByteBuffer.wrap(body(status, null, null, fields));
    }

    private static byte[] body(int status, String path, String accept, HttpFields.Mutable headers) {
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Content-Security-Policy", SecurityHeaders.CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        String title = HttpStatus.getMessage(status);
        String detail = "the request could not be read: " + title.toLowerCase(java.util.Locale.ROOT);
        boolean known = path != null && !path.equals("/badMessage");
        if (known && (path.equals("/fhir") || path.startsWith("/fhir/"))) {
            headers.put(HttpHeader.CONTENT_TYPE, "application/fhir+json");
            return json(g -> {
                g.writeStringField("resourceType", "OperationOutcome");
                g.writeArrayFieldStart("issue");
                g.writeStartObject();
                g.writeStringField("severity", "error");
                g.writeStringField("code", status == 431 ? "too-long" : "invalid");
                g.writeStringField("diagnostics", title + ": " + detail);
                g.writeEndObject();
                g.writeEndArray();
            });
        }
        boolean page = known && !ErrorPages.isApi(path) && (accept == null || !accept.contains(Problems.CONTENT_TYPE));
        if (page) {
            headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + title
                    + "</title></head><body><h1>" + title + "</h1><p>Please check the address and try again.</p>"
                    + "<p><a href=\"/\">Go to the start page</a></p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        }
        headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        return json(g -> {
            g.writeStringField("type", Problems.STATUS_ONLY);
            g.writeStringField("title", title);
            g.writeNumberField("status", status);
            g.writeStringField("detail", detail);
            g.writeArrayFieldStart("errors");
            g.writeEndArray();
        });
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
