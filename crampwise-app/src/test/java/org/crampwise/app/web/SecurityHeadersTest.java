package org.crampwise.app.web;

import org.crampwise.app.server.WebServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What every response must carry, and what the pages must weigh. */
@WithServer
class SecurityHeadersTest {
    @Served
    static TestServer server;

    static void assertSafeHeaders(HttpResponse<?> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(r.uri() + " CSP").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                .contains("default-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(r.uri().toString()).isPresent();
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        Browserless b = new Browserless(server.port());
        String home = b.get("/").body();
        for (String path : List.of("/", "/check/start", "/check", "/check/answers", "/check/result", "/no/such/page",
                "/diary/save", "/check/save", "/account/sign-in", "/account/register", "/account/signed-out", "/diary",
                "/diary/insights", "/diary/export/csv", "/diary/episodes/1/edit", assetUrl(home, "css"),
                assetUrl(home, "js"))) {
            assertSafeHeaders(b.get(path));
        }
        assertSafeHeaders(b.post("/check/start", java.util.Map.of()));
        for (String form : List.of("/account/sign-in", "/account/register", "/account/sign-out", "/account/erase",
                "/diary/episodes", "/diary/days/2026-11-20")) {
            assertSafeHeaders(b.post(form, java.util.Map.of()));
        }
    }

    @Test
    void every_route_the_server_registers_answers_with_the_security_headers_signed_in_or_not() throws Exception {
        Member member = new Member(server.port(), "headers@example.org");
        assertThat(member.register().statusCode()).isEqualTo(303);
        HttpClient stranger = TestServer.http();
        String css = assetUrl(new Browserless(server.port()).get("/").body(), "css").substring("/assets/".length());
        List<String> checked = new java.util.ArrayList<>();
        for (ParsedEndpoint e : javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (!e.endpoint.method.isHttpMethod()) {
                continue;
            }
            String path = e.endpoint.path.replace("{id}", "1").replace("{date}", "2026-11-20")
                    .replace("{format}", "csv").replace("{file}", css)
                    .replace("{token}", "A".repeat(43)).replace("{tag}", "es");
            for (HttpClient client : List.of(member.raw, stranger)) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(member.browser.base + path))
                        .method(e.endpoint.method.name(), HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertSafeHeaders(r);
            }
            checked.add(e.endpoint.method.name() + " " + e.endpoint.path);
        }
        assertThat(checked).contains("GET /diary", "POST /diary/episodes/{id}/delete", "GET /api/v1/diary/episodes/{id}",
                "POST /fhir/QuestionnaireResponse/$assess", "GET /metrics");
    }

    private static Javalin javalin() throws IllegalAccessException {
        for (Field f : WebServer.class.getDeclaredFields()) {
            if (Javalin.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                return (Javalin) f.get(server.server());
            }
        }
        throw new IllegalStateException("no Javalin in WebServer");
    }

    @Test
    void assets_are_fingerprinted_and_cached_for_a_year_and_pages_are_never_cached() throws Exception {
        Browserless b = new Browserless(server.port());
        HttpResponse<String> home = b.get("/");
        String css = assetUrl(home.body(), "css");
        assertThat(css).matches("/assets/crampwise\\.[0-9a-f]{10}\\.css");
        assertThat(b.get(css).headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(b.get("/assets/crampwise.0000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void a_question_page_with_its_css_and_javascript_weighs_30_kb_or_less() throws Exception {
        Browserless b = new Browserless(server.port());
        String page = b.get("/check/start").body();
        long total = page.getBytes().length;
        Matcher m = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(page);
        while (m.find()) {
            total += b.get(m.group(1)).body().getBytes().length;
        }
        assertThat(page).doesNotContain("https://").doesNotContain("http://");
        assertThat(total).isLessThanOrEqualTo(30 * 1024);
    }

    private static String assetUrl(String html, String ext) {
        Matcher m = Pattern.compile("\"(/assets/[^\"]+\\." + ext + ")\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
