package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/v1/diary/summary: JSON by default, the PDF when the client asks for it, the same figures in both. */
@WithServer
class SummaryApiTest {
    static final String SUMMARY = "/api/v1/diary/summary";

    static ApiServer server;
    static DiaryClient ann;

    @BeforeAll
    static void start(@Served ApiServer served) {
        server = served;
        ann = DiaryClient.signedUp(server, "summary@example.org");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 1; i <= 10; i++) {
            LocalDate d = today.minusDays(i * 3);
            ann.addEpisode(DiaryClient.episode(d + "T03:00:00+00:00", i == 1 ? 15 : i, "calf", "left", i % 11, "in_bed"));
            ann.put("/api/v1/diary/days/" + d, "{\"newMedicine\": " + (i == 2) + "}");
        }
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Bearer " + ann.token);
        if (accept != null) {
            b.header("Accept", accept);
        }
        return TestServer.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_default_is_the_last_28_days_against_the_28_before_as_json() throws Exception {
        HttpResponse<byte[]> r = get(SUMMARY, "application/json, */*;q=0.5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode s = json(r);
        assertThat(s.at("/period/days").asInt()).isEqualTo(28);
        assertThat(s.at("/previous/to").asText()).isEqualTo(LocalDate.parse(s.at("/period/from").asText()).minusDays(1).toString());
        assertThat(s.at("/now/cramps").asInt()).isEqualTo(9); // days 3..27 ago
        assertThat(s.at("/before/cramps").asInt()).isEqualTo(1);
        assertThat(s.at("/now/nightsWoken").asInt()).isEqualTo(9);
        assertThat(s.at("/medicinesStarted/0").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(6).toString());
        assertThat(s.at("/reasons/0/code").asText()).isEqualTo("episode_over_10_minutes");
    }

    @Test
    void accept_application_pdf_gets_the_one_page_pdf_with_the_json_figures() throws Exception {
        JsonNode s = json(get(SUMMARY, null));
        HttpResponse<byte[]> r = get(SUMMARY, "application/pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Cramps per week " + String.format(Locale.ROOT, "%.1f", s.at("/now/crampsPerWeek").asDouble()))
                    .contains("Cramps in all " + s.at("/now/cramps").asInt() + " " + s.at("/before/cramps").asInt())
                    .contains("Average pain (0–10) " + String.format(Locale.ROOT, "%.1f", s.at("/now/averagePain").asDouble()))
                    .contains("Logged " + s.at("/now/daysLogged").asInt() + " of 28 days.");
        }
    }

    @Test
    void json_named_first_or_pdf_refused_stays_json() throws Exception {
        assertThat(get(SUMMARY, "application/pdf;q=0, application/json").headers().firstValue("Content-Type"))
                .get().asString().startsWith("application/json");
        assertThat(get(SUMMARY, "application/json, application/pdf;q=0.5").headers().firstValue("Content-Type"))
                .get().asString().startsWith("application/json");
    }

    @Test
    void a_bad_period_is_a_400_naming_the_field() throws Exception {
        HttpResponse<byte[]> r = get(SUMMARY + "?from=2026-02-30", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new String(r.body())).contains("\"field\":\"from\"");
        assertThat(get(SUMMARY + "?from=2020-01-01&to=2026-01-01", null).statusCode()).isEqualTo(400);
    }

    private static JsonNode json(HttpResponse<byte[]> r) {
        return OpenApiSpec.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
