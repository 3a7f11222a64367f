package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api-docs: Swagger UI from our own origin, under the site's CSP, with no inline script or style. */
@WithServer
class ApiDocsPageTest {
    static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/5.34.1/";

    @Served
    static ApiServer server;
    static HttpResponse<String> page;

    @BeforeAll
    static void start() {
        page = server.get("/api-docs");
    }

    static List<String> files(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:href|src)=\"(/api-docs/[^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void the_page_is_html_under_the_site_s_content_security_policy() {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(ApiServer.mediaType(page)).isEqualTo("text/html");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(page.body()).contains("data-spec=\"/openapi.json\"").contains("not a diagnosis");
    }

    @Test
    void the_page_has_no_inline_script_style_or_event_handler_and_nothing_from_another_site() {
        String html = page.body();
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script has a src").contains("src=\"/api-docs/");
            assertThat(scripts.group(2)).as("and no body").isBlank();
        }
        assertThat(count).isEqualTo(2);
        assertThat(html).doesNotContain("<style").doesNotContainPattern("\\sstyle=")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("javascript:")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void swagger_ui_and_the_page_s_own_files_are_served_from_our_origin_fingerprinted_and_cached() throws IOException {
        List<String> files = files(page.body());
        assertThat(files).hasSize(5);
        assertThat(files).anyMatch(f -> f.matches("/api-docs/swagger-ui-bundle\\.[0-9a-f]{10}\\.js"))
                .anyMatch(f -> f.matches("/api-docs/swagger-ui\\.[0-9a-f]{10}\\.css"))
                .anyMatch(f -> f.matches("/api-docs/api-docs\\.[0-9a-f]{10}\\.js"))
                .anyMatch(f -> f.matches("/api-docs/api-docs\\.[0-9a-f]{10}\\.css"))
                .anyMatch(f -> f.matches("/api-docs/favicon-32x32\\.[0-9a-f]{10}\\.png"));
        for (String f : files) {
            HttpResponse<String> r = server.get(f);
            assertThat(r.statusCode()).as(f).isEqualTo(200);
            assertThat(ApiServer.mediaType(r)).as(f).isEqualTo(f.endsWith(".js") ? "text/javascript"
                    : f.endsWith(".css") ? "text/css" : "image/png");
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String bundle = files.stream().filter(f -> f.contains("swagger-ui-bundle")).findFirst().orElseThrow();
        assertThat(server.get(bundle).body()).isEqualTo(webjar("swagger-ui-bundle.js"));
        String init = files.stream().filter(f -> f.matches("/api-docs/api-docs\\..*\\.js")).findFirst().orElseThrow();
        assertThat(server.get(init).body()).contains("SwaggerUIBundle").contains("validatorUrl: null");
    }

    @Test
    void an_unknown_file_under_api_docs_is_not_found() {
        assertThat(server.get("/api-docs/swagger-ui-bundle.js").statusCode()).isEqualTo(404);
        assertThat(server.get("/api-docs/index.html").statusCode()).isEqualTo(404);
        assertThat(server.get("/api-docs/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
    }

    private static String webjar(String name) throws IOException {
        try (InputStream in = ApiDocsPageTest.class.getResourceAsStream(SWAGGER_UI + name)) {
            assertThat(in).as("the Swagger UI 5.34.1 WebJar on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
