package org.crampwise.app.web.api.diary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The diary API's JSON, written with a streaming generator; absent optional values are null. */
final class DiaryJson {
    static final String JSON = "application/json";
    private static final JsonFactory FACTORY = new JsonFactory();

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private DiaryJson() {
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JSON answer that no cache keeps: diary data is personal. */
    static void send(Context ctx, int status, Body body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(JSON);
        ctx.result(bytes(body));
    }

    /** 204: no body, so no content type (Javalin sets text/plain on every response first). */
    static void noContent(Context ctx) {
        ctx.status(204);
        ctx.res().setContentType(null);
    }
}
