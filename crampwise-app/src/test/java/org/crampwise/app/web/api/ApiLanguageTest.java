package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.nio.file.Path;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.web.WithServer;
import org.crampwise.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API in the person's language (issue 14): {@code lang}, else {@code Accept-Language}, else
 * English; the answer says which in {@code Content-Language} and in the assessment's
 * {@code language}; problem documents speak it too, but their {@code type} and ids never change.
 */
@WithServer
class ApiLanguageTest {
    private static final String CHEST_PAIN = "{\"findings\": {\"chest_or_upper_back_pain\": true}}";
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final KnowledgeBase SPANISH = ApiServer.KB.in(ES);

    @Served
    static ApiServer server;

    private static HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Content-Type", ApiServer.JSON).POST(HttpRequest.BodyPublishers.ofString(body));
        return server.send((headers.length == 0 ? b : b.headers(headers)).build());
    }

    @Test
    void a_person_in_the_united_states_with_chest_pain_is_told_in_spanish_to_call_911() {
        HttpResponse<String> r = server.postJson("/api/v1/assessments?region=US&lang=es", CHEST_PAIN);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(r.headers().firstValue("Content-Region")).hasValue("US");
        JsonNode a = OpenApiSpec.parse(r.body());
        assertThat(a.at("/triage/level").asText()).isEqualTo("call_emergency");
        assertThat(a.at("/triage/action").asText()).contains("Llame al 911");
        assertThat(a.path("language").asText()).isEqualTo("es");
        assertThat(a.path("region").asText()).isEqualTo("US");
        assertThat(r.body()).doesNotContain("999");
    }

    @Test
    void accept_language_chooses_spanish_and_an_unspoken_one_falls_back_to_english() {
        HttpResponse<String> spanish = post("/api/v1/assessments", CHEST_PAIN, "Accept-Language", "es-MX,es;q=0.9,en;q=0.5");
        HttpResponse<String> french = post("/api/v1/assessments", CHEST_PAIN, "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(OpenApiSpec.parse(spanish.body()).path("language").asText()).isEqualTo("es");
        assertThat(OpenApiSpec.parse(spanish.body()).at("/triage/action").asText()).contains("Llame al 999");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(OpenApiSpec.parse(french.body()).at("/triage/action").asText()).contains("Call 999");
    }

    @Test
    void an_unknown_lang_is_a_400_naming_the_languages_there_are() {
        HttpResponse<String> r = server.postJson("/api/v1/assessments?lang=fr", CHEST_PAIN);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(ApiServer.mediaType(r)).isEqualTo(ApiServer.PROBLEM);
        JsonNode p = OpenApiSpec.parse(r.body());
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("lang");
        assertThat(p.at("/errors/0/message").asText()).contains("en, es");
        assertThat(server.get("/api/v1/findings?lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void a_server_whose_default_is_spanish_answers_in_spanish_unless_asked_otherwise(@TempDir Path data) {
        try (ApiServer spanish = new ApiServer(TestServer.in(data).language("es").region("US").start())) {
            HttpResponse<String> plain = spanish.postJson("/api/v1/assessments", CHEST_PAIN);
            HttpResponse<String> english = spanish.send(HttpRequest.newBuilder(URI.create(spanish.base()
                    + "/api/v1/assessments")).header("Content-Type", ApiServer.JSON).header("Accept-Language", "en-GB")
                    .POST(HttpRequest.BodyPublishers.ofString(CHEST_PAIN)).build());

            assertThat(plain.headers().firstValue("Content-Language")).hasValue("es");
            assertThat(OpenApiSpec.parse(plain.body()).at("/triage/action").asText()).contains("Llame al 911");
            assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(spanish.postJson("/api/v1/assessments?lang=en", CHEST_PAIN).headers()
                    .firstValue("Content-Language")).hasValue("en");
        }
    }

    @Test
    void the_interview_asks_in_spanish() {
        HttpResponse<String> r = server.postJson("/api/v1/interview/next?lang=es", "{\"findings\": {}}");

        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        JsonNode q = OpenApiSpec.parse(r.body()).path("question");
        String first = q.path("items").get(0).path("finding").asText();
        assertThat(q.path("items").get(0).path("text").asText())
                .isEqualTo(SPANISH.fill(SPANISH.finding(first).shortText()));
    }

    @Test
    void the_reference_lists_are_in_spanish_with_the_same_ids() {
        JsonNode english = OpenApiSpec.parse(server.get("/api/v1/causes").body());
        HttpResponse<String> r = server.get("/api/v1/causes?lang=es");
        JsonNode spanish = OpenApiSpec.parse(r.body());

        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(spanish.size()).isEqualTo(english.size());
        for (int i = 0; i < english.size(); i++) {
            String id = english.get(i).path("id").asText();
            assertThat(spanish.get(i).path("id").asText()).isEqualTo(id);
            assertThat(spanish.get(i).path("name").asText()).isEqualTo(SPANISH.fill(cause(id).name()));
        }
    }

    private static org.crampwise.kb.Cause cause(String id) {
        return SPANISH.causes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_problem_document_speaks_spanish_but_keeps_its_type_and_the_field_it_names() {
        String bad = "{\"findings\": {\"pain_score\": 11}}";
        JsonNode english = OpenApiSpec.parse(server.postJson("/api/v1/assessments", bad).body());
        HttpResponse<String> r = server.postJson("/api/v1/assessments?lang=es", bad);
        JsonNode spanish = OpenApiSpec.parse(r.body());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(spanish.path("type").asText()).isEqualTo(english.path("type").asText()).isEqualTo("about:blank");
        assertThat(spanish.path("title").asText()).isEqualTo("Petición no válida").isNotEqualTo(english.path("title").asText());
        assertThat(spanish.path("detail").asText()).startsWith("Revise").contains("findings.pain_score");
        assertThat(spanish.at("/errors/0/field").asText()).isEqualTo("findings.pain_score");

        HttpResponse<String> missing = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/nothing"))
                .header("Accept-Language", "es").GET().build());
        JsonNode notFound = OpenApiSpec.parse(missing.body());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(notFound.path("title").asText()).isEqualTo("No encontrado");
        assertThat(notFound.path("type").asText()).isEqualTo("about:blank");
    }
}
