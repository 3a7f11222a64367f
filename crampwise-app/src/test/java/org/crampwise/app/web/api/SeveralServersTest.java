package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.crampwise.app.diary.MutableClock;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TestDatabases;
import org.crampwise.app.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on different ports over one PostgreSQL database, as behind a load balancer: each
 * with its own connection pool and data folder, the same secret. Whatever one is asked, the other
 * answers the same, and the throttles count together: two servers allow the limit, not twice it.
 */
class SeveralServersTest {
    @TempDir
    Path dir;
    private final List<Database> databases = new ArrayList<>();
    private ApiServer one;
    private ApiServer two;
    private MutableClock clock;

    @BeforeEach
    void start() {
        String url = TestDatabases.newPostgresqlUrl();
        // Both open the empty database at once: Flyway's lock lets one migrate, the other wait.
        CompletableFuture<Database> first = CompletableFuture.supplyAsync(() -> Database.connect(url));
        CompletableFuture<Database> second = CompletableFuture.supplyAsync(() -> Database.connect(url));
        databases.add(first.join());
        databases.add(second.join());
        // One clock that stands still: a throttle's wait cannot run out while a slow machine works.
        clock = new MutableClock(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        one = new ApiServer(TestServer.in(dir.resolve("one")).database(databases.get(0)).clock(clock).start());
        two = new ApiServer(TestServer.in(dir.resolve("two")).database(databases.get(1)).clock(clock).start());
    }

    @AfterEach
    void stop() {
        one.close();
        two.close();
        databases.forEach(Database::close);
    }

    @Test
    void the_servers_listen_on_different_ports() {
        assertThat(one.server.port()).isNotEqualTo(two.server.port());
    }

    @Test
    void a_session_made_on_one_server_works_on_the_other() {
        DiaryClient ann = new DiaryClient(one, "ann@example.org", "a walk by the river");
        assertThat(ann.register().statusCode()).isEqualTo(201);
        DiaryClient annElsewhere = new DiaryClient(two, ann.email, ann.password);
        assertThat(annElsewhere.signIn().statusCode()).as("an account made on one signs in on the other")
                .isEqualTo(201);
        ann.token = annElsewhere.token;

        long id = ann.addEpisode(DiaryClient.episode("2026-11-20T03:10:00+01:00", 3, "calf", "left", 6, "in_bed"));

        var read = annElsewhere.get(DiaryClient.EPISODES + "/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(DiaryClient.json(read).path("location").asText()).isEqualTo("calf");
        assertThat(DiaryClient.json(ann.get(DiaryClient.EPISODES + "?from=2026-11-01&to=2026-11-30"))
                .path("episodes")).hasSize(1);
    }

    @Test
    void signing_out_on_one_server_ends_the_session_on_the_other() {
        DiaryClient ann = DiaryClient.signedUp(one, "ann@example.org");
        DiaryClient annElsewhere = new DiaryClient(two, ann.email, ann.password);
        annElsewhere.token = ann.token;
        assertThat(annElsewhere.get(DiaryClient.EPISODES).statusCode()).isEqualTo(200);

        assertThat(ann.delete("/api/v1/sessions/current").statusCode()).isEqualTo(204);

        assertThat(annElsewhere.get(DiaryClient.EPISODES).statusCode()).isEqualTo(401);
    }

    @Test
    void five_failed_sign_ins_spread_over_two_servers_make_both_refuse_the_sixth() {
        DiaryClient ann = DiaryClient.signedUp(one, "ann@example.org");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApiServer either = i % 2 == 0 ? one : two;
            statuses.add(new DiaryClient(either, "ann@example.org", "guess number " + i).signIn().statusCode());
        }

        var onOne = new DiaryClient(one, "ann@example.org", "guess number 5").signIn();
        var onTwo = new DiaryClient(two, "ann@example.org", "guess number 6").signIn();

        assertThat(statuses).as("the limit together, not each").containsOnly(401);
        assertThat(onOne.statusCode()).as(onOne.body()).isEqualTo(429);
        assertThat(onTwo.statusCode()).as(onTwo.body()).isEqualTo(429);
        assertThat(onTwo.headers().firstValue("RateLimit-Policy")).contains("\"sign-in\";q=5;w=86400");
        long wait = Long.parseLong(onTwo.headers().firstValue("Retry-After").orElseThrow());
        clock.advance(java.time.Duration.ofSeconds(wait));
        assertThat(new DiaryClient(two, ann.email, ann.password).signIn().statusCode())
                .as("after the wait, the right password").isEqualTo(201);
    }

    @Test
    void registrations_spread_over_two_servers_are_counted_together() {
        int free = org.crampwise.app.account.SignInThrottle.REGISTRATIONS.freeFailures();
        for (int i = 0; i < free; i++) {
            var r = new DiaryClient(i % 2 == 0 ? one : two, "person" + i + "@example.org", "a walk by the river")
                    .register();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }

        assertThat(new DiaryClient(one, "one.more@example.org", "a walk by the river").register().statusCode())
                .isEqualTo(429);
        assertThat(new DiaryClient(two, "one.more@example.org", "a walk by the river").register().statusCode())
                .isEqualTo(429);
    }
}
