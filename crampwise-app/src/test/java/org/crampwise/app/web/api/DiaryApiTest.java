package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.app.web.api.DiaryClient.DAYS;
import static org.crampwise.app.web.api.DiaryClient.EPISODES;
import static org.crampwise.app.web.api.DiaryClient.episode;
import static org.crampwise.app.web.api.DiaryClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crampwise.app.storage.Database;
import org.crampwise.evidence.EvidenceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The diary over HTTP: a person's own episodes and days, and nobody else's. */
@WithServer
class DiaryApiTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Served
    static ApiServer server;

    /**
     * One person for the tests that only send what is refused: signing up costs two Argon2id
     * hashes, too slow to repeat for every case.
     */
    private static DiaryClient refused;

    private static synchronized DiaryClient refusedPerson() {
        if (refused == null) {
            refused = person();
        }
        return refused;
    }

    /** A new person, registered and signed in. */
    private static DiaryClient person() {
        return DiaryClient.signedUp(server, "person" + PEOPLE.incrementAndGet() + "@example.org");
    }

    /** The problem without what differs from request to request: its path and its request id. */
    private static JsonNode withoutInstance(HttpResponse<String> r) {
        ObjectNode p = (ObjectNode) json(r);
        p.remove("instance");
        p.remove("requestId");
        return p;
    }

    private static List<String> fields(HttpResponse<String> r) {
        List<String> out = new ArrayList<>();
        json(r).path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    @Test
    void a_person_registers_signs_in_keeps_a_diary_and_signs_out() {
        DiaryClient ann = person();

        long id = ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        JsonNode read = json(ann.get(EPISODES + "/" + id));
        assertThat(read.path("start").asText()).isEqualTo("2025-11-20T03:10:00+00:00");
        assertThat(read.path("zone").asText()).isEqualTo("Z");
        assertThat(read.path("location").asText()).isEqualTo("calf");
        assertThat(read.path("painScore").asInt()).isEqualTo(7);
        assertThat(read.path("helped").asText()).isEqualTo("stretching");

        HttpResponse<String> changed = ann.put(EPISODES + "/" + id, "{\"start\": \"2025-11-20T04:10:00+01:00\","
                + " \"zone\": \"Europe/Amsterdam\", \"durationMinutes\": 12, \"side\": \"right\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode now = json(ann.get(EPISODES + "/" + id));
        assertThat(now.path("durationMinutes").asInt()).isEqualTo(12);
        assertThat(now.path("zone").asText()).isEqualTo("Europe/Amsterdam");
        assertThat(now.path("location").isNull()).as("left out: empty now").isTrue();
        assertThat(now.path("createdAt").asText()).isEqualTo(read.path("createdAt").asText());

        JsonNode list = json(ann.get(EPISODES + "?from=2025-11-01&to=2025-11-30"));
        assertThat(list.path("episodes")).hasSize(1);
        assertThat(list.at("/episodes/0/id").asLong()).isEqualTo(id);

        HttpResponse<String> day = ann.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 3, \"exerciseLevel\": 3,"
                + " \"hoursSitting\": 7.5, \"heavySweating\": true, \"tags\": [\"hike\", \"hot day\"]}");
        assertThat(day.statusCode()).as(day.body()).isEqualTo(200);
        JsonNode storedDay = json(ann.get(DAYS + "/2025-11-19"));
        assertThat(storedDay.path("hoursSitting").asDouble()).isEqualTo(7.5);
        assertThat(storedDay.path("alcoholUnits").isNull()).isTrue();
        assertThat(storedDay.path("tags").toString()).isEqualTo("[\"hike\",\"hot day\"]");

        assertThat(ann.delete(EPISODES + "/" + id).statusCode()).isEqualTo(204);
        assertThat(ann.get(EPISODES + "/" + id).statusCode()).isEqualTo(404);

        assertThat(ann.delete("/api/v1/sessions/current").statusCode()).isEqualTo(204);
        HttpResponse<String> after = ann.get(EPISODES);
        assertThat(after.statusCode()).as("the token no longer works after signing out").isEqualTo(401);
        assertThat(ApiServer.mediaType(after)).isEqualTo(ApiServer.PROBLEM);
    }

    @Test
    void signing_out_ends_only_that_session() {
        DiaryClient phone = person();
        DiaryClient laptop = new DiaryClient(server, phone.email, phone.password);
        laptop.signIn();
        assertThat(laptop.token).isNotEqualTo(phone.token);

        phone.delete("/api/v1/sessions/current");

        assertThat(phone.get(EPISODES).statusCode()).isEqualTo(401);
        assertThat(laptop.get(EPISODES).statusCode()).isEqualTo(200);
    }

    @Test
    void another_person_gets_404_not_403_for_an_episode_and_it_stays_as_it_was() {
        DiaryClient ann = person();
        DiaryClient bob = person();
        long annsId = ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        String before = ann.get(EPISODES + "/" + annsId).body();
        long missing = annsId + 100_000;
        String change = episode("2025-11-21T03:10:00+00:00", 60, "foot", "right", 1, "sitting");

        List<HttpResponse<String>> bobs = List.of(bob.get(EPISODES + "/" + annsId),
                bob.put(EPISODES + "/" + annsId, change), bob.delete(EPISODES + "/" + annsId));
        List<HttpResponse<String>> missings = List.of(bob.get(EPISODES + "/" + missing),
                bob.put(EPISODES + "/" + missing, change), bob.delete(EPISODES + "/" + missing));

        for (int i = 0; i < bobs.size(); i++) {
            assertThat(bobs.get(i).statusCode()).as(bobs.get(i).body()).isEqualTo(404);
            assertThat(withoutInstance(bobs.get(i))).as("the same answer as for an id that does not exist")
                    .isEqualTo(withoutInstance(missings.get(i)));
        }
        assertThat(ann.get(EPISODES + "/" + annsId).body()).isEqualTo(before);
        assertThat(json(bob.get(EPISODES + "?from=2025-11-01&to=2025-11-30")).path("episodes")).isEmpty();
    }

    @Test
    void another_person_does_not_see_or_change_a_day() {
        DiaryClient ann = person();
        DiaryClient bob = person();
        ann.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 3}");

        assertThat(bob.get(DAYS + "/2025-11-19").statusCode()).isEqualTo(404);
        bob.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 9}");

        assertThat(json(ann.get(DAYS + "/2025-11-19")).path("fluidsGlasses").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "0x10", "99999999999999999999", "%20"})
    void ids_that_are_not_numbers_are_answered_like_missing_ones(String id) {
        DiaryClient ann = refusedPerson();
        HttpResponse<String> r = ann.get(EPISODES + "/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(withoutInstance(r)).isEqualTo(withoutInstance(ann.get(EPISODES + "/987654321")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/diary/episodes", "POST, /api/v1/diary/episodes", "GET, /api/v1/diary/episodes/1",
            "PUT, /api/v1/diary/episodes/1", "DELETE, /api/v1/diary/episodes/1", "GET, /api/v1/diary/days",
            "GET, /api/v1/diary/days/2025-11-19", "PUT, /api/v1/diary/days/2025-11-19",
            "DELETE, /api/v1/accounts/me", "DELETE, /api/v1/sessions/current"})
    void without_a_token_or_with_a_bad_one_the_answer_is_401_with_a_bearer_challenge(String method, String path) {
        String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
        String type = body == null ? null : ApiServer.JSON;
        HttpResponse<String> none = server.send(method, path, type, body, null);
        HttpResponse<String> made = server.send(method, path, type, body, "x".repeat(43));
        HttpResponse<String> odd = server.send(method, path, type, body, "not a token at all");

        assertThat(none.statusCode()).as(none.body()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"crampwise\"");
        for (HttpResponse<String> r : List.of(made, odd)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer ")
                    .contains("error=\"invalid_token\"");
            assertThat(ApiServer.mediaType(r)).isEqualTo(ApiServer.PROBLEM);
        }
    }

    @Test
    void a_token_in_another_scheme_is_not_accepted() {
        DiaryClient ann = person();
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.base() + EPISODES)).header("Authorization", "Basic " + ann.token)
                .GET().build());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "start without an offset | {\"start\": \"2025-11-20T03:10:00\", \"durationMinutes\": 5} | start",
            "start not a time | {\"start\": \"yesterday\", \"durationMinutes\": 5} | start",
            "start in the future | {\"start\": \"2999-01-01T00:00:00Z\", \"durationMinutes\": 5} | start",
            "no start | {\"durationMinutes\": 5} | start",
            "zone unknown | {\"start\": \"2025-11-20T03:10:00+00:00\", \"zone\": \"Mars/Olympus\", \"durationMinutes\": 5} | zone",
            "zone at another offset | {\"start\": \"2025-11-20T03:10:00+00:00\", \"zone\": \"Europe/Paris\", \"durationMinutes\": 5} | zone",
            "duration over a day | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 1441} | durationMinutes",
            "duration negative | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": -1} | durationMinutes",
            "duration not whole | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 2.5} | durationMinutes",
            "duration as text | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": \"5\"} | durationMinutes",
            "no duration | {\"start\": \"2025-11-20T03:10:00Z\"} | durationMinutes",
            "a place not in the contract | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"location\": \"knee\"} | location",
            "a side not in the contract | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"side\": \"middle\"} | side",
            "pain over 10 | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"painScore\": 11} | painScore",
            "context unknown | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"context\": \"asleep\"} | context",
            "a finding not in the contract | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"findings\": {\"age_yrs\": 3}} | findings.age_yrs",
            "a finding of the wrong type | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"findings\": {\"one_leg_swollen\": \"yes\"}} | findings.one_leg_swollen",
            "a finding out of range | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"findings\": {\"age_years\": 300}} | findings.age_years",
            "findings not an object | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"findings\": []} | findings",
            "an unknown field | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"mood\": \"sad\"} | mood",
            "a field twice | {\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"durationMinutes\": 6} | durationMinutes",
            "malformed JSON | {\"start\": | input",
            "not an object | [1, 2] | input",
            "an empty body | ' ' | input"})
    void an_invalid_episode_is_a_400_naming_the_field(String name, String body, String field) {
        DiaryClient ann = refusedPerson();
        HttpResponse<String> r = ann.post(EPISODES, body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).as(r.body()).contains(field);
        assertThat(json(ann.get(EPISODES + "?from=1900-01-01&to=1900-12-31")).path("episodes")).isEmpty();
    }

    @Test
    void every_bad_field_is_named_at_once_and_nothing_sent_is_repeated() {
        DiaryClient ann = refusedPerson();
        HttpResponse<String> r = ann.post(EPISODES, "{\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5000,"
                + " \"painScore\": 12, \"side\": \"middle\", \"helped\": \"" + "x".repeat(501) + "\", \"notes\": \""
                + "secret ".repeat(700) + "\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("durationMinutes", "painScore", "side", "helped", "notes");
        assertThat(r.body()).doesNotContain("secret").doesNotContain("xxxx");
    }

    @Test
    void a_change_that_is_not_valid_leaves_the_episode_as_it_was() {
        DiaryClient ann = person();
        long id = ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        String before = ann.get(EPISODES + "/" + id).body();

        HttpResponse<String> r = ann.put(EPISODES + "/" + id, "{\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5,"
                + " \"painScore\": 99}");

        assertThat(fields(r)).containsExactly("painScore");
        assertThat(ann.get(EPISODES + "/" + id).body()).isEqualTo(before);
    }

    @Test
    void interview_answers_saved_with_an_episode_come_back_as_sent() {
        DiaryClient ann = person();
        long id = ann.addEpisode("{\"start\": \"2025-11-21T22:40:00+01:00\", \"durationMinutes\": 2,"
                + " \"findings\": {\"location\": \"inner_thigh\", \"one_leg_swollen\": false, \"age_years\": 45}}");

        JsonNode findings = json(ann.get(EPISODES + "/" + id)).path("findings");

        assertThat(findings.path("location").asText()).isEqualTo("inner_thigh");
        assertThat(findings.path("one_leg_swollen").isBoolean()).isTrue();
        assertThat(findings.path("age_years").asInt()).isEqualTo(45);
    }

    @Test
    void a_body_sent_back_as_it_was_read_changes_nothing() {
        DiaryClient ann = person();
        long id = ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        String read = ann.get(EPISODES + "/" + id).body();

        HttpResponse<String> r = ann.put(EPISODES + "/" + id, read);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(read);
    }

    @Test
    void the_wrong_content_type_is_415_and_a_body_over_64_kib_is_413() {
        DiaryClient ann = refusedPerson();
        HttpResponse<String> text = server.send("POST", EPISODES, "text/plain",
                episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"), ann.token);
        String large = "{\"start\": \"2025-11-20T03:10:00Z\", \"durationMinutes\": 5, \"notes\": \""
                + "x".repeat(EvidenceJson.MAX_BYTES) + "\"}";
        HttpResponse<String> big = server.send("POST", EPISODES, ApiServer.JSON, large, ann.token);

        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void the_list_is_newest_first_within_the_period_asked_for() {
        DiaryClient ann = person();
        long first = ann.addEpisode(episode("2025-10-01T08:00:00+00:00", 1, "calf", "left", 2, "standing"));
        long second = ann.addEpisode(episode("2025-10-05T08:00:00+00:00", 1, "calf", "left", 2, "standing"));
        long late = ann.addEpisode(episode("2025-10-10T22:30:00-05:00", 1, "foot", "both", 2, "in_bed"));
        ann.addEpisode(episode("2025-12-01T08:00:00+00:00", 1, "calf", "left", 2, "standing"));

        JsonNode october = json(ann.get(EPISODES + "?from=2025-10-01&to=2025-10-10"));
        JsonNode inNewYork = json(ann.get(EPISODES + "?from=2025-10-01&to=2025-10-10&zone=America/New_York"));

        assertThat(october.path("episodes").findValuesAsText("id")).containsExactly(Long.toString(second),
                Long.toString(first));
        assertThat(inNewYork.path("episodes").findValuesAsText("id")).as("10 Oct in New York takes in the late one")
                .containsExactly(Long.toString(late), Long.toString(second), Long.toString(first));
    }

    @Test
    void by_default_the_list_shows_the_last_90_days() {
        DiaryClient ann = person();
        String recent = LocalDate.now(ZoneOffset.UTC).minusDays(3) + "T08:00:00+00:00";
        String old = LocalDate.now(ZoneOffset.UTC).minusDays(200) + "T08:00:00+00:00";
        long shown = ann.addEpisode(episode(recent, 1, "calf", "left", 2, "standing"));
        ann.addEpisode(episode(old, 1, "calf", "left", 2, "standing"));

        assertThat(json(ann.get(EPISODES)).path("episodes").findValuesAsText("id"))
                .containsExactly(Long.toString(shown));
    }

    @ParameterizedTest
    @CsvSource({"from=last-week, from", "to=2025-13-01, to", "from=2025-11-10&to=2025-11-01, to",
            "from=2020-01-01&to=2025-01-01, to", "zone=Nowhere/Else, zone", "to=2025-11-01T00:00:00, to"})
    void a_list_with_a_bad_period_is_a_400_naming_it(String query, String field) {
        HttpResponse<String> r = refusedPerson().get(EPISODES + "?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"exerciseLevel\": 4} | exerciseLevel", "{\"fluidsGlasses\": -1} | fluidsGlasses",
            "{\"hoursSitting\": 25} | hoursSitting", "{\"heavySweating\": \"yes\"} | heavySweating",
            "{\"pregnancyWeek\": 50} | pregnancyWeek", "{\"tags\": [\"a,b\"]} | tags[0]",
            "{\"tags\": \"hike\"} | tags", "{\"mood\": 3} | mood"})
    void an_invalid_day_is_a_400_naming_the_field(String body, String field) {
        HttpResponse<String> r = refusedPerson().put(DAYS + "/2025-11-19", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(fields(r)).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-02-30", "2025-11-19T00:00", "1800-01-01"})
    void a_day_that_is_not_a_date_is_a_400_naming_the_date(String date) {
        DiaryClient ann = refusedPerson();
        for (HttpResponse<String> r : List.of(ann.get(DAYS + "/" + date), ann.put(DAYS + "/" + date, "{}"))) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(fields(r)).containsExactly("date");
        }
    }

    @Test
    void a_day_far_in_the_future_cannot_be_noted_and_an_unnoted_day_is_404() {
        DiaryClient ann = person();
        String nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

        assertThat(fields(ann.put(DAYS + "/" + nextWeek, "{}"))).containsExactly("date");
        assertThat(ann.get(DAYS + "/2025-01-01").statusCode()).isEqualTo(404);
    }

    @Test
    void days_are_listed_oldest_first_both_dates_included() {
        DiaryClient ann = person();
        for (String d : List.of("2025-11-03", "2025-11-01", "2025-11-02", "2025-10-31")) {
            ann.put(DAYS + "/" + d, "{\"caffeineDrinks\": 1}");
        }

        JsonNode list = json(ann.get(DAYS + "?from=2025-11-01&to=2025-11-03"));

        assertThat(list.path("days").findValuesAsText("date")).containsExactly("2025-11-01", "2025-11-02",
                "2025-11-03");
    }

    @Test
    void erasing_the_account_removes_every_row_and_ends_the_token() throws SQLException {
        DiaryClient ann = person();
        ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        ann.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 3}");
        DiaryClient otherDevice = new DiaryClient(server, ann.email, ann.password);
        otherDevice.signIn();
        long account = accountId(ann.email);
        assertThat(rows(account)).containsExactly(1L, 2L, 1L, 1L);

        assertThat(server.send("DELETE", "/api/v1/accounts/me", ApiServer.JSON, "{\"password\": \"not it at all\"}",
                ann.token).statusCode()).isEqualTo(403);
        assertThat(rows(account)).containsExactly(1L, 2L, 1L, 1L); // a wrong password erases nothing
        assertThat(server.send("DELETE", "/api/v1/accounts/me", ApiServer.JSON,
                "{\"password\": " + DiaryClient.quote(ann.password) + "}", ann.token).statusCode()).isEqualTo(204);

        assertThat(rows(account)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(ann.get(EPISODES).statusCode()).isEqualTo(401);
        assertThat(otherDevice.get(EPISODES).statusCode()).isEqualTo(401);
        assertThat(ann.signIn().statusCode()).isEqualTo(401);
        // The address is free again: a new account starts empty.
        DiaryClient again = DiaryClient.signedUp(server, ann.email);
        assertThat(json(again.get(EPISODES + "?from=2025-11-01&to=2025-11-30")).path("episodes")).isEmpty();
    }

    /** The account's rows in account, session, episode and day_log, read from the server's database. */
    private static List<Long> rows(long account) throws SQLException {
        List<Long> out = new ArrayList<>();
        Database db = server.test.database();
        for (String sql : List.of("SELECT COUNT(*) FROM account WHERE id = ?",
                "SELECT COUNT(*) FROM session WHERE account_id = ?", "SELECT COUNT(*) FROM episode WHERE account_id = ?",
                "SELECT COUNT(*) FROM day_log WHERE account_id = ?")) {
            try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, account);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static long accountId(String email) throws SQLException {
        try (Connection c = server.test.database().connection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
