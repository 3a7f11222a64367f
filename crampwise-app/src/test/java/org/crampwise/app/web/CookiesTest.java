package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site's cookies cannot be read by scripts or sent by other sites (docs/SECURITY.md). */
@WithServer
class CookiesTest {
    /** The attributes (after the value) of the Set-Cookie header for this cookie name, from a request that sends no cookies. */
    private static String setCookie(TestServer server, String path, String name) {
        HttpResponse<String> r = server.get(path);
        List<String> all = r.headers().allValues("Set-Cookie");
        return all.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie from " + path + ": " + all));
    }

    @Test
    void the_answers_and_the_form_token_cookies_are_http_only_and_same_site(TestServer server) {
        String answers = setCookie(server, "/check/start", "cw_check");
        assertThat(answers).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Path=/check").doesNotContainIgnoringCase("Expires").doesNotContainIgnoringCase("Secure");
        String token = setCookie(server, "/", "cw_csrf");
        assertThat(token).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void behind_https_every_cookie_is_marked_secure(@Served(secureCookies = true) TestServer server) {
        assertThat(setCookie(server, "/check/start", "cw_check")).containsIgnoringCase("Secure");
        assertThat(setCookie(server, "/", "cw_csrf")).containsIgnoringCase("Secure");
    }
}
