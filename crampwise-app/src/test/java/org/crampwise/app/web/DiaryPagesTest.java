package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The diary pages over HTTP: episodes, days, saving a check, insights and export, each person's own. */
@WithServer
class DiaryPagesTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Served
    static TestServer server;

    private static Member member() throws Exception {
        Member m = new Member(server.port(), "diarist" + PEOPLE.incrementAndGet() + "@example.com");
        assertThat(m.register().statusCode()).isEqualTo(303);
        return m;
    }

    private static Map<String, String> cramp(String date, String time) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("date", date);
        f.put("time", time);
        f.put("zone", "Europe/London");
        f.put("duration", "3");
        f.put("location", "calf");
        f.put("side", "left");
        f.put("pain", "6");
        f.put("context", "in_bed");
        f.put("helped", "stretching");
        f.put("notes", "woke me up");
        return f;
    }

    /** Adds a cramp and returns its id, read from the diary's list. */
    private static long add(Member m, Map<String, String> fields) throws Exception {
        HttpResponse<String> r = m.postForm("/diary/episodes/new", "/diary/episodes", fields);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        Matcher id = Pattern.compile("/diary/episodes/([0-9]+)/edit").matcher(m.browser.get("/diary").body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void a_cramp_added_is_listed_and_can_be_changed_and_deleted() throws Exception {
        Member m = member();
        long id = add(m, cramp("2026-11-20", "23:10"));
        String list = m.browser.get("/diary").body();
        assertThat(list).contains("Fri 20 Nov 2026, 23:10").contains("3 minutes")
                .contains("Calf (back of the lower leg), left leg").contains("6 out of 10").contains("In bed");
        Map<String, String> changed = cramp("2026-11-20", "23:10");
        changed.put("duration", "12");
        HttpResponse<String> r = m.postForm("/diary/episodes/" + id + "/edit", "/diary/episodes/" + id, changed);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(m.browser.get("/diary").body()).contains("12 minutes");
        HttpResponse<String> gone = m.postForm("/diary/episodes/" + id + "/delete", "/diary/episodes/" + id + "/delete",
                Map.of());
        assertThat(gone.statusCode()).isEqualTo(303);
        assertThat(m.browser.get("/diary").body()).contains("You have not added any cramps yet.");
    }

    @Test
    void the_diary_insights_and_summary_speak_the_persons_language_and_give_their_regions_numbers() throws Exception {
        Member m = member();
        add(m, cramp("2026-11-20", "23:10"));
        java.net.URI site = java.net.URI.create(server.base());
        for (String[] c : new String[][] {{Places.LANG_COOKIE, "es"}, {Places.COOKIE, "US"}}) {
            java.net.HttpCookie cookie = new java.net.HttpCookie(c[0], c[1]);
            cookie.setPath("/");
            m.browser.cookies.getCookieStore().add(site, cookie);
        }
        String diary = m.browser.get("/diary").body();
        assertThat(diary).contains("<html lang=\"es\">").contains("vie 20 de nov de 2026, 23:10")
                .contains("3 minutos").contains("Pantorrilla (parte de atrás de la pierna, bajo la rodilla), pierna izquierda")
                .contains("tel:911").doesNotContain("999");
        String insights = m.browser.get("/diary/insights").body();
        assertThat(insights).contains("<html lang=\"es\">").contains("Sus gráficos y lo que puede causar los calambres")
                .contains("tel:911").doesNotContain("999").doesNotContain("Cramps per week");
        String summary = m.browser.get("/diary/summary?from=2026-11-01&to=2026-11-28").body();
        assertThat(summary).contains("<html lang=\"es\">").contains("Diario de calambres de piernas: resumen")
                .contains("1 de nov de 2026").contains("(28 días)").contains("tel:911").doesNotContain("999");
    }

    @Test
    void the_address_of_a_form_shown_again_opens_that_form_when_the_language_link_comes_back_to_it()
            throws Exception {
        Member m = member();
        assertThat(Member.location(m.get("/diary/episodes"))).isEqualTo("/diary/episodes/new");
        assertThat(Member.location(m.get("/diary/episodes/12"))).isEqualTo("/diary/episodes/12/edit");
        assertThat(m.get("/diary/episodes/x").statusCode()).isEqualTo(404);
        assertThat(Member.location(m.get("/diary/summary/share"))).isEqualTo("/diary/summary");
    }

    @Test
    void another_persons_cramp_is_not_found_and_stays_as_it_was() throws Exception {
        Member owner = member();
        long id = add(owner, cramp("2026-11-21", "07:00"));
        Member other = member();
        assertThat(other.get("/diary/episodes/" + id + "/edit").statusCode()).isEqualTo(404);
        HttpResponse<String> page = other.get("/diary/episodes/" + id + "/delete");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
        assertThat(other.postForm("/diary", "/diary/episodes/" + id, cramp("2026-01-01", "01:00")).statusCode())
                .isEqualTo(404);
        assertThat(other.postForm("/diary", "/diary/episodes/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(owner.browser.get("/diary").body()).contains("Sat 21 Nov 2026, 07:00");
        assertThat(other.get("/diary/episodes/not-a-number/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void a_form_without_its_token_changes_nothing() throws Exception {
        Member m = member();
        Map<String, String> noToken = cramp("2026-11-22", "10:00");
        assertThat(m.post("/diary/episodes", noToken).statusCode()).isEqualTo(403);
        noToken.put("_csrf", "x".repeat(43));
        assertThat(m.post("/diary/episodes", noToken).statusCode()).isEqualTo(403);
        assertThat(m.post("/diary/days/2026-11-22", Map.of("fluids", "3")).statusCode()).isEqualTo(403);
        assertThat(m.browser.get("/diary").body()).contains("You have not added any cramps yet.");
    }

    @Test
    void a_cramp_with_mistakes_comes_back_with_each_problem_and_what_was_typed() throws Exception {
        Member m = member();
        Map<String, String> bad = cramp("2026-13-40", "25:99");
        bad.put("zone", "Mars/Olympus");
        bad.put("duration", "lots");
        bad.put("pain", "11");
        bad.put("location", "elbow");
        HttpResponse<String> r = m.postForm("/diary/episodes/new", "/diary/episodes", bad);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Browserless.title(r.body())).startsWith("Error: Add a cramp");
        for (String field : new String[] {"date", "time", "zone", "duration", "location", "pain"}) {
            assertThat(r.body()).as(field).contains("<a href=\"#" + field + "\">").contains("id=\"" + field + "-error\"");
        }
        assertThat(r.body()).contains("value=\"Mars/Olympus\"").contains("value=\"lots\"").contains("woke me up");
    }

    @Test
    void a_day_log_is_kept_and_shown_again() throws Exception {
        Member m = member();
        Map<String, String> day = new LinkedHashMap<>();
        day.put("fluids", "4");
        day.put("exercise", "2");
        day.put("sitting", "7.5");
        day.put("alcohol", "3");
        day.put("caffeine", "2");
        day.put("sweating", "yes");
        day.put("medicine", "no");
        day.put("pregnancy", "");
        day.put("tags", "New shoes, long drive");
        HttpResponse<String> r = m.postForm("/diary/days/2026-11-20", "/diary/days/2026-11-20", day);
        assertThat(r.statusCode()).isEqualTo(303);
        String again = m.browser.get("/diary/days/2026-11-20").body();
        assertThat(again).contains("value=\"4\"").contains("value=\"7.5\"").contains("value=\"new shoes, long drive\"");
        assertThat(again).containsPattern("id=\"exercise-2\"[^>]*checked");
        day.put("fluids", "many");
        HttpResponse<String> bad = m.postForm("/diary/days/2026-11-20", "/diary/days/2026-11-20", day);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<a href=\"#fluids\">Enter a whole number of glasses from 0 to 40</a>");
        assertThat(m.get("/diary/days/not-a-date").statusCode()).isEqualTo(404);
    }

    @Test
    void save_to_my_diary_asks_to_sign_in_first_then_fills_the_cramp_from_the_answers_and_keeps_them()
            throws Exception {
        Member m = new Member(server.port(), "checker" + PEOPLE.incrementAndGet() + "@example.com");
        new Person(TestServer.KB, "age_years", 28, "sex", "male", "location", "calf", "side", "right",
                "episode_minutes", 2, "episodes_per_week", 1, "sudden_tightening", true,
                "during_or_after_exercise", true, "relieved_by_stretching", true).interview(m.browser);
        assertThat(m.browser.get("/check/result").body()).contains("href=\"/check/save\"");
        HttpResponse<String> r = m.get("/check/save");
        assertThat(Member.location(r)).isEqualTo("/account/sign-in?next=%2Fcheck%2Fsave");
        HttpResponse<String> registered = m.postForm("/account/register?next=%2Fcheck%2Fsave", "/account/register",
                Map.of("email", m.email, "password", Member.PASSWORD));
        assertThat(Member.location(registered)).isEqualTo("/account/sign-in?next=%2Fcheck%2Fsave&registered=1");
        HttpResponse<String> signedIn = m.postForm(Member.location(registered), "/account/sign-in",
                Map.of("email", m.email, "password", Member.PASSWORD));
        assertThat(Member.location(signedIn)).isEqualTo("/check/save");
        String form = m.browser.get("/check/save").body();
        assertThat(form).contains("Your answers from the symptom check will be saved with this cramp")
                .containsPattern("<option value=\"calf\" selected")
                .containsPattern("id=\"side-right\"[^>]*checked")
                .containsPattern("id=\"duration\"[^>]*value=\"2\"");
        Map<String, String> fields = new LinkedHashMap<>(Browserless.hidden(form));
        fields.putAll(Map.of("date", "2026-11-23", "time", "21:00", "zone", "Europe/London", "duration", "2",
                "location", "calf", "side", "right"));
        assertThat(m.post("/diary/episodes", fields).statusCode()).isEqualTo(303);
        String json = m.browser.get("/diary/export/json").body();
        assertThat(json).contains("\"findings\"").contains("\"sudden_tightening\":true").contains("\"age_years\":28");
        fields.put("interview", fields.get("interview") + "x");
        assertThat(m.post("/diary/episodes", fields).statusCode()).as("altered answers").isEqualTo(400);
    }

    @Test
    void the_insights_page_has_charts_with_tables_and_says_how_many_more_days_to_log() throws Exception {
        Member m = member();
        add(m, cramp("2026-11-20", "23:10"));
        m.postForm("/diary/days/2026-11-20", "/diary/days/2026-11-20", Map.of("alcohol", "4"));
        String page = m.browser.get("/diary/insights").body();
        assertThat(page).contains("<h2 id=\"weeks\">Cramps each week</h2>").contains("<h2 id=\"times\">")
                .contains("role=\"img\"").contains("<table class=\"table table-compact\" aria-labelledby=\"weeks\">")
                .contains("Days when you drank alcohol: too few days to tell yet. Log 5 more days.")
                .doesNotContain("style=").doesNotContain("<script>");
    }

    @Test
    void the_diary_downloads_as_a_csv_file() throws Exception {
        Member m = member();
        add(m, cramp("2026-11-20", "23:10"));
        HttpResponse<String> csv = m.get("/diary/export/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"crampwise-diary.csv\"");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("2026-11-20T23:10:00+00:00,Europe/London,3,calf,left,6,in_bed").contains("calf");
        assertThat(m.get("/diary/export/pdf").statusCode()).isEqualTo(404);
        assertThat(new Member(server.port(), "nobody@example.com").get("/diary/export/csv").statusCode())
                .as("without signing in").isEqualTo(303);
    }

    @Test
    void a_cramp_over_ten_minutes_raises_the_see_a_doctor_banner_on_the_diary_and_the_insights() throws Exception {
        Member m = member();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString();
        Map<String, String> ten = cramp(yesterday, "22:00");
        ten.put("duration", "10");
        add(m, ten);
        assertThat(m.browser.get("/diary").body()).as("a cramp of exactly 10 minutes").doesNotContain("banner-");
        Map<String, String> eleven = cramp(yesterday, "23:00");
        eleven.put("duration", "11");
        add(m, eleven);
        for (String page : new String[] {"/diary", "/diary/insights"}) {
            assertThat(m.browser.get(page).body()).as(page).contains("class=\"banner banner-see_doctor\"")
                    .contains("See a doctor about your cramps")
                    .contains("A cramp on " + yesterday + " lasted 11 minutes. Most cramps stop within 10 minutes.");
        }
    }

    @Test
    void a_red_flag_in_a_saved_check_raises_the_banner_at_the_checks_own_level() throws Exception {
        Member m = member();
        new Person(TestServer.KB, "age_years", 60, "sex", "female", "one_leg_swollen", true, "leg_skin_warm", true,
                "location", "calf", "side", "left").interview(m.browser);
        String form = m.browser.get("/check/save").body();
        Map<String, String> fields = new LinkedHashMap<>(Browserless.hidden(form));
        fields.putAll(cramp(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString(),
                "20:00"));
        assertThat(m.post("/diary/episodes", fields).statusCode()).isEqualTo(303);
        assertThat(m.browser.get("/diary").body()).contains("class=\"banner banner-urgent\"");
    }

    @Test
    void the_insights_page_says_a_trigger_is_a_pattern_not_proof_and_never_shows_a_ratio_without_its_interval()
            throws Exception {
        Member m = member();
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
        for (int i = 0; i < 6; i++) {
            String date = day.minusDays(i).toString();
            m.postForm("/diary/days/" + date, "/diary/days/" + date, Map.of("alcohol", i % 2 == 0 ? "4" : "0"));
            if (i % 2 == 0) {
                add(m, cramp(date, "23:00"));
            }
        }
        String page = m.browser.get("/diary/insights").body();
        assertThat(page).contains("A trigger here is a pattern in your own diary, not proof of a cause.");
        Matcher rows = Pattern.compile("<tr><td>(Same|Next) day: you drank alcohol</td><td>([0-9.]+)</td><td>([^<]*)</td>")
                .matcher(page);
        int n = 0;
        while (rows.find()) {
            n++;
            assertThat(rows.group(3)).as("the interval of %s", rows.group(2)).matches("[0-9.]+ to [0-9.]+");
        }
        assertThat(n).as("rows for alcohol, same day and next day").isEqualTo(2);
    }
}
