package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampwise.kb.Finding;
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
        assertThat(end.body()).contains("Inside of the thigh").contains("Which leg: Left leg.").contains("?change=yes");
        assertThat(Browserless.backLink(end.body())).as("Back on Check your answers: the last question asked")
                .isEqualTo("/check/q/" + lastQuestion(end.body()));
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
        HttpResponse<String> again = b.post(Browserless.action(first), form);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Browserless.title(again.body())).startsWith("Error: ");
        assertThat(again.body()).contains("There is a problem").contains("href=\"#f-breathless\"")
                .contains("id=\"f-breathless\"");
    }

    @Test
    void each_question_has_its_own_address_and_back_goes_to_the_question_asked_before() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> first = b.get("/check/start");
        assertThat(first.uri().getPath()).startsWith("/check/q/");
        assertThat(Browserless.backLink(first.body())).isEqualTo("/");
        HttpResponse<String> second = typicalCramp().answer(b, first.body());
        assertThat(second.uri().getPath()).startsWith("/check/q/").isNotEqualTo(first.uri().getPath());
        assertThat(second.body()).contains("Question 2");
        assertThat(Browserless.backLink(second.body())).isEqualTo(first.uri().getPath());
        // Going back changes nothing: the first question shows the answer given, and the second is still there.
        HttpResponse<String> back = b.get(first.uri().getPath());
        assertThat(back.body()).contains("Question 1").containsPattern("id=\"none\"[^>]*checked");
        assertThat(b.get(second.uri().getPath()).body()).contains("Question 2");
        // Continuing from the first again, unchanged, goes on to the second.
        assertThat(typicalCramp().answer(b, back.body()).uri().getPath()).isEqualTo(second.uri().getPath());
    }

    @Test
    void a_question_address_not_reached_yet_sends_the_person_to_where_they_are() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> first = b.get("/check/start");
        HttpResponse<String> elsewhere = b.get("/check/q/no_such_question");
        assertThat(elsewhere.uri().getPath()).isEqualTo(first.uri().getPath());
    }

    @Test
    void a_result_without_answers_sends_the_person_to_the_start() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> r = b.get("/check/result");
        assertThat(r.uri().getPath()).startsWith("/check/q/");
        assertThat(r.body()).contains("Question 1").doesNotContain("banner-");
    }

    @Test
    void a_result_opened_before_the_end_sends_the_person_to_the_next_question() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> second = typicalCramp().answer(b, b.get("/check/start").body());
        HttpResponse<String> r = b.get("/check/result");
        assertThat(r.uri().getPath()).isEqualTo(second.uri().getPath());
        assertThat(r.body()).doesNotContain("banner-");
    }

    @Test
    void a_person_who_stops_early_sees_the_level_so_far_marked_incomplete_with_the_emergency_notice() throws Exception {
        Browserless b = new Browserless(server.port());
        String second = typicalCramp().answer(b, b.get("/check/start").body()).body();
        Matcher stop = Pattern.compile("<a href=\"([^\"]*sofar=yes)\">").matcher(second);
        assertThat(stop.find()).as("a way to stop and see the result so far").isTrue();
        HttpResponse<String> r = b.get(stop.group(1));
        assertThat(r.uri().getPath()).isEqualTo("/check/result");
        assertThat(r.body()).contains("banner-").contains("This result is not complete")
                .contains("notice-emergency").contains("href=\"tel:999\"");
    }

    @Test
    void check_your_symptoms_during_a_check_asks_before_starting_again() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> second = typicalCramp().answer(b, b.get("/check/start").body());
        HttpResponse<String> ask = b.get("/check/start");
        assertThat(ask.uri().getPath()).isEqualTo("/check/start");
        assertThat(Browserless.title(ask.body())).startsWith("You have started a symptom check");
        assertThat(ask.body()).contains("href=\"" + second.uri().getPath() + "\"");
        assertThat(b.get(second.uri().getPath()).body()).as("the answers are kept").contains("Question 2");
        HttpResponse<String> again = b.post("/check/start", Browserless.hidden(ask.body()));
        assertThat(again.body()).contains("Question 1").doesNotContainPattern("id=\"none\"[^>]*checked");
    }

    @Test
    void a_change_to_an_emergency_sign_on_check_your_answers_goes_straight_to_the_999_result() throws Exception {
        Browserless b = new Browserless(server.port());
        String answers = typicalCramp().interview(b).body();
        // The screen that carries chest pain, wherever the interview put it.
        String change = null;
        Matcher links = Pattern.compile("href=\"(/check/q/[^\"]*\\?change=yes)\"").matcher(answers);
        while (change == null && links.find()) {
            String page = b.get(links.group(1)).body();
            change = page.contains("name=\"f.chest_or_upper_back_pain\"") ? page : null;
        }
        assertThat(change).as("a question on Check your answers that asks about chest pain").isNotNull();
        assertThat(change).contains("name=\"change\" value=\"yes\"").contains("Save and go back to your answers");
        Map<String, String> form = new HashMap<>(Browserless.hidden(change));
        form.put("f.chest_or_upper_back_pain", "yes");
        HttpResponse<String> after = b.post(Browserless.action(change), form);
        assertThat(after.uri().getPath()).isEqualTo("/check/result");
        assertThat(after.body()).contains("banner-call_emergency").doesNotContain("This result is not complete");
    }

    @Test
    void a_change_that_opens_new_questions_asks_them_then_returns_to_check_your_answers() throws Exception {
        Browserless b = new Browserless(server.port());
        String answers = typicalCramp().interview(b).body();
        Matcher links = Pattern.compile("href=\"(/check/q/[^\"]*\\?change=yes)\"").matcher(answers);
        HttpResponse<String> opened = null;
        while (opened == null && links.find()) {
            String page = b.get(links.group(1)).body();
            for (String gate : gates()) {
                if (!page.contains("name=\"f." + gate + "\"") || !page.contains("name=\"none\"")) {
                    continue;
                }
                Map<String, String> form = new HashMap<>(Browserless.hidden(page));
                form.put("f." + gate, "yes");
                HttpResponse<String> after = b.post(Browserless.action(page), form);
                if (after.uri().getPath().startsWith("/check/q/")) {
                    opened = after;
                    break;
                }
            }
        }
        assertThat(opened).as("a change on Check your answers that opens a question").isNotNull();
        assertThat(opened.uri().getQuery()).isEqualTo("change=yes");
        assertThat(Browserless.backLink(opened.body())).isEqualTo("/check/answers");
        HttpResponse<String> end = opened;
        Person nothingMore = new Person(TestServer.KB);
        for (int i = 0; i < 20 && end.uri().getPath().startsWith("/check/q/"); i++) {
            end = nothingMore.answer(b, end.body());
        }
        assertThat(end.uri().getPath()).isIn("/check/answers", "/check/result");
        if (end.uri().getPath().equals("/check/answers")) {
            assertThat(end.body()).contains(Browserless.title(opened.body()).replace(" - Crampwise", ""));
        }
    }

    /** The question id of the last "Change" link on Check your answers. */
    private static String lastQuestion(String answers) {
        Matcher m = Pattern.compile("href=\"/check/q/([^\"?]*)\\?change=yes\"").matcher(answers);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /** Yes/no findings that open other questions (another finding's askIf reads them). */
    private static List<String> gates() {
        List<String> out = new ArrayList<>();
        for (Finding g : TestServer.KB.findings()) {
            if (g.askIf() != null) {
                BitSet reads = new BitSet();
                g.askIf().reads(reads);
                reads.stream().mapToObj(i -> TestServer.KB.findings().get(i).id()).filter(id -> !out.contains(id))
                        .forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void a_form_without_its_security_token_is_refused() throws Exception {
        Browserless b = new Browserless(server.port());
        String first = b.get("/check/start").body();
        Map<String, String> form = new HashMap<>(Browserless.hidden(first));
        form.remove("_csrf");
        form.put("none", "yes");
        assertThat(b.post(Browserless.action(first), form).statusCode()).isEqualTo(403);
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
