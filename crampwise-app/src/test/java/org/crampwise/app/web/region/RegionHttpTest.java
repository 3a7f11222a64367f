package org.crampwise.app.web.region;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import org.crampwise.app.web.Places;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.TestServer;
import org.crampwise.kb.Region;
import org.crampwise.kb.RegionTexts;
import org.junit.jupiter.api.Test;

/** Choosing the region on the pages and the API (issue 14, item 2), as a client does over HTTP. */
@WithServer
class RegionHttpTest {
    @Served
    static TestServer server;

    private static String assessment(String evidence, String query) {
        HttpResponse<String> r = server.post("/api/v1/assessments" + query, "application/json", evidence);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static final String CHEST_PAIN = "{\"findings\": {\"chest_or_upper_back_pain\": true}}";

    @Test
    void an_assessment_speaks_for_the_region_asked_and_says_which_in_a_header() {
        HttpResponse<String> us = server.post("/api/v1/assessments?region=us", "application/json", CHEST_PAIN);
        assertThat(us.headers().firstValue(Places.HEADER)).hasValue("US");
        assertThat(us.body()).contains("Call 911 now").doesNotContain("999");
        HttpResponse<String> plain = server.post("/api/v1/assessments", "application/json", CHEST_PAIN);
        assertThat(plain.headers().firstValue(Places.HEADER)).hasValue("GB-ENG");
        assertThat(plain.body()).contains("Call 999 now");
        assertThat(assessment(CHEST_PAIN, "?region=NZ")).contains("Call 111 now");
        assertThat(assessment(CHEST_PAIN, "?region=AU")).contains("Call 000 now");
    }

    @Test
    void an_unknown_region_is_a_400_problem_naming_region_and_the_allowed_values() {
        HttpResponse<String> r = server.post("/api/v1/assessments?region=atlantis", "application/json", CHEST_PAIN);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"region\"").contains("GB-ENG").contains("NZ").contains("EU");
        assertThat(server.get("/api/v1/findings?region=").statusCode()).isEqualTo(400);
    }

    @Test
    void reference_routes_and_fhir_take_the_region_too() {
        HttpResponse<String> findings = server.get("/api/v1/findings?region=US");
        assertThat(findings.headers().firstValue(Places.HEADER)).hasValue("US");
        assertThat(findings.body()).doesNotContain("A&E").doesNotContain(" GP ");
        HttpResponse<String> q = server.get("/fhir/Questionnaire/crampwise?region=us", "Accept", "application/fhir+json");
        assertThat(q.headers().firstValue(Places.HEADER)).hasValue("US");
        assertThat(q.body()).contains("911").doesNotContain("999");
    }

    @Test
    void the_start_page_says_whose_numbers_and_a_choice_is_remembered_in_a_cookie() {
        String home = server.get("/").body();
        assertThat(home).contains("Numbers are for: England").contains("href=\"/region?back=/\"").contains("tel:999");
        HttpResponse<String> chooser = server.get("/region?back=/learn");
        String csrf = chooser.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cw_csrf="))
                .findFirst().orElseThrow().replaceAll("cw_csrf=([^;]*).*", "$1");
        HttpResponse<String> chosen = server.form("/region", new java.util.LinkedHashMap<>(Map.of(
                "_csrf", csrf, "choice", "us", "back", "/learn")), "Cookie", "cw_csrf=" + csrf);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValue("/learn");
        String cookie = chosen.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Places.COOKIE + "="))
                .findFirst().orElseThrow();
        assertThat(cookie).startsWith(Places.COOKIE + "=US;").containsIgnoringCase("HttpOnly");
        String after = server.get("/", "Cookie", Places.COOKIE + "=US").body();
        assertThat(after).contains("Numbers are for: United States").contains("tel:911").doesNotContain("999");
    }

    /** What a person reads or dials: the text between tags, and the tel: links. */
    static String visibleText(String html) {
        StringBuilder tel = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"tel:([^\"]*)\"").matcher(html);
        while (m.find()) {
            tel.append(' ').append(m.group(1));
        }
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&").replace("&#39;", "'") + tel;
    }

    @Test
    void a_choice_back_to_another_site_goes_home_instead() {
        assertThat(RegionPages.back("//evil.example/")).isEqualTo("/");
        assertThat(RegionPages.back("https://evil.example/")).isEqualTo("/");
        assertThat(RegionPages.back("/check/start")).isEqualTo("/check/start");
    }

    @Test
    void the_browsers_language_suggests_a_region_but_never_switches_to_it() {
        String home = server.get("/", "Accept-Language", "en-US,en;q=0.8").body();
        assertThat(home).contains("you may be somewhere else: United States").contains("Numbers are for: England")
                .contains("tel:999");
        assertThat(server.get("/", "Accept-Language", "en-GB,en;q=0.8").body()).doesNotContain("somewhere else");
        assertThat(server.get("/", "Accept-Language", "en-US", "Cookie", Places.COOKIE + "=GB-ENG").body())
                .doesNotContain("somewhere else");
    }

    @Test
    void every_page_for_every_region_writes_only_that_regions_numbers() {
        List<Region> regions = List.copyOf(TestServer.KB.regions().values());
        for (Region r : regions) {
            // Another region's numbers and short names, less those this one shares (999 in all the UK).
            RegionTexts others = new RegionTexts(regions.stream().filter(o -> !o.equals(r)).toList()).except(r);
            for (String path : List.of("/", "/region", "/learn", "/learn/when-it-is-something-else",
                    "/learn/causes", "/check/start")) {
                HttpResponse<String> page = server.get(path + (path.contains("?") ? "" : "?region=" + r.id()));
                assertThat(others.problems(visibleText(page.body()))).as("%s %s", r.id(), path).isEmpty();
            }
        }
    }
}
