package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crampwise.app.cli.CommandLineRun;
import org.crampwise.app.web.api.PublicVignettes.Vignette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /api/v1/assessments and {@code crampwise assess --input -} (run in-process) give the same
 * assessment for every public vignette: the same JSON once parsed, so the same triage level,
 * causes in the same order, and advice.
 */
@WithServer
class ApiAgreesWithTheCommandLineTest {
    @Served
    static ApiServer server;

    static Stream<Vignette> vignettes() {
        return PublicVignettes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void the_api_and_the_command_line_give_the_same_assessment(Vignette v) throws Exception {
        CommandLineRun cli = CommandLineRun.run(v.evidenceJson(), "assess", "--input", "-");
        assertThat(cli.exit()).as(cli.err()).isZero();
        HttpResponse<String> api = server.postJson("/api/v1/assessments", v.evidenceJson());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);

        JsonNode fromCli = OpenApiSpec.parse(cli.out());
        JsonNode fromApi = OpenApiSpec.parse(api.body());
        // Said plainly first, so a difference is easy to read...
        assertThat(fromApi.at("/triage/level").asText()).isEqualTo(fromCli.at("/triage/level").asText())
                .isEqualTo(v.expectedTriage());
        assertThat(ids(fromApi.get("causes"))).isEqualTo(ids(fromCli.get("causes")));
        for (String kind : List.of("relief", "prevention", "avoid")) {
            assertThat(ids(fromApi.at("/advice/" + kind))).as(kind).isEqualTo(ids(fromCli.at("/advice/" + kind)));
        }
        // ...then all of it: the same tree, and the same bytes once both are written the same way.
        assertThat(fromApi).isEqualTo(fromCli);
        assertThat(OpenApiSpec.MAPPER.writeValueAsBytes(fromApi)).isEqualTo(OpenApiSpec.MAPPER.writeValueAsBytes(fromCli));
        // The API writes compactly what the command line pretty-prints: the bytes are the same JSON.
        assertThat(api.body()).isEqualTo(OpenApiSpec.MAPPER.writeValueAsString(fromCli));
    }

    /** Every region pack: the same words on both, and each region's own. */
    static Stream<String> regions() {
        return org.crampwise.app.web.TestServer.KB.regions().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void the_api_and_the_command_line_give_the_same_assessment_in_every_region(String region) {
        for (Vignette v : PublicVignettes.all()) {
            CommandLineRun cli = CommandLineRun.run(v.evidenceJson(), "assess", "--region", region.toLowerCase(),
                    "--input", "-");
            assertThat(cli.exit()).as(cli.err()).isZero();
            HttpResponse<String> api = server.postJson("/api/v1/assessments?region=" + region, v.evidenceJson());
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            assertThat(api.headers().firstValue("Content-Region")).hasValue(region);
            assertThat(OpenApiSpec.parse(api.body())).as("%s in %s", v, region).isEqualTo(OpenApiSpec.parse(cli.out()));
            if (OpenApiSpec.parse(cli.out()).at("/triage/level").asText().equals("call_emergency")) {
                String emergency = org.crampwise.app.web.TestServer.KB.region(region).emergencyNumber();
                assertThat(OpenApiSpec.parse(cli.out()).at("/triage/action").asText()).contains("Call " + emergency);
            }
        }
    }

    /** Regions whose Spanish is checked against the command line (issue 14). */
    static Stream<String> spanishRegions() {
        return Stream.of("US", "GB-ENG");
    }

    /**
     * In Spanish, every public vignette: the same level, causes and advice, ids and texts, on both;
     * both say the region and language they used, and the texts are not the English ones.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("spanishRegions")
    void the_api_and_the_command_line_give_the_same_assessment_in_spanish(String region) {
        for (Vignette v : PublicVignettes.all()) {
            CommandLineRun cli = CommandLineRun.run(v.evidenceJson(), "assess", "--region", region, "--lang", "es",
                    "--input", "-");
            assertThat(cli.exit()).as(cli.err()).isZero();
            HttpResponse<String> api = server.postJson("/api/v1/assessments?lang=es&region=" + region, v.evidenceJson());
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            assertThat(api.headers().firstValue("Content-Language")).hasValue("es");
            JsonNode fromApi = OpenApiSpec.parse(api.body());
            JsonNode fromCli = OpenApiSpec.parse(cli.out());
            assertThat(fromApi).as("%s in Spanish in %s", v, region).isEqualTo(fromCli);
            assertThat(fromApi.path("language").asText()).isEqualTo("es");
            assertThat(fromApi.path("region").asText()).isEqualTo(region);
            JsonNode english = OpenApiSpec.parse(server.postJson("/api/v1/assessments?region=" + region,
                    v.evidenceJson()).body());
            assertThat(fromApi.at("/triage/headline").asText()).isNotEqualTo(english.at("/triage/headline").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void invalid_evidence_names_the_same_field_on_both(Vignette v) {
        // The vignette's evidence with one finding made wrong: an unknown id added.
        String bad = v.evidenceJson().replaceFirst("\\{\"findings\":\\{", "{\"findings\":{\"no_such_finding\":true,");
        CommandLineRun cli = CommandLineRun.run(bad, "assess", "--input", "-");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        JsonNode problem = OpenApiSpec.parse(server.postJson("/api/v1/assessments", bad).body());
        assertThat(cli.err().strip()).isEqualTo(problem.path("detail").asText());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("findings.no_such_finding");
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }
}
