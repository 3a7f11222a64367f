package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.app.web.api.DiaryClient.episode;
import static org.crampwise.app.web.api.DiaryClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Over HTTP, on SQLite and on a real PostgreSQL server: a person who guesses another person's
 * ids can neither read, change nor delete their entries, and is told 404 (as for an id that does
 * not exist), never 403, which would confirm that the entry is there.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class DiaryIsolationTest {
    private static final String EPISODES = "/api/v1/diary/episodes";
    private static final String DAYS = "/api/v1/diary/days";

    @Parameter
    Database.Kind kind;
    @TempDir
    Path dir;
    private ApiServer server;
    private DiaryClient ann;
    private DiaryClient bob;

    @BeforeEach
    void start() {
        // The database comes from the class's parameter, so this one server is started by hand.
        server = new ApiServer(TestServer.in(dir).database(kind).start());
        ann = DiaryClient.signedUp(server, "ann@example.org");
        bob = DiaryClient.signedUp(server, "bob@example.org");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void guessing_another_persons_episode_id_reads_changes_and_deletes_nothing_and_answers_404() {
        long annsId = ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        String before = ann.get(EPISODES + "/" + annsId).body();
        String change = episode("2025-11-21T03:10:00+00:00", 60, "foot", "right", 1, "sitting");

        List<HttpResponse<String>> guesses = List.of(bob.get(EPISODES + "/" + annsId),
                bob.put(EPISODES + "/" + annsId, change), bob.delete(EPISODES + "/" + annsId));

        assertThat(guesses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(404));
        assertThat(ann.get(EPISODES + "/" + annsId).body()).isEqualTo(before);
        assertThat(json(bob.get(EPISODES + "?from=2025-11-01&to=2025-11-30")).path("episodes")).isEmpty();
    }

    @Test
    void guessing_another_persons_day_neither_reads_nor_changes_it() {
        ann.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 3}");

        assertThat(bob.get(DAYS + "/2025-11-19").statusCode()).isEqualTo(404);
        bob.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 9}");

        assertThat(json(ann.get(DAYS + "/2025-11-19")).path("fluidsGlasses").asInt()).isEqualTo(3);
    }

    @Test
    void another_persons_export_holds_nothing_of_the_first() {
        ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));

        String bobs = bob.get("/api/v1/diary/export?format=json").body();

        assertThat(bobs).doesNotContain("2025-11-20T03:10:00");
        assertThat(ann.get("/api/v1/diary/export?format=json").body()).contains("2025-11-20T03:10:00");
    }
}
