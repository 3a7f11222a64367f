package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.crampwise.app.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference documents are tagged for caches; cross-origin calls are refused unless their origin is allowed. */
class ReferenceAndCrossOriginTest {
    static final String ALLOWED = "https://app.example.org";
    @TempDir
    static Path data;
    static ApiServer server;

    @BeforeAll
    static void start() {
        server = new ApiServer(TestServer.in(data).allowedOrigins(ALLOWED).start());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
        return server.send((headers.length == 0 ? b : b.headers(headers)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/findings", "/api/v1/causes", "/api/v1/advice", "/api/v1/sources", "/openapi.json",
        "/fhir/Questionnaire/crampwise"})
    void a_reference_document_sends_an_etag_and_answers_a_matching_if_none_match_with_304(String path) {
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        HttpResponse<String> again = get(path, "If-None-Match", "\"other\", " + etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    /** Issue 14: one address, a representation per language and region, each with its own tag. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/findings", "/api/v1/causes", "/api/v1/advice", "/api/v1/sources", "/openapi.json",
        "/fhir/Questionnaire/crampwise"})
    void a_reference_document_has_a_tag_per_language_and_region_and_varies_on_accept_language(String path) {
        String sep = path.contains("?") ? "&" : "?";
        HttpResponse<String> english = get(path);
        HttpResponse<String> spanish = get(path, "Accept-Language", "es-MX,es;q=0.9");
        HttpResponse<String> spanishUs = get(path + sep + "lang=es&region=US");
        String en = english.headers().firstValue("ETag").orElseThrow();
        String es = spanish.headers().firstValue("ETag").orElseThrow();
        String esUs = spanishUs.headers().firstValue("ETag").orElseThrow();

        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(java.util.Set.of(en, es, esUs)).hasSize(3);
        assertThat(String.join(",", spanish.headers().allValues("Vary"))).contains("Accept-Language");
        // A cache that kept the English copy asks with its tag: the Spanish reader gets Spanish, not a 304.
        assertThat(get(path, "Accept-Language", "es", "If-None-Match", en).statusCode()).isEqualTo(200);
        assertThat(get(path, "Accept-Language", "es", "If-None-Match", es).statusCode()).isEqualTo(304);
    }

    @Test
    void a_cross_origin_request_from_an_origin_not_allowed_is_refused_with_a_problem_document() {
        HttpResponse<String> r = get("/api/v1/findings", "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(ApiServer.mediaType(r)).isEqualTo(ApiServer.PROBLEM);
        assertThat(r.body()).contains("--allowed-origins");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void an_allowed_origin_gets_the_cors_headers_and_its_preflight_a_204() {
        HttpResponse<String> r = get("/api/v1/findings", "Origin", ALLOWED);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/diary/episodes"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization")
                .build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization");
    }

    @Test
    void a_same_origin_request_with_an_origin_header_is_served() {
        String self = server.base();
        assertThat(get("/api/v1/findings", "Origin", self).statusCode()).isEqualTo(200);
    }
}
