package org.crampwise.app.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.crampwise.app.account.AccountException;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.FormErrors;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;

/**
 * Register, sign in, sign out and erase an account, on pages. No message says whether an e-mail
 * address has an account: a wrong address and a wrong password get the same words, and every
 * password check goes through the same throttle.
 */
public final class AccountPages {
    /** NIST SP 800-63B asks for at least 64; more only costs hashing time. */
    static final int MAX_PASSWORD = 128;

    private final Accounts accounts;
    private final Passwords passwords;
    private final SignedIn signedIn;
    private final SignInThrottle throttle;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;

    public AccountPages(Accounts accounts, Passwords passwords, SignedIn signedIn, SignInThrottle throttle, Views views, PageContexts pages,
                        Csrf csrf) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.signedIn = signedIn;
        this.throttle = throttle;
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void routes(RoutesConfig r) {
        r.exception(SignInNeeded.class, (e, ctx) -> {
            boolean get = ctx.method().name().equals("GET");
            String here = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            ctx.redirect(Next.signInFor(get ? here : Next.DEFAULT), HttpStatus.SEE_OTHER);
        });
        r.get("/account/register", ctx -> form(ctx, "account/register.jte", "", new FormErrors(), HttpStatus.OK));
        r.post("/account/register", this::register);
        r.get("/account/sign-in", ctx -> form(ctx, "account/sign-in.jte", "", new FormErrors(), HttpStatus.OK));
        r.post("/account/sign-in", this::signIn);
        r.post("/account/sign-out", ctx -> {
            csrf.check(ctx);
            signedIn.end(ctx);
            ctx.redirect("/account/signed-out", HttpStatus.SEE_OTHER);
        });
        r.get("/account/signed-out", ctx -> message(ctx, "signedOut"));
        r.get("/account", ctx -> ctx.redirect("/diary", HttpStatus.SEE_OTHER));
        r.get("/account/erase", ctx -> {
            signedIn.require(ctx);
            form(ctx, "account/erase.jte", "", new FormErrors(), HttpStatus.OK);
        });
        r.post("/account/erase", this::erase);
        r.get("/account/erased", ctx -> message(ctx, "erased"));
    }

    private void register(Context ctx) {
        csrf.check(ctx);
        Messages messages = pages.messages(ctx);
        String email = value(ctx, "email");
        String password = password(ctx);
        FormErrors errors = new FormErrors();
        if (Accounts.normaliseEmail(email).isEmpty()) {
            errors.add("email", messages.get("account.error.email"));
        }
        if (password.length() > MAX_PASSWORD) {
            errors.add("password", messages.get("account.error.passwordLong", MAX_PASSWORD));
        } else {
            passwords.problem(password).ifPresent(p -> errors.add("password", messages.get(
                    p == Passwords.Problem.TOO_SHORT ? "account.error.passwordShort" : "account.error.passwordCommon")));
        }
        if (errors.any()) {
            form(ctx, "account/register.jte", email, errors, HttpStatus.BAD_REQUEST);
            return;
        }
        // Counted per client address, a taken address exactly like a new one.
        Duration wait = throttle.register(ctx.ip());
        if (!wait.isZero()) {
            tooMany(ctx, "account/register.jte", "email", email, wait, Quotas.REGISTER);
            return;
        }
        try {
            accounts.register(email, password);
        } catch (AccountException e) {
            switch (e.reason()) {
                case INVALID_EMAIL -> errors.add("email", messages.get("account.error.email"));
                case PASSWORD_TOO_SHORT -> errors.add("password", messages.get("account.error.passwordShort"));
                case PASSWORD_TOO_COMMON -> errors.add("password", messages.get("account.error.passwordCommon"));
                case EMAIL_TAKEN -> { } // answered exactly like a new account, below
            }
            if (errors.any()) {
                form(ctx, "account/register.jte", email, errors, HttpStatus.BAD_REQUEST);
                return;
            }
        }
        // A new address and one that already has an account get the same answer (and the same
        // Argon2id work in Accounts.register): "sign in now". Signing in straight away would tell
        // anyone trying addresses which ones are taken. The owner of a taken address who forgot
        // signs in with their own password as always.
        String query = Next.query(Next.safe(ctx.formParam("next")));
        ctx.redirect("/account/sign-in" + (query.isEmpty() ? "?" : query + "&") + "registered=1", HttpStatus.SEE_OTHER);
    }

