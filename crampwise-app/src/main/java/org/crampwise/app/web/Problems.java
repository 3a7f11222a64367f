package org.crampwise.app.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** RFC 9457 problem documents: how the API says what went wrong. */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final JsonFactory JSON = new JsonFactory();

    private Problems() {
    }

    /** Writes a problem; {@code type} is a URI reference naming the kind of problem. */
    public static void send(Context ctx, int status, String type, String title, String detail,
                            List<HttpError.FieldProblem> errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", type);
            g.writeStringField("title", title);
            g.writeNumberField("status", status);
            g.writeStringField("detail", detail);
            g.writeStringField("instance", ctx.path());
            String requestId = RequestIds.of(ctx);
            if (requestId != null) {
                g.writeStringField("requestId", requestId); // the same id as the server's log line
            }
            g.writeArrayFieldStart("errors");
            for (HttpError.FieldProblem p : errors) {
                g.writeStartObject();
                g.writeStringField("field", p.field());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE);
        ctx.result(out.toByteArray());
    }

    /** The problem type when the status alone says what it is; its title is then the status phrase. */
    public static final String STATUS_ONLY = "about:blank";
}
