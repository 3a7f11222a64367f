package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interview pages over real HTTP, without a browser. */
@WithServer
class InterviewPagesTest {
    @Served
    static TestServer server;

    private static Person typicalCramp() {
        return new Person(TestServer.KB, "age_years", 28, "sex", "male", "location", "inner_thigh", "side", "left",
                "episode_minutes", 2, "episodes_per_week", 1, "sudden_tightening", true,
                "during_or_after_exercise", true, "relieved_by_stretching", true);
    }

    @Test
    void a_typical_cramp_goes_through_check_your_answers_to_a_self_care_result() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> end = typicalCramp().interview(b);
        assertThat(Browserless.title(end.body())).startsWith("Check your answers");
        assertThat(end.body()).contains("Inside of the thigh").contains("/check/change?step=1");
        HttpResponse<String> result = b.get("/check/result");
        assertThat(result.body()).contains("banner-self_care").contains("Look after it at home")
                .contains("Ease it now").contains("information, not a diagnosis");
    }

    @Test
    void a_red_flag_on_the_first_screen_goes_straight_to_the_999_result() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> end = new Person(TestServer.KB, "breathless", true).interview(b);
        assertThat(end.body()).contains("banner-call_emergency").contains("href=\"tel:999\"");
        assertThat(end.uri().getPath()).isEqualTo("/check/result");
    }

    @Test
    void the_emergency_number_is_configuration_not_text(@Served(emergencyNumber = "112") TestServer other)
            throws Exception {
        String home = new Browserless(other.port()).get("/").body();
        assertThat(home).contains("Call 112").doesNotContain("999");
    }

    @Test
    void an_unanswered_question_shows_an_error_summary_linking_to_the_field() throws Exception {
        Browserless b = new Browserless(server.port());
        String first = b.get("/check/start").body();
        Map<String, String> form = new HashMap<>(Browserless.hidden(first));
        HttpResponse<String> again = b.post("/check", form);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Browserless.title(again.body())).startsWith("Error: ");
        assertThat(again.body()).contains("There is a problem").contains("href=\"#f-breathless\"")
                .contains("id=\"f-breathless\"");
    }

    @Test
    void back_forgets_the_last_answer_and_shows_the_question_again() throws Exception {
        Browserless b = new Browserless(server.port());
        String first = b.get("/check/start").body();
        String second = typicalCramp().answer(b, first).body();
        assertThat(second).contains("Question 2").contains("href=\"/check/back?to=1\"");
        assertThat(b.get("/check/back?to=1").body()).contains("Question 1").contains("f.breathless");
    }

    @Test
    void any_answer_can_be_changed_from_check_your_answers() throws Exception {
        Browserless b = new Browserless(server.port());
        typicalCramp().interview(b);
        String change = b.get("/check/change?step=1").body();
        assertThat(change).contains("name=\"change\" value=\"1\"").contains("Save and go back to your answers");
        Map<String, String> form = new HashMap<>(Browserless.hidden(change));
        form.put("f.breathless", "yes");
        HttpResponse<String> after = b.post("/check", form);
        assertThat(after.uri().getPath()).isEqualTo("/check/answers");
        assertThat(b.get("/check/result").body()).contains("banner-call_emergency");
    }

    @Test
    void a_form_without_its_security_token_is_refused() throws Exception {
        Browserless b = new Browserless(server.port());
        String first = b.get("/check/start").body();
        Map<String, String> form = new HashMap<>(Browserless.hidden(first));
        form.remove("_csrf");
        form.put("none", "yes");
        assertThat(b.post("/check", form).statusCode()).isEqualTo(403);
    }

    @Test
    void a_tampered_answers_cookie_is_never_trusted_and_the_interview_starts_again() throws Exception {
        Browserless b = new Browserless(server.port());
        typicalCramp().interview(b);
        var jar = b.cookies.getCookieStore();
        var state = jar.getCookies().stream().filter(c -> c.getName().equals("cw_check")).findFirst().orElseThrow();
        String value = state.getValue();
        state.setValue(value.substring(0, 10) + (value.charAt(10) == 'A' ? 'B' : 'A') + value.substring(11));
        assertThat(b.get("/check").body()).contains("Question 1");
    }

    @Test
    void the_answers_travel_with_the_person_so_another_server_with_the_same_secret_carries_on(TestServer other)
            throws Exception {
        Browserless onFirst = new Browserless(server.port());
        String first = onFirst.get("/check/start").body();
        typicalCramp().answer(onFirst, first);
        Browserless onSecond = new Browserless(other.port(), onFirst.cookies);
        assertThat(onSecond.get("/check").body()).contains("Question 2");
    }
}
