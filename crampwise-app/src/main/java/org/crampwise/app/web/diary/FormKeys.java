package org.crampwise.app.web.diary;

import io.javalin.http.Context;
import java.util.UUID;
import org.crampwise.app.diary.IdempotencyKey;
import org.crampwise.app.web.HttpError;

/**
 * The hidden {@code request_key} field of the diary's creating forms, the pages' equivalent of
 * the API's {@code Idempotency-Key}: a form sent twice (a double tap, Back and send again, an
 * offline phone sending its queue) stores its entry once.
 */
final class FormKeys {
    static final String FIELD = "request_key";

    private FormKeys() {}

    /** A new key for a form being shown. */
    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The posted key; a form without one (an old page) gets a new one, so it is stored as before. */
    static IdempotencyKey read(Context ctx) {
        try {
            return IdempotencyKey.of(ctx.formParam(FIELD)).orElseGet(() -> new IdempotencyKey(fresh()));
        } catch (IllegalArgumentException e) {
            throw new HttpError.BadRequest("the form's request key is not valid");
        }
    }

    /** The posted key as text, to send back with a form that has a mistake. */
    static String echo(Context ctx) {
        String v = ctx.formParam(FIELD);
        return v == null || v.isBlank() ? fresh() : v.strip();
    }

    /** Runs a keyed write; a key used for another kind of entry is a bad request, not a server error. */
    static <T> T once(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (IdempotencyKey.UsedForAnother e) {
            throw new HttpError.BadRequest("the form's request key was used for another entry");
        }
    }
}
