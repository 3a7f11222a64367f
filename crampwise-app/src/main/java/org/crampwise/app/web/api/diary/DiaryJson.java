package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import org.crampwise.app.web.api.ApiJson;

/** The diary API's JSON, written with a streaming generator; absent optional values are null. */
final class DiaryJson {
    static final String JSON = "application/json";

    private DiaryJson() {
    }

    /** A JSON answer that no cache keeps: diary data is personal. */
    static void send(Context ctx, int status, ApiJson.Body body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(JSON);
        ctx.result(ApiJson.bytes(body));
    }

    /** 204: no body, so no content type (Javalin sets text/plain on every response first). */
    static void noContent(Context ctx) {
        ctx.status(204);
        ctx.res().setContentType(null);
    }
}
