package org.crampwise.app.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import org.junit.jupiter.api.Test;

@WithServer
class ReadyAndMetricsTest {
    private static final Pattern LABELS = Pattern.compile("\\{([^}]*)}");

    @Served
    TestServer http;

    @Test
    void ready_is_200_while_the_database_answers_and_a_503_problem_once_it_does_not() throws Exception {
        Path dir = http.dataDir();
        HttpResponse<String> ok = http.get("/ready");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"status\":\"ready\"}");
        try (Stream<Path> files = Files.walk(dir)) { // the database vanishes under the server
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        HttpResponse<String> down = http.get("/ready");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(down.body()).contains("\"status\":503").contains("the database does not answer");
        assertThat(http.get("/health").statusCode()).as("alive all the same").isEqualTo(200);
    }

    @Test
    void metrics_count_requests_by_route_template_and_triage_levels_by_channel() throws InterruptedException {
        String marker = "zz-marker-4711";
        http.get("/learn/" + marker);
        http.get("/learn/" + marker + "?email=someone@example.org");
        http.get("/api/v1/no-such-" + marker);
        http.post("/api/v1/assessments", "application/json", "{\"findings\": {\"age_years\": 40, \"breathless\": true}}");
        http.post("/api/v1/assessments", "application/json", "{\"findings\": {\"" + marker + "\": 1}}");
        http.post("/api/v1/interview/next", "application/json", "{\"findings\": {\"chest_or_upper_back_pain\": true}}");

        HttpResponse<String> r = afterACollection(http);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String text = r.body();
        assertThat(text).contains("crampwise_http_requests_seconds_count{method=\"GET\",route=\"/learn/{id}\",status=\"4xx\"} 2")
                .contains("crampwise_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/assessments\",status=\"2xx\"} 1")
                .contains("crampwise_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/assessments\",status=\"4xx\"} 1")
                .contains("crampwise_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"4xx\"} 1")
                .contains("crampwise_http_requests_seconds_bucket{method=\"POST\",route=\"/api/v1/assessments\",status=\"2xx\",le=\"0.001\"}")
                .contains("crampwise_triage_levels_total{channel=\"api\",level=\"call_emergency\"} 2.0")
                .contains("crampwise_triage_levels_total{channel=\"pages\",level=\"self_care\"} 0.0")
                .contains("jvm_memory_used_bytes").contains("jvm_gc_pause_seconds").contains("process_uptime_seconds");
        assertThat(text).doesNotContain(marker).doesNotContain("example.org").doesNotContain("age_years");
        for (String value : labelValues(text)) {
            assertThat(value).as("a label value").doesNotContain("@").doesNotContain(marker)
                    .doesNotMatch(".*/[0-9a-f]{8,}.*");
        }
    }

    @Test
    void a_page_result_and_a_fhir_assessment_are_counted_under_their_own_channel() {
        // No answers: no result is given (the person is sent to the start), so none is counted.
        assertThat(http.get("/check/result").statusCode()).as("a result without answers").isEqualTo(303);
        HttpResponse<String> fhir = http.post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json",
                "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": []}");
        assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
        String text = http.get("/metrics").body();
        assertThat(count(text, "pages")).isEqualTo(0.0);
        assertThat(count(text, "fhir")).isEqualTo(1.0);
        assertThat(count(text, "api")).isEqualTo(0.0);
    }

    @Test
    void diary_pages_are_counted_by_route_template_never_by_an_episode_id_or_a_date() {
        Matcher csrf = Pattern.compile("cw_csrf=([A-Za-z0-9_-]+)")
                .matcher(String.join("\n", http.get("/account/register").headers().allValues("Set-Cookie")));
        assertThat(csrf.find()).as("a CSRF cookie").isTrue();
        String token = csrf.group(1);
        HttpResponse<String> registered = http.form("/account/register", java.util.Map.of("_csrf", token,
                "email", "counted.person@example.org", "password", "a passphrase nobody guesses"), "Cookie", "cw_csrf=" + token);
        assertThat(registered.statusCode()).isEqualTo(303);
        HttpResponse<String> signedIn = http.form("/account/sign-in", java.util.Map.of("_csrf", token,
                "email", "counted.person@example.org", "password", "a passphrase nobody guesses"), "Cookie", "cw_csrf=" + token);
        Matcher session = Pattern.compile("cw_session=([^;]+)")
                .matcher(String.join("\n", signedIn.headers().allValues("Set-Cookie")));
        assertThat(session.find()).as("a session cookie").isTrue();
        String[] cookies = {"Cookie", "cw_csrf=" + token + "; cw_session=" + session.group(1)};

        assertThat(http.get("/diary/episodes/9876543/edit", cookies).statusCode()).isEqualTo(404);
        assertThat(http.form("/diary/episodes/9876543/delete", java.util.Map.of("_csrf", token), cookies).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/diary/days/2026-11-19", cookies).statusCode()).isEqualTo(200);
        assertThat(http.form("/diary/days/2026-11-19", java.util.Map.of("_csrf", token, "fluids", "3"), cookies)
                .statusCode()).isEqualTo(303);

        String text = http.get("/metrics").body();
        assertThat(text)
                .contains("crampwise_http_requests_seconds_count{method=\"POST\",route=\"/account/register\",status=\"3xx\"} 1")
                .contains("crampwise_http_requests_seconds_count{method=\"GET\",route=\"/diary/episodes/{id}/edit\",status=\"4xx\"} 1")
                .contains("crampwise_http_requests_seconds_count{method=\"POST\",route=\"/diary/episodes/{id}/delete\",status=\"4xx\"} 1")
                .contains("crampwise_http_requests_seconds_count{method=\"GET\",route=\"/diary/days/{date}\",status=\"2xx\"} 1")
                .contains("crampwise_http_requests_seconds_count{method=\"POST\",route=\"/diary/days/{date}\",status=\"3xx\"} 1");
        assertThat(text).doesNotContain("9876543").doesNotContain("2026-11-19").doesNotContain("counted.person");
    }

    /**
     * The metrics once the JVM has collected garbage. Micrometer makes {@code jvm_gc_pause_seconds}
     * at the first collection after the server started, and a short test in a large heap may see
     * none: one is asked for, and its (asynchronous) notification waited for.
     */
    private static HttpResponse<String> afterACollection(TestServer http) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        HttpResponse<String> r = http.get("/metrics");
        while (!r.body().contains("jvm_gc_pause_seconds") && System.nanoTime() < until) {
            System.gc();
            Thread.sleep(50);
            r = http.get("/metrics");
        }
        return r;
    }

    /** The triage levels counted for a channel, all levels together. */
    private static double count(String metrics, String channel) {
        Matcher m = Pattern.compile("crampwise_triage_levels_total\\{channel=\"" + channel + "\",level=\"[a-z_]+\"} ([0-9.]+)")
                .matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    private static List<String> labelValues(String metrics) {
        Matcher m = LABELS.matcher(metrics);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            for (String pair : m.group(1).split("\",")) {
                out.add(pair.substring(pair.indexOf('=') + 1).replace("\"", ""));
            }
        }
        return out;
    }
}
