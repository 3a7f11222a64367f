package org.crampwise.app.web.api.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.crampwise.app.account.AccountException;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.input.Fields;
import org.crampwise.app.input.JsonTree;
import org.crampwise.app.web.account.Quotas;
import org.crampwise.app.web.api.JsonBody;

/**
 * Accounts and sessions on the API: register, sign in (a bearer token), sign out, erase.
 *
 * <p>Nothing here tells whether an e-mail address has an account: registering a taken address
 * answers exactly as a new one (the existing account is not changed), and a wrong password
 * answers exactly as an unknown address — same status, same body, the same Argon2id work, and
 * the same throttling (OWASP ASVS 2.2.1, 3.3.1; issue 5).
 */
final class AccountRoutes {
    /** Longer passwords are refused at registration: Argon2id hashes all of it. */
    static final int MAX_PASSWORD_LENGTH = 1000;
    static final String WRONG = "the e-mail address or password is not right";

    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final BearerAuth auth;
    private final Clock clock;

    AccountRoutes(Accounts accounts, Sessions sessions, SignInThrottle throttle, BearerAuth auth,
                  Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.auth = auth;
        this.clock = clock;
    }

    void routes(RoutesConfig r) {
        r.post("/api/v1/accounts", this::register);
        r.delete("/api/v1/accounts/me", this::erase);
        r.post("/api/v1/sessions", this::signIn);
        r.delete("/api/v1/sessions/current", this::signOut);
    }

    private record Credentials(String email, String password) {}

    private static Credentials credentials(Context ctx, boolean registering) {
        Fields f = new Fields(JsonTree.object(JsonBody.read(ctx, DiaryJson.JSON)));
        String email = f.text("email", true, 320);
        String password = f.text("password", true, registering ? MAX_PASSWORD_LENGTH : 10 * MAX_PASSWORD_LENGTH);
        f.noOthers().check();
        return new Credentials(email, password);
    }

    private void register(Context ctx) {
        Credentials c = credentials(ctx, true);
        String email = Accounts.normaliseEmail(c.email()).orElseThrow(() -> field("email",
                "is not an e-mail address"));
        try {
            accounts.check(email, c.password());
            // Only a registration that could succeed is counted, a taken address exactly like a new one.
            Duration wait = throttle.register(ctx.ip());
            if (!wait.isZero()) {
                throw new HttpError.TooManyRequests("too many accounts made from this client; wait before trying again",
                        wait, Quotas.REGISTER);
            }
            accounts.register(email, c.password());
        } catch (AccountException e) {
            switch (e.reason()) {
                case INVALID_EMAIL:
                    throw field("email", "is not an e-mail address");
                case PASSWORD_TOO_SHORT:
                    throw field("password", "must be at least " + Passwords.MIN_LENGTH + " characters");
                case PASSWORD_TOO_COMMON:
                    throw field("password", "is one of the most common passwords; choose another");
                case EMAIL_TAKEN:
                    // The same answer as for a new address: the owner can sign in as before, and
                    // nobody learns that the address has an account here.
                    break;
                default:
                    throw e;
            }
        }
        DiaryJson.send(ctx, 201, g -> {
            g.writeStartObject();
            g.writeStringField("email", email);
            g.writeEndObject();
        });
    }

    private void signIn(Context ctx) {
        Credentials c = credentials(ctx, false);
        String key = SignInThrottle.accountKey(c.email());
        String address = ctx.ip();
        Duration wait = throttle.attempt(key, address);
        if (!wait.isZero()) {
            throw new HttpError.TooManyRequests("too many sign-in attempts; wait before trying again", wait,
                    Quotas.SIGN_IN);
        }
        // No account has a longer password: no need to spend Argon2id on one.
        OptionalLong account = c.password().length() > MAX_PASSWORD_LENGTH * 2 ? OptionalLong.empty()
                : accounts.authenticate(c.email(), c.password());
        if (account.isEmpty()) {
            throw new HttpError.Unauthorized(WRONG);
        }
        throttle.succeeded(key, address);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String token = sessions.create(account.getAsLong());
        DiaryJson.send(ctx, 201, g -> {
            g.writeStartObject();
            g.writeStringField("token", token);
            g.writeStringField("tokenType", "Bearer");
            g.writeStringField("expiresAt", now.plus(sessions.absoluteTimeout()).toString());
            g.writeNumberField("idleTimeoutSeconds", sessions.idleTimeout().toSeconds());
            g.writeEndObject();
        });
    }

    private void signOut(Context ctx) {
        auth.account(ctx); // a 401 for a token that is not valid, as everywhere
        sessions.delete(auth.token(ctx));
        DiaryJson.noContent(ctx);
    }

    /** With the password, as on the page: a token left on a shared computer must not be enough to erase a diary. */
    private void erase(Context ctx) {
        long account = auth.account(ctx);
        Fields f = new Fields(JsonTree.object(JsonBody.read(ctx, DiaryJson.JSON)));
        String password = f.text("password", true, 10 * MAX_PASSWORD_LENGTH);
        f.noOthers().check();
        String email = accounts.email(account).orElseThrow(() -> new HttpError.Unauthorized("sign in again"));
        String key = SignInThrottle.accountKey(email);
        String address = ctx.ip();
        Duration wait = throttle.attempt(key, address); // guessing the password here is slowed down too
        if (!wait.isZero()) {
            throw new HttpError.TooManyRequests("too many wrong passwords; wait before trying again", wait,
                    Quotas.SIGN_IN);
        }
        if (accounts.authenticate(email, password).orElse(-1) != account) {
            throw new HttpError.Forbidden("the password is not right; nothing was erased");
        }
        throttle.succeeded(key, address);
        accounts.delete(account); // every session, episode and day log goes with it
        DiaryJson.noContent(ctx);
    }

    private static HttpError.BadRequest field(String name, String message) {
        return new HttpError.BadRequest(name + " " + message, List.of(new HttpError.FieldProblem(name, message)));
    }
}
