package org.crampwise.app.web.api;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * {@code Idempotency-Key} on the API's creating routes: the same request sent five times, one
 * after another or all at once, stores one episode (or one day) and every send gets the same
 * answer. On SQLite and on PostgreSQL, over HTTP as a client sends it.
 */
@OnEveryDatabase
class IdempotencyKeyApiTest {
    private static final int SENDS = 5;
    private static final String CRAMP = DiaryClient.episode("2026-11-20T03:10:00+01:00", 3, "calf", "left", 6, "in_bed");

    @Parameter
    Database.Kind kind;
    @TempDir
    Path dir;
    @Opened
    Database db;
    private ApiServer server;
    private DiaryClient ann;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() {
        server = new ApiServer(TestServer.in(dir.resolve("data")).database(db).start());
        ann = DiaryClient.signedUp(server, "ann@example.org");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String path, String body, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ann.token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int episodes() {
        return DiaryClient.json(ann.get(DiaryClient.EPISODES + "?from=2026-11-01&to=2026-11-30")).path("episodes").size();
    }

    @Test
    void the_same_new_episode_sent_five_times_with_one_key_is_stored_once_with_the_same_answer_each_time() {
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            answers.add(send("POST", DiaryClient.EPISODES, CRAMP, key).join());
        }
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
        assertThat(answers).extracting(r -> r.headers().firstValue("Location").orElse(""))
                .containsOnly(answers.get(0).headers().firstValue("Location").orElseThrow());
        assertThat(answers.get(0).headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(answers.subList(1, SENDS)).allSatisfy(r ->
                assertThat(r.headers().firstValue("Idempotent-Replayed")).hasValue("true"));
        assertThat(episodes()).isEqualTo(1);
    }

    @Test
    void the_same_new_episode_sent_five_times_at_once_with_one_key_is_stored_once() {
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            sends.add(send("POST", DiaryClient.EPISODES, CRAMP, key));
        }
        List<HttpResponse<String>> answers = sends.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(answers).extracting(r -> DiaryClient.json(r).path("id").asLong()).containsOnly(
                DiaryClient.json(answers.get(0)).path("id").asLong());
        assertThat(episodes()).isEqualTo(1);
    }

    @Test
    void without_a_key_each_send_is_a_new_episode_as_before() {
        for (int i = 0; i < 2; i++) {
            assertThat(send("POST", DiaryClient.EPISODES, CRAMP, null).join().statusCode()).isEqualTo(201);
        }
        assertThat(episodes()).isEqualTo(2);
    }

    @Test
    void a_day_sent_again_with_its_key_at_once_and_later_never_undoes_a_later_change() {
        String path = DiaryClient.DAYS + "/2026-11-20";
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            sends.add(send("PUT", path, "{\"alcoholUnits\": 3}", key));
        }
        assertThat(sends.stream().map(CompletableFuture::join)).allSatisfy(r ->
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(send("PUT", path, "{\"alcoholUnits\": 0}", UUID.randomUUID().toString()).join().statusCode())
                .isEqualTo(200);
        HttpResponse<String> retry = send("PUT", path, "{\"alcoholUnits\": 3}", key).join();
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(DiaryClient.json(retry).path("alcoholUnits").asDouble()).isEqualTo(0.0);
        assertThat(DiaryClient.json(ann.get(path)).path("alcoholUnits").asDouble()).isEqualTo(0.0);
    }

    @Test
    void a_malformed_key_or_one_used_for_a_day_is_a_400_naming_the_header() {
        HttpResponse<String> spaces = send("POST", DiaryClient.EPISODES, CRAMP, "has spaces in it").join();
        assertThat(spaces.statusCode()).isEqualTo(400);
        assertThat(DiaryClient.json(spaces).path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        String key = UUID.randomUUID().toString();
        assertThat(send("PUT", DiaryClient.DAYS + "/2026-11-20", "{}", key).join().statusCode()).isEqualTo(200);
        HttpResponse<String> reused = send("POST", DiaryClient.EPISODES, CRAMP, key).join();
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(DiaryClient.json(reused).path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(episodes()).isZero();
    }
}
