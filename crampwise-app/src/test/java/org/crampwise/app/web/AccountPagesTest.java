package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Register, sign in, sign out and erase on the pages: the session cookie, its id, CSRF and the throttle. */
@WithServer
class AccountPagesTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Served
    static TestServer server;

    private static Member someone() {
        return new Member(server.port(), "person" + PEOPLE.incrementAndGet() + "@example.com");
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cw_session=")).findFirst()
                .orElse("");
    }

    @Test
    void registering_then_signing_in_gives_an_http_only_same_site_lax_session_cookie() throws Exception {
        Member m = someone();
        HttpResponse<String> r = m.register();
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(Member.location(r)).isEqualTo("/diary");
        String cookie = sessionCookie(r);
        assertThat(cookie).matches("cw_session=[A-Za-z0-9_-]{43};.*").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/").doesNotContain("Secure");
        assertThat(m.browser.get("/diary").body()).contains("<h1>Your cramp diary</h1>");
    }

    @Test
    void behind_tls_the_session_cookie_is_secure(@Served(secureCookies = true) TestServer s) throws Exception {
        // A Secure cookie is not sent back over plain HTTP, so the form's token goes by hand.
        Member m = new Member(s.port(), "tls@example.com");
        String token = Browserless.hidden(m.browser.get("/account/register").body()).get("_csrf");
        HttpResponse<String> r = null;
        for (String form : new String[] {"/account/register", "/account/sign-in"}) { // register, then sign in
            r = m.raw.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(m.browser.base + form))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cw_csrf=" + token)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token
                            + "&email=tls%40example.com&password=a+long+walk+by+the+sea")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(303);
        }
        assertThat(sessionCookie(r)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void signing_in_gives_a_new_session_id_and_the_old_one_no_longer_works() throws Exception {
        Member m = someone();
        m.register();
        String before = m.session();
        HttpResponse<String> r = m.signIn(Member.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(303);
        String after = m.session();
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(m.getWithSession(before, "/diary").statusCode()).as("the id from before sign-in").isEqualTo(303);
        assertThat(m.getWithSession(after, "/diary").statusCode()).as("the new id").isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session_on_the_server_and_clears_the_cookie() throws Exception {
        Member m = someone();
        m.register();
        String id = m.session();
        HttpResponse<String> r = m.postForm("/diary", "/account/sign-out", Map.of());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(sessionCookie(r)).startsWith("cw_session=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(m.getWithSession(id, "/diary").statusCode()).as("the id after signing out").isEqualTo(303);
        assertThat(m.browser.get(Member.location(r)).body()).contains("You have signed out");
    }

    @Test
    void signing_out_without_the_form_token_is_refused_and_the_session_goes_on() throws Exception {
        Member m = someone();
        m.register();
        HttpResponse<String> r = m.post("/account/sign-out", Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("this form has expired");
        assertThat(m.get("/diary").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() throws Exception {
        Member known = someone();
        known.register();
        Member stranger = someone();
        HttpResponse<String> wrongPassword = new Member(server.port(), known.email).signIn("not the password at all");
        HttpResponse<String> unknownEmail = stranger.signIn("not the password at all");
        assertThat(wrongPassword.statusCode()).isEqualTo(unknownEmail.statusCode()).isEqualTo(400);
        assertThat(errorSummary(wrongPassword.body())).isEqualTo(errorSummary(unknownEmail.body()))
                .isEqualTo("The email address or password is not right");
    }

    @Test
    void after_too_many_failed_attempts_even_the_right_password_must_wait_and_the_page_says_how_long()
            throws Exception {
        Member m = someone();
        m.register();
        Member guesser = new Member(server.port(), m.email);
        HttpResponse<String> r = null;
        for (int i = 0; i < 10; i++) {
            r = guesser.signIn("guess number " + i);
            if (r.statusCode() == 429) {
                break;
            }
        }
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(v).matches("[1-9][0-9]*"));
        assertThat(errorSummary(r.body())).startsWith("Too many attempts to sign in. Wait ").endsWith(" and try again");
        HttpResponse<String> right = guesser.signIn(Member.PASSWORD);
        assertThat(right.statusCode()).as("the right password while the account must wait").isEqualTo(429);
    }

    @Test
    void register_shows_every_problem_in_an_error_summary_linking_to_its_field() throws Exception {
        Member m = new Member(server.port(), "not an address");
        HttpResponse<String> r = m.postForm("/account/register", "/account/register",
                Map.of("email", "not an address", "password", "short"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Browserless.title(r.body())).startsWith("Error: Create an account");
        assertThat(r.body()).contains("<a href=\"#email\">Enter an email address in the right form")
                .contains("<a href=\"#password\">Your password must have at least 8 characters")
                .contains("value=\"not an address\"");
        HttpResponse<String> common = m.postForm("/account/register", "/account/register",
                Map.of("email", "fine@example.com", "password", "password123"));
        assertThat(common.body()).contains("That password is too common");
    }

    @Test
    void pages_that_need_sign_in_send_the_person_to_sign_in_and_back_after() throws Exception {
        Member m = someone();
        m.register();
        m.post("/account/sign-out", Map.of("_csrf", m.csrf()));
        HttpResponse<String> r = m.get("/diary/insights");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(Member.location(r)).isEqualTo("/account/sign-in?next=%2Fdiary%2Finsights");
        HttpResponse<String> in = m.postForm(Member.location(r), "/account/sign-in",
                Map.of("email", m.email, "password", Member.PASSWORD));
        assertThat(Member.location(in)).isEqualTo("/diary/insights");
    }

    @Test
    void sign_in_never_sends_the_person_to_another_site() throws Exception {
        Member m = someone();
        m.register();
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "evil")) {
            HttpResponse<String> r = m.postForm("/account/sign-in", "/account/sign-in",
                    Map.of("email", m.email, "password", Member.PASSWORD, "next", next));
            assertThat(Member.location(r)).as(next).isEqualTo("/diary");
        }
    }

    @Test
    void registering_a_taken_address_is_answered_exactly_like_a_new_one_and_changes_nothing() throws Exception {
        Member owner = someone();
        owner.register();
        HttpResponse<String> taken = new Member(server.port(), owner.email).postForm("/account/register",
                "/account/register", Map.of("email", owner.email, "password", "another long password"));
        Member fresh = someone();
        HttpResponse<String> created = fresh.registerOnly();

        assertThat(taken.statusCode()).isEqualTo(created.statusCode()).isEqualTo(303);
        assertThat(Member.location(taken)).isEqualTo(Member.location(created)).isEqualTo("/account/sign-in?registered=1");
        assertThat(taken.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("cw_session="));
        assertThat(created.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("cw_session="));
        // the owner's password still works, the intruder's does not
        assertThat(Member.location(new Member(server.port(), owner.email).signIn(Member.PASSWORD))).isEqualTo("/diary");
        assertThat(new Member(server.port(), owner.email).signIn("another long password").statusCode()).isEqualTo(400);
        assertThat(Member.location(fresh.signIn(Member.PASSWORD))).isEqualTo("/diary");
    }

    @Test
    void erasing_needs_the_password_then_deletes_the_account_and_signs_out() throws Exception {
        Member m = someone();
        m.register();
        String id = m.session();
        HttpResponse<String> wrong = m.postForm("/account/erase", "/account/erase", Map.of("password", "wrong one!"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(m.get("/diary").statusCode()).isEqualTo(200);
        HttpResponse<String> r = m.postForm("/account/erase", "/account/erase", Map.of("password", Member.PASSWORD));
        assertThat(Member.location(r)).isEqualTo("/account/erased");
        assertThat(m.getWithSession(id, "/diary").statusCode()).isEqualTo(303);
        assertThat(m.signIn(Member.PASSWORD).statusCode()).as("signing in to the erased account").isEqualTo(400);
    }

    /** The words of the error summary's first link. */
    static String errorSummary(String html) {
        var matcher = java.util.regex.Pattern.compile("<div class=\"error-summary\".*?<a href=\"#[a-z]+\">([^<]*)</a>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }
}
