package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The controls of the clinical hazard log (docs/SAFETY.md) that live in the pages and the API:
 * the emergency notice first, the configured number everywhere, the level said in words, and an
 * unfinished check that says so.
 */
@WithServer
class HazardControlsHttpTest {
    @Served
    static TestServer uk;
    @Served(emergencyNumber = "112")
    static TestServer elsewhere;

    private static HttpResponse<String> postJson(TestServer server, String path, String body) {
        return server.post(path, "application/json", body);
    }

    @Test
    void the_home_page_gives_the_emergency_notice_before_the_way_into_the_check() throws Exception {
        String home = new Browserless(uk.port()).get("/").body();
        String main = home.substring(home.indexOf("<main"));
        int notice = main.indexOf("notice-emergency");
        assertThat(notice).isPositive().isLessThan(main.indexOf("<h1")).isLessThan(main.indexOf("/check/start"));
        assertThat(main.substring(notice, main.indexOf("<h1"))).contains("href=\"tel:999\"");
    }

    @Test
    void a_result_seen_before_the_safety_questions_are_answered_says_it_may_not_be_the_whole_picture() throws Exception {
        Browserless b = new Browserless(uk.port());
        new Person(TestServer.KB).answer(b, b.get("/check/start").body());
        String early = b.get("/check/result?sofar=yes").body();
        assertThat(early).contains("notice-warning").contains("This result is not complete");

        Browserless done = new Browserless(uk.port());
        new Person(TestServer.KB, "age_years", 28, "sex", "male", "location", "inner_thigh", "side", "left",
                "episode_minutes", 2, "episodes_per_week", 1, "sudden_tightening", true,
                "during_or_after_exercise", true, "relieved_by_stretching", true).interview(done);
        assertThat(done.get("/check/result").body()).doesNotContain("notice-warning");
    }

    @Test
    void a_999_result_on_a_server_set_to_112_calls_112_and_never_999() throws Exception {
        Browserless b = new Browserless(elsewhere.port());
        HttpResponse<String> end = new Person(TestServer.KB, "breathless", true).interview(b);
        assertThat(end.uri().getPath()).isEqualTo("/check/result");
        assertThat(end.body()).contains("banner-call_emergency").contains("href=\"tel:112\"").contains("Call 112 now")
                .doesNotContain("999");
        String api = postJson(elsewhere, "/api/v1/assessments", "{\"findings\": {\"breathless\": true}}").body();
        assertThat(api).contains("Call 112 now").doesNotContain("999");
    }

    @Test
    void every_result_names_its_level_in_words_as_well_as_in_colour() throws Exception {
        Browserless b = new Browserless(uk.port());
        String emergency = new Person(TestServer.KB, "breathless", true).interview(b).body();
        assertThat(emergency).contains("class=\"banner banner-call_emergency\"").contains("<strong>Call 999 now</strong>");
        Browserless c = new Browserless(uk.port());
        new Person(TestServer.KB, "age_years", 28, "sex", "male", "location", "inner_thigh", "side", "left",
                "episode_minutes", 2, "episodes_per_week", 1, "sudden_tightening", true,
                "during_or_after_exercise", true, "relieved_by_stretching", true).interview(c);
        assertThat(c.get("/check/result").body()).contains("class=\"banner banner-self_care\"")
                .contains("<strong>Look after it at home</strong>");
    }

    @Test
    void an_api_assessment_with_safety_questions_unanswered_says_complete_false_and_names_them() throws Exception {
        HttpResponse<String> r = postJson(uk, "/api/v1/assessments",
                "{\"findings\": {\"one_leg_swollen\": true, \"side\": \"left\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"triage\":{\"level\":\"urgent\",\"complete\":false")
                .contains("\"unansweredSafetyQuestions\":[\"breathless\"");
    }
}
