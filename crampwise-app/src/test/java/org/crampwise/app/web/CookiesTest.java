package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's cookies cannot be read by scripts or sent by other sites (docs/SECURITY.md). */
class CookiesTest {
    @TempDir
    Path data;

    /** The attributes (after the value) of the Set-Cookie header for this cookie name, from a request that sends no cookies. */
    private static String setCookie(int port, String path, String name) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> all = r.headers().allValues("Set-Cookie");
        return all.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie from " + path + ": " + all));
    }

    @Test
    void the_answers_and_the_form_token_cookies_are_http_only_and_same_site() throws Exception {
        try (TestServer server = new TestServer(data, "999")) {
            String answers = setCookie(server.port(), "/check/start", "cw_check");
            assertThat(answers).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                    .contains("Path=/check").doesNotContainIgnoringCase("Expires").doesNotContainIgnoringCase("Secure");
            String token = setCookie(server.port(), "/", "cw_csrf");
            assertThat(token).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        }
    }

    @Test
    void behind_https_every_cookie_is_marked_secure() throws Exception {
        WebConfig plain = TestServer.config(data, "999");
        WebServer server = new WebServer(new WebConfig(plain.host(), plain.port(), plain.dataDir(), plain.emergencyNumber(),
                plain.urgentNumber(), plain.secret(), true), TestServer.KB).start();
        try {
            assertThat(setCookie(server.port(), "/check/start", "cw_check")).containsIgnoringCase("Secure");
            assertThat(setCookie(server.port(), "/", "cw_csrf")).containsIgnoringCase("Secure");
        } finally {
            server.stop();
        }
    }
}