    private void signIn(Context ctx) {
        csrf.check(ctx);
        String email = value(ctx, "email");
        String password = password(ctx);
        if (password.length() > MAX_PASSWORD) {
            password = password.substring(0, MAX_PASSWORD + 1); // still wrong, and cheap to check
        }
        if (checkPassword(ctx, "account/sign-in.jte", email, password)) {
            return;
        }
        FormErrors errors = new FormErrors();
        errors.add("email", pages.messages(ctx).get("account.error.wrong"));
        form(ctx, "account/sign-in.jte", email, errors, HttpStatus.BAD_REQUEST);
    }

    /**
     * Checks the password through the throttle. True when the person is now signed in (and sent
     * on), or when a "wait" page has been shown; false when the details were wrong.
     */
    private boolean checkPassword(Context ctx, String template, String email, String password) {
        String key = SignInThrottle.accountKey(email);
        Duration wait = throttle.attempt(key, ctx.ip());
        if (!wait.isZero()) {
            tooMany(ctx, template, "email", email, wait, Quotas.SIGN_IN);
            return true;
        }
        OptionalLong id = accounts.authenticate(email, password);
        if (id.isEmpty()) {
            return false;
        }
        throttle.succeeded(key, ctx.ip());
        signInAndGo(ctx, id.getAsLong());
        return true;
    }

    private void erase(Context ctx) {
        csrf.check(ctx);
        long account = signedIn.require(ctx);
        String email = accounts.email(account).orElseThrow(SignInNeeded::new);
        String key = SignInThrottle.accountKey(email);
        Duration wait = throttle.attempt(key, ctx.ip());
        if (!wait.isZero()) {
            tooMany(ctx, "account/erase.jte", "password", "", wait, Quotas.SIGN_IN);
            return;
        }
        FormErrors errors = new FormErrors();
        OptionalLong same = accounts.authenticate(email, password(ctx));
        if (same.isEmpty() || same.getAsLong() != account) {
            errors.add("password", pages.messages(ctx).get("account.error.erasePassword"));
            form(ctx, "account/erase.jte", "", errors, HttpStatus.BAD_REQUEST);
            return;
        }
        throttle.succeeded(key, ctx.ip());
        accounts.delete(account); // sessions, episodes and day logs go with it
        signedIn.end(ctx);
        ctx.redirect("/account/erased", HttpStatus.SEE_OTHER);
    }

    /** The form again, saying how long to wait (429, with Retry-After in whole seconds). */
    private void tooMany(Context ctx, String template, String field, String email, Duration wait,
                         HttpError.TooManyRequests.Quota quota) {
        long seconds = HttpError.TooManyRequests.seconds(wait);
        FormErrors errors = new FormErrors();
        Messages messages = pages.messages(ctx);
        String words = quota == Quotas.REGISTER ? "account.error.tooManyRegistrations" : "account.error.tooMany";
        errors.add(field, messages.get(words, waitWords(messages, seconds)));
        HttpError.TooManyRequests.rateLimited(quota, seconds).forEach(ctx::header);
        form(ctx, template, email, errors, HttpStatus.TOO_MANY_REQUESTS);
    }

    private void signInAndGo(Context ctx, long accountId) {
        signedIn.start(ctx, accountId);
        ctx.redirect(Next.safe(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, String template, String email, FormErrors errors, HttpStatus status) {
        String next = Next.safe(ctx.method().name().equals("GET") ? ctx.queryParam("next") : ctx.formParam("next"));
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.of(ctx));
        params.put("email", email);
        params.put("next", next);
        params.put("nextQuery", Next.query(next));
        params.put("errors", errors);
        params.put("registered", ctx.method().name().equals("GET") && ctx.queryParam("registered") != null);
        ctx.status(status);
        views.page(ctx, template, params);
    }

    private void message(Context ctx, String which) {
        views.page(ctx, "account/message.jte", Map.of("page", pages.of(ctx), "which", which));
    }

    private static String waitWords(Messages messages, long seconds) {
        return seconds < 60 ? messages.get("account.wait.seconds", seconds)
                : messages.get("account.wait.minutes", (seconds + 59) / 60);
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    /** Passwords are taken as typed: spaces are part of them. */
    private static String password(Context ctx) {
        String v = ctx.formParam("password");
        return v == null ? "" : v;
    }
}
