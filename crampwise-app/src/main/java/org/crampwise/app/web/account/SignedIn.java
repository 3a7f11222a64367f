package org.crampwise.app.web.account;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.OptionalLong;
import org.crampwise.app.account.Sessions;

/**
 * Who is signed in on the pages: the session id travels in the {@code cw_session} cookie
 * (HttpOnly so scripts cannot read it, SameSite=Lax so other sites' forms do not carry it, Secure
 * behind TLS); the server keeps only its hash ({@link Sessions}).
 */
public final class SignedIn {
    static final String COOKIE = "cw_session";
    private static final String ATTRIBUTE = "cw.account";

    private final Sessions sessions;
    private final boolean secureCookies;

    public SignedIn(Sessions sessions, boolean secureCookies) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    /** The signed-in account, looked up once per request. */
    public OptionalLong account(Context ctx) {
        OptionalLong cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String id = ctx.cookie(COOKIE);
        OptionalLong found = id == null ? OptionalLong.empty() : sessions.find(id);
        ctx.attribute(ATTRIBUTE, found);
        return found;
    }

    /** The signed-in account; otherwise the person is sent to sign in and brought back here after. */
    public long require(Context ctx) {
        OptionalLong account = account(ctx);
        if (account.isEmpty()) {
            throw new SignInNeeded();
        }
        return account.getAsLong();
    }

    /**
     * Signs in: always a new session id, and the one the browser had before (if any) ends, so an
     * id planted before sign-in is worth nothing after it.
     */
    void start(Context ctx, long accountId) {
        String old = ctx.cookie(COOKIE);
        if (old != null) {
            sessions.delete(old);
        }
        String id = sessions.create(accountId);
        ctx.cookie(new Cookie(COOKIE, id, "/", -1, secureCookies, true, null, SameSite.LAX));
        ctx.attribute(ATTRIBUTE, OptionalLong.of(accountId));
    }

    /** Signs out: the session ends on the server, and the browser forgets the cookie. */
    void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.delete(id);
        }
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secureCookies, true, null, SameSite.LAX));
        ctx.attribute(ATTRIBUTE, OptionalLong.empty());
    }
}
