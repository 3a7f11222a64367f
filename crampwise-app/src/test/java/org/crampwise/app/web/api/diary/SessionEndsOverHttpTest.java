package org.crampwise.app.web.api.diary;

import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.TestServer;
import org.crampwise.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token stops working when its session ends on the server's clock: after 30 minutes unused,
 * or 12 hours after signing in however much it is used. The diary API is served on its own here,
 * with a clock the test moves.
 */
class SessionEndsOverHttpTest {
    @TempDir
    Path data;
    Javalin app;
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T03:00:00Z"));
    final HttpClient http = TestServer.http();
    String token;

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void start() throws Exception {
        Database db = Database.open(data);
        Sessions sessions = new Sessions(db, clock, Sessions.DEFAULT_IDLE_TIMEOUT, Sessions.DEFAULT_ABSOLUTE_TIMEOUT);
        DiaryApi api = new DiaryApi(new Engine(TestServer.KB), new Accounts(db, TestPasswords.cheap(), clock), sessions,
                new Diary(db, clock), new SignInThrottle(db),
                "a-test-secret-that-is-long-enough-for-hmac".getBytes(java.nio.charset.StandardCharsets.UTF_8), clock);
        app = Javalin.create(c -> {
            c.jetty.host = "127.0.0.1";
            c.jetty.port = 0;
            c.startup.showJavalinBanner = false;
            api.routes(c.routes);
            c.routes.exception(HttpError.class, (e, ctx) -> {
                e.headers().forEach(ctx::header);
                ctx.status(e.status());
            });
        }).start();
        String credentials = "{\"email\": \"ann@example.org\", \"password\": \"a walk by the river\"}";
        assertThat(send("POST", "/api/v1/accounts", credentials).statusCode()).isEqualTo(201);
        HttpResponse<String> signedIn = send("POST", "/api/v1/sessions", credentials);
        token = signedIn.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_unused_for_thirty_minutes_no_longer_works() throws Exception {
        clock.advance(Duration.ofMinutes(29));
        assertThat(send("GET", "/api/v1/diary/episodes", null).statusCode()).as("used in time").isEqualTo(200);

        clock.advance(Duration.ofMinutes(30));
        HttpResponse<String> r = send("GET", "/api/v1/diary/episodes", null);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    @Test
    void a_token_used_all_the_time_still_ends_twelve_hours_after_signing_in() throws Exception {
        for (int i = 0; i < 47; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(send("GET", "/api/v1/diary/episodes", null).statusCode()).isEqualTo(200);
        }

        clock.advance(Duration.ofMinutes(15));

        assertThat(send("GET", "/api/v1/diary/episodes", null).statusCode()).isEqualTo(401);
    }
}
