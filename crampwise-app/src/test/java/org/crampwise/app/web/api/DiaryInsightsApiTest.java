package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.app.web.api.DiaryClient.DAYS;
import static org.crampwise.app.web.api.DiaryClient.episode;
import static org.crampwise.app.web.api.DiaryClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** GET /api/v1/diary/insights and /export: what a person's own diary shows, and all of it to take away. */
@WithServer
class DiaryInsightsApiTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    static final String INSIGHTS = "/api/v1/diary/insights";
    static final String EXPORT = "/api/v1/diary/export";

    @Served
    static ApiServer server;

    private static DiaryClient person() {
        return DiaryClient.signedUp(server, "insight" + PEOPLE.incrementAndGet() + "@example.org");
    }

    private static LocalDate daysAgo(int n) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(n);
    }

    private static JsonNode trigger(JsonNode insights, String factor, String timing) {
        for (JsonNode t : insights.path("triggers")) {
            if (t.path("factor").asText().equals(factor) && t.path("timing").asText().equals(timing)) {
                return t;
            }
        }
        throw new AssertionError("no trigger " + factor + " " + timing + " in " + insights);
    }

    @Test
    void a_diary_without_episodes_has_no_averages_no_banner_and_asks_for_more_days() {
        DiaryClient ann = person();
        ann.put(DAYS + "/" + daysAgo(1), "{\"fluidsGlasses\": 2}");

        JsonNode in = json(ann.get(INSIGHTS));

        assertThat(in.path("episodes").asInt()).isZero();
        assertThat(in.path("days").asInt()).isEqualTo(1);
        assertThat(in.path("episodesPerWeek")).hasSize(8);
        assertThat(in.path("averagePain").isNull()).isTrue();
        assertThat(in.path("shareAtNight").isNull()).isTrue();
        assertThat(in.at("/escalation/banner").isNull()).isTrue();
        assertThat(in.at("/escalation/reasons")).isEmpty();
        JsonNode fluids = trigger(in, "low_fluids", "same_day");
        assertThat(fluids.path("result").asText()).isEqualTo("not_enough_data");
        assertThat(fluids.path("message").asText()).contains("not enough data yet").contains("log "
                + fluids.path("moreDaysNeeded").asInt() + " more day");
    }

    @Test
    void the_counts_times_and_averages_are_those_of_the_episodes_logged() {
        DiaryClient ann = person();
        ann.addEpisode(episode(daysAgo(2) + "T03:00:00+00:00", 2, "calf", "left", 6, "in_bed"));
        ann.addEpisode(episode(daysAgo(3) + "T02:00:00+00:00", 4, "calf", "left", 8, "in_bed"));
        ann.addEpisode(episode(daysAgo(4) + "T14:00:00+00:00", 6, "foot", "right", 4, "standing"));

        JsonNode in = json(ann.get(INSIGHTS));

        assertThat(in.path("episodes").asInt()).isEqualTo(3);
        assertThat(in.at("/timeOfDay/night").asInt()).isEqualTo(2);
        assertThat(in.at("/timeOfDay/afternoon").asInt()).isEqualTo(1);
        assertThat(in.path("shareAtNight").asDouble()).isEqualTo(2.0 / 3);
        assertThat(in.path("averageDurationMinutes").asDouble()).isEqualTo(4.0);
        assertThat(in.path("averagePain").asDouble()).isEqualTo(6.0);
    }

    @Test
    void a_cramp_over_ten_minutes_raises_the_see_a_doctor_banner() {
        DiaryClient ann = person();
        ann.addEpisode(episode(daysAgo(1) + "T03:00:00+00:00", 25, "calf", "left", 9, "in_bed"));

        JsonNode escalation = json(ann.get(INSIGHTS)).path("escalation");

        assertThat(escalation.at("/reasons/0/code").asText()).isEqualTo("episode_over_10_minutes");
        assertThat(escalation.at("/reasons/0/level").asText()).isEqualTo("see_doctor");
        assertThat(escalation.path("banner").asText()).contains("25 minutes");
    }

    /** Issue 14: the same diary, read in Spanish: the same codes and numbers, the words in Spanish. */
    @Test
    void the_insights_speak_the_language_asked_for_with_the_same_codes() {
        DiaryClient ann = person();
        ann.addEpisode(episode(daysAgo(1) + "T03:00:00+00:00", 25, "calf", "left", 9, "in_bed"));

        JsonNode english = json(ann.get(INSIGHTS));
        HttpResponse<String> r = ann.get(INSIGHTS + "?lang=es");
        JsonNode spanish = json(r);

        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(spanish.at("/escalation/reasons/0/code").asText()).isEqualTo("episode_over_10_minutes");
        assertThat(spanish.at("/escalation/banner").asText()).contains("25")
                .isNotEqualTo(english.at("/escalation/banner").asText());
        assertThat(spanish.path("averageDurationMinutes")).isEqualTo(english.path("averageDurationMinutes"));
    }

    @Test
    void a_factor_logged_on_enough_days_gets_a_rate_ratio_with_its_interval() {
        DiaryClient ann = person();
        for (int i = 0; i < 4; i++) {
            LocalDate dry = daysAgo(20 - 2 * i);
            LocalDate wet = daysAgo(19 - 2 * i);
            ann.put(DAYS + "/" + dry, "{\"fluidsGlasses\": 2}");
            ann.put(DAYS + "/" + wet, "{\"fluidsGlasses\": 9}");
            ann.addEpisode(episode(dry + "T03:00:00+00:00", 2, "calf", "left", 5, "in_bed"));
            ann.addEpisode(episode(dry + "T22:00:00+00:00", 2, "calf", "left", 5, "in_bed"));
        }

        JsonNode fluids = trigger(json(ann.get(INSIGHTS)), "low_fluids", "same_day");

        assertThat(fluids.path("result").asText()).isEqualTo("measured");
        assertThat(fluids.path("daysWith").asInt()).isEqualTo(4);
        assertThat(fluids.path("daysWithout").asInt()).isEqualTo(4);
        assertThat(fluids.path("episodesWith").asInt()).isEqualTo(8);
        assertThat(fluids.path("corrected").asBoolean()).as("no cramp on the days without").isTrue();
        double ratio = fluids.path("rateRatio").asDouble();
        assertThat(ratio).isGreaterThan(1).isBetween(fluids.path("lower").asDouble(), fluids.path("upper").asDouble());
        assertThat(fluids.path("message").asText()).contains("95% CI");
    }

    @Test
    void insights_for_a_zone_that_is_not_one_is_a_400_naming_it() {
        HttpResponse<String> r = person().get(INSIGHTS + "?zone=Atlantis/Capital");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("zone");
    }

    @Test
    void the_export_has_every_entry_of_the_person_in_each_format_and_nobody_else_s() {
        DiaryClient ann = person();
        DiaryClient bob = person();
        ann.addEpisode(episode("2025-11-20T03:10:00+00:00", 5, "calf", "left", 7, "in_bed"));
        ann.put(DAYS + "/2025-11-19", "{\"fluidsGlasses\": 3}");
        bob.addEpisode("{\"start\": \"2025-11-20T03:10:00+00:00\", \"durationMinutes\": 1, \"notes\": \"bob's own\"}");

        HttpResponse<String> csv = ann.get(EXPORT + "?format=csv");
        HttpResponse<String> asJson = ann.get(EXPORT);
        HttpResponse<String> fhir = ann.get(EXPORT + "?format=fhir");

        assertThat(ApiServer.mediaType(csv)).isEqualTo("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"crampwise-diary.csv\"");
        assertThat(csv.body()).contains("2025-11-20T03:10:00+00:00").contains("2025-11-19").contains("after a long walk");
        assertThat(ApiServer.mediaType(asJson)).isEqualTo(ApiServer.JSON);
        assertThat(json(asJson).path("episodes")).hasSize(1);
        assertThat(json(asJson).path("days")).hasSize(1);
        assertThat(ApiServer.mediaType(fhir)).isEqualTo(ApiServer.FHIR);
        assertThat(json(fhir).path("resourceType").asText()).isEqualTo("Bundle");
        // One Observation for the cramp and one for the day log (the FHIR export keeps day logs too).
        assertThat(json(fhir).path("entry")).hasSize(2);
        for (HttpResponse<String> r : java.util.List.of(csv, asJson, fhir)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(r.body()).doesNotContain("bob's own").doesNotContain(ann.email);
        }
    }

    @Test
    void an_export_format_that_is_not_offered_is_a_400_naming_it() {
        HttpResponse<String> r = person().get(EXPORT + "?format=xml");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("format");
    }
}
