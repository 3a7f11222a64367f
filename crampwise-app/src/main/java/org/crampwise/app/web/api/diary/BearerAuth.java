package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.web.HttpError;

/**
 * The signed-in account of an API request, from {@code Authorization: Bearer TOKEN} (RFC 6750).
 * The token is a session id: it is checked against the sessions in the database on every
 * request, so signing out or erasing the account ends it at once. Tokens are taken from the
 * header only — never from the address, where they would end up in logs.
 */
final class BearerAuth {
    /** Session ids are 43 Base64url characters; anything else is not worth a database look-up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final String CHALLENGE = "Bearer realm=\"crampwise\"";
    private static final String INVALID = CHALLENGE + ", error=\"invalid_token\"";

    private final Sessions sessions;

    BearerAuth(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The account of a valid token; a 401 problem otherwise. */
    long account(Context ctx) {
        String token = token(ctx);
        OptionalLong account = sessions.find(token);
        if (account.isEmpty()) {
            throw invalid();
        }
        return account.getAsLong();
    }

    /** The token of the request (not yet checked against the sessions); a 401 when there is none. */
    String token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new HttpError.Unauthorized("sign in first: send the header Authorization: Bearer TOKEN with the token"
                    + " from POST /api/v1/sessions", CHALLENGE);
        }
        String h = header.strip();
        if (!h.regionMatches(true, 0, "Bearer ", 0, 7) || !TOKEN.matcher(h.substring(7).strip()).matches()) {
            throw invalid();
        }
        return h.substring(7).strip();
    }

    private static HttpError.Unauthorized invalid() {
        return new HttpError.Unauthorized("the token is not valid or the session has ended; sign in again", INVALID);
    }
}
