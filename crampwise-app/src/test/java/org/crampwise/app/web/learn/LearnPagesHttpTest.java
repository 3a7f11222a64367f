package org.crampwise.app.web.learn;

import org.crampwise.app.web.WithServer;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.TestServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampwise.app.feedback.FeedbackStore;
import org.crampwise.app.feedback.PageFeedback;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/** The learn pages and their feedback form, through the real server on a free port. */
@WithServer
class LearnPagesHttpTest {
    private static final List<String> PAGES = List.of("what-is-a-cramp", "inner-thigh-cramps", "who-is-at-risk",
            "causes", "easing-and-preventing", "when-it-is-something-else");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

    @Served
    static TestServer server;
    static final HttpClient HTTP = TestServer.http(); // follows no redirects

    private static URI uri(String path) {
        return server.uri(path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String cookie, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** The CSRF cookie ("name=value") and the form's token, from a GET of the page. */
    private static String[] csrf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cw_csrf="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher m = CSRF_FIELD.matcher(page.body());
        assertThat(m.find()).as("the page's form carries a CSRF token").isTrue();
        return new String[] {cookie, m.group(1)};
    }

    private static int count(String page, boolean helpful) {
        return new FeedbackStore(server.database()).counts().stream().filter(f -> f.page().equals(page))
                .mapToInt(f -> helpful ? f.yes() : f.no()).sum();
    }

    private static void assertSecurityHeaders(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
    }

    /** Accessibility and CSP basics of a page: lang, one h1 first, no skipped heading levels, no inline code. */
    private static void assertWellFormedPage(String path, String html) {
        assertThat(html).as(path).contains("<html lang=\"en\">");
        Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int previous = 0;
        int h1 = 0;
        while (h.find()) {
            int level = Integer.parseInt(h.group(1));
            assertThat(level).as("%s: heading after h%d", path, previous).isLessThanOrEqualTo(previous + 1);
            h1 += level == 1 ? 1 : 0;
            previous = level;
        }
        assertThat(h1).as("%s: h1 count", path).isEqualTo(1);
        assertThat(html).as(path).doesNotContain(" style=").doesNotContain("<style").doesNotContain("javascript:")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern(" on[a-z]+=\"");
        Matcher a = Pattern.compile("<a [^>]*>(.*?)</a>", Pattern.DOTALL).matcher(html);
        while (a.find()) {
            assertThat(a.group(1).replaceAll("<[^>]+>", "").strip()).as("%s: link text of %s", path, a.group())
                    .isNotEmpty();
        }
    }

    @Test
    void the_learn_index_lists_every_page_with_the_security_headers() throws Exception {
        HttpResponse<String> r = get("/learn");
        assertThat(r.statusCode()).isEqualTo(200);
        assertSecurityHeaders(r);
        assertWellFormedPage("/learn", r.body());
        for (String id : PAGES) {
            assertThat(r.body()).contains("href=\"/learn/" + id + "\"");
        }
    }

    @Test
    void every_learn_page_is_served_with_its_dates_sources_related_pages_disclaimer_and_feedback_form()
            throws Exception {
        for (String id : PAGES) {
            HttpResponse<String> r = get("/learn/" + id);
            assertThat(r.statusCode()).as(id).isEqualTo(200);
            assertSecurityHeaders(r);
            assertWellFormedPage("/learn/" + id, r.body());
            assertThat(r.body()).as(id)
                    .contains("First published <time datetime=\"2026-11-26\">26 November 2026</time>")
                    .contains("Last reviewed <time datetime=")
                    .contains("Where this information comes from")
                    .contains("Related pages")
                    .contains("Crampwise gives information, not a diagnosis.")
                    .contains("<form method=\"post\" action=\"/learn/" + id + "/feedback\"")
                    .contains("Was this page helpful?")
                    .doesNotContain("{emergency}").doesNotContain("{urgent}");
        }
    }

    @Test
    void the_causes_page_shows_the_causes_of_the_knowledge_base() throws Exception {
        String html = get("/learn/causes").body();
        KnowledgeBaseLoader.builtIn().causes().stream().filter(c -> c.kind().equals("cramp_cause"))
                .forEach(c -> assertThat(html).contains("<h3>" + c.name() + "</h3>"));
    }

    @Test
    void an_unknown_page_is_not_found() throws Exception {
        HttpResponse<String> r = get("/learn/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertSecurityHeaders(r);
    }

    @Test
    void feedback_without_the_csrf_token_is_refused_and_not_stored() throws Exception {
        int before = count("causes", true);
        HttpResponse<String> noToken = post("/learn/causes/feedback", null, form("helpful", "yes"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        String[] csrf = csrf("/learn/causes");
        HttpResponse<String> cookieOnly = post("/learn/causes/feedback", csrf[0], form("helpful", "yes"));
        assertThat(cookieOnly.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongToken = post("/learn/causes/feedback", csrf[0],
                form("_csrf", "x".repeat(43), "helpful", "yes"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(count("causes", true)).isEqualTo(before);
    }

    @Test
    void feedback_with_the_csrf_token_is_stored_counted_and_thanked() throws Exception {
        String[] csrf = csrf("/learn/easing-and-preventing");
        int yes = count("easing-and-preventing", true);
        int no = count("easing-and-preventing", false);

        HttpResponse<String> r = post("/learn/easing-and-preventing/feedback", csrf[0],
                form("_csrf", csrf[1], "helpful", "yes"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/learn/easing-and-preventing?thanks=1#feedback");
        post("/learn/easing-and-preventing/feedback", csrf[0], form("_csrf", csrf[1], "helpful", "no"));

        assertThat(count("easing-and-preventing", true)).isEqualTo(yes + 1);
        assertThat(count("easing-and-preventing", false)).isEqualTo(no + 1);
        assertThat(new FeedbackStore(server.database()).counts()).extracting(PageFeedback::page)
                .contains("easing-and-preventing");

        HttpResponse<String> thanks = get("/learn/easing-and-preventing?thanks=1");
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body()).contains("role=\"status\"").contains("Thank you for your answer.")
                .doesNotContain("action=\"/learn/easing-and-preventing/feedback\"");
    }

    @Test
    void feedback_that_is_not_yes_or_no_or_for_an_unknown_page_is_refused() throws Exception {
        String[] csrf = csrf("/learn/causes");
        assertThat(post("/learn/causes/feedback", csrf[0], form("_csrf", csrf[1], "helpful", "maybe")).statusCode())
                .isEqualTo(400);
        assertThat(post("/learn/nope/feedback", csrf[0], form("_csrf", csrf[1], "helpful", "yes")).statusCode())
                .isEqualTo(404);
        assertThat(new FeedbackStore(server.database()).counts()).extracting(PageFeedback::page).doesNotContain("nope");
    }
}
