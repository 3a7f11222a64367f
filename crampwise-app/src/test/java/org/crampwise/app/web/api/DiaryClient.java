package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** One person using the accounts and diary API of a test server, with their own token. */
final class DiaryClient {
    static final String EPISODES = "/api/v1/diary/episodes";
    static final String DAYS = "/api/v1/diary/days";

    final ApiServer server;
    final String email;
    final String password;
    String token;

    DiaryClient(ApiServer server, String email, String password) {
        this.server = server;
        this.email = email;
        this.password = password;
    }

    /** Registers and signs in (both must succeed). */
    static DiaryClient signedUp(ApiServer server, String email) {
        DiaryClient c = new DiaryClient(server, email, "a walk by the river " + email.length());
        HttpResponse<String> r = c.register();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        HttpResponse<String> s = c.signIn();
        assertThat(s.statusCode()).as(s.body()).isEqualTo(201);
        return c;
    }

    static String credentials(String email, String password) {
        return "{\"email\": " + quote(email) + ", \"password\": " + quote(password) + "}";
    }

    static String quote(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    HttpResponse<String> register() {
        return server.postJson("/api/v1/accounts", credentials(email, password));
    }

    /** Signs in; on success the token is kept for the next requests. */
    HttpResponse<String> signIn() {
        HttpResponse<String> r = server.postJson("/api/v1/sessions", credentials(email, password));
        if (r.statusCode() == 201) {
            token = OpenApiSpec.parse(r.body()).path("token").asText();
        }
        return r;
    }

    HttpResponse<String> get(String path) {
        return server.send("GET", path, null, null, token);
    }

    HttpResponse<String> delete(String path) {
        return server.send("DELETE", path, null, null, token);
    }

    HttpResponse<String> post(String path, String json) {
        return server.send("POST", path, ApiServer.JSON, json, token);
    }

    HttpResponse<String> put(String path, String json) {
        return server.send("PUT", path, ApiServer.JSON, json, token);
    }

    /** Adds an episode (it must succeed) and gives back its id. */
    long addEpisode(String json) {
        HttpResponse<String> r = post(EPISODES, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    static JsonNode json(HttpResponse<String> r) {
        return OpenApiSpec.parse(r.body());
    }

    /** An episode body; {@code start} as given. */
    static String episode(String start, int minutes, String location, String side, int pain, String context) {
        return "{\"start\": \"" + start + "\", \"durationMinutes\": " + minutes + ", \"location\": \"" + location
                + "\", \"side\": \"" + side + "\", \"painScore\": " + pain + ", \"context\": \"" + context
                + "\", \"helped\": \"stretching\", \"notes\": \"after a long walk\"}";
    }
}
