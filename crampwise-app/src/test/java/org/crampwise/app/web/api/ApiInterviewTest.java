package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crampwise.app.web.api.PublicVignettes.Vignette;
import org.junit.jupiter.api.Test;

/** The interview, driven to its end through POST /api/v1/interview/next alone. */
@WithServer
class ApiInterviewTest {
    @Served
    static ApiServer server;

    /** P05 of the public vignettes; without them, the engine's first scenario that is urgent. */
    static Vignette p05() {
        return PublicVignettes.byId("P05").orElseGet(() -> PublicVignettes.all().stream()
                .filter(v -> v.expectedTriage().equals("urgent")).findFirst().orElseThrow());
    }

    @Test
    void answering_as_the_person_in_p05_the_interview_ends_with_should_stop_and_the_level_urgent() {
        Vignette v = p05();
        List<InterviewDriver.Exchange> steps = InterviewDriver.run(server, v.evidence().get("findings"));
        InterviewDriver.Exchange last = steps.get(steps.size() - 1);
        assertThat(last.response().statusCode()).as(last.request() + " -> " + last.response().body()).isEqualTo(200);
        JsonNode end = last.step();
        assertThat(end.path("shouldStop").asBoolean()).as(end.toString()).isTrue();
        assertThat(end.get("question").isNull()).isTrue();
        assertThat(end.path("reason").asText()).startsWith("stop_");
        assertThat(end.at("/assessment/triage/level").asText()).isEqualTo("urgent").isEqualTo(v.expectedTriage());
        // Every step before the end asked something, and the first asks about safety.
        assertThat(steps.get(0).step().path("reason").asText()).isEqualTo("safety");
        for (InterviewDriver.Exchange x : steps.subList(0, steps.size() - 1)) {
            assertThat(x.step().path("shouldStop").asBoolean()).isFalse();
            assertThat(x.step().get("question").isObject()).isTrue();
        }
        System.out.println(v.id() + ": the interview ended after " + (steps.size() - 1) + " screens ("
                + end.path("reason").asText() + ")");
    }

    @Test
    void the_final_assessment_of_the_interview_is_the_assessment_of_the_evidence_it_gathered() {
        Vignette v = p05();
        List<InterviewDriver.Exchange> steps = InterviewDriver.run(server, v.evidence().get("findings"));
        InterviewDriver.Exchange last = steps.get(steps.size() - 1);
        JsonNode assessed = OpenApiSpec.parse(server.postJson("/api/v1/assessments", last.request()).body());
        assertThat(last.step().get("assessment")).isEqualTo(assessed);
    }
}
