package org.crampwise.app.web;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Someone with a diary, without a browser: a {@link Browserless} visit (redirects followed) and a
 * second client on the same cookies that does not follow them, to see each answer as sent.
 */
final class Member {
    static final String PASSWORD = "a long walk by the sea";

    final Browserless browser;
    final HttpClient raw;
    final String email;

    Member(int port, String email) {
        this.browser = new Browserless(port);
        this.raw = HttpClient.newBuilder().cookieHandler(browser.cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.email = email;
    }

    /** Registers with {@link #PASSWORD} and signs in, as a person does next; returns the sign-in answer. */
    HttpResponse<String> register() throws IOException, InterruptedException {
        registerOnly();
        return signIn(PASSWORD);
    }

    /** Only the registration form with {@link #PASSWORD}; returns its answer (a redirect to sign in when valid). */
    HttpResponse<String> registerOnly() throws IOException, InterruptedException {
        return postForm("/account/register", "/account/register", Map.of("email", email, "password", PASSWORD));
    }

    HttpResponse<String> signIn(String password) throws IOException, InterruptedException {
        return postForm("/account/sign-in", "/account/sign-in", Map.of("email", email, "password", password));
    }

    /** Fetches {@code formPage}, then posts its hidden fields and {@code fields} to {@code action}, not following. */
    HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(Browserless.hidden(browser.get(formPage).body()));
        form.putAll(fields);
        return post(action, form);
    }

    HttpResponse<String> post(String action, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return raw.send(HttpRequest.newBuilder(URI.create(browser.base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return raw.send(HttpRequest.newBuilder(URI.create(browser.base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The session id the browser holds now, or null. */
    String session() {
        return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("cw_session"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    String csrf() {
        return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("cw_csrf"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A GET carrying only this session id (and no other cookie), not following redirects. */
    HttpResponse<String> getWithSession(String sessionId, String path) throws IOException, InterruptedException {
        return TestServer.http().send(HttpRequest.newBuilder(URI.create(browser.base + path))
                .header("Cookie", "cw_session=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
