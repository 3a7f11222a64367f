package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.crampwise.app.diary.IdempotencyKey;
import org.crampwise.app.web.HttpError;

/**
 * The {@code Idempotency-Key} request header of the diary's creating routes: the same key sent
 * again stores nothing new and gets the first answer, marked {@code Idempotent-Replayed: true}.
 */
final class Keys {
    static final String HEADER = "Idempotency-Key";

    private Keys() {}

    /** The request's key; empty without the header; a 400 naming the header for a malformed one. */
    static Optional<IdempotencyKey> of(Context ctx) {
        try {
            return IdempotencyKey.of(ctx.header(HEADER));
        } catch (IllegalArgumentException e) {
            throw problem("must be 1 to " + IdempotencyKey.MAX_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    /** Runs a keyed write; a key already used for another kind of write is a 400 naming the header. */
    static <T> T once(Supplier<T> write) {
        try {
            return write.get();
        } catch (IdempotencyKey.UsedForAnother e) {
            throw problem("was already used for another kind of entry; use a new key for each entry");
        }
    }

    static void markReplayed(Context ctx, boolean replayed) {
        if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
    }

    private static HttpError.BadRequest problem(String what) {
        return new HttpError.BadRequest(HEADER + " " + what, List.of(new HttpError.FieldProblem(HEADER, what)));
    }
}
