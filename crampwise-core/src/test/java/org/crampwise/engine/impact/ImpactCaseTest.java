package org.crampwise.engine.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

class ImpactCaseTest {
    private static final Engine ENGINE = new Engine(KnowledgeBaseLoader.builtIn());

    private static ImpactCase parse(String json) {
        return ImpactCase.parse("cases/X9.json", "X9", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_vignette_gives_its_id_title_evidence_and_expected_level() {
        ImpactCase c = parse("{\"id\":\"P01\",\"title\":\"Night cramp\",\"evidence\":{\"findings\":{\"episode_minutes\":2}},"
                + "\"expect\":{\"causesInTop3\":[\"a\"],\"triage\":\"self_care\",\"complete\":true}}");

        assertThat(c).isEqualTo(new ImpactCase("P01", "Night cramp", "cases/X9.json",
                "{\"findings\":{\"episode_minutes\":2}}", null, "self_care"));
    }

    @Test
    void a_file_that_is_not_json_is_a_case_named_after_the_file_that_neither_side_can_assess() {
        ImpactCase c = parse("{\"id\": \"P01\", \"evidence\": {");

        assertThat(c.id()).isEqualTo("P01");
        assertThat(c.problem()).startsWith("case file: not valid JSON at line 1");
        assertThat(CaseResult.of(ENGINE, c)).isInstanceOf(CaseResult.Invalid.class);
        assertThat(parse("[1]").id()).isEqualTo("X9");
        assertThat(parse("[1]").problem()).isEqualTo("case file: must be a JSON object");
    }

    @Test
    void a_case_without_evidence_says_so() {
        ImpactCase c = parse("{\"id\":\"P01\",\"expect\":{\"triage\":\"urgent\"}}");

        assertThat(CaseResult.of(ENGINE, c)).isEqualTo(new CaseResult.Invalid("evidence: is missing"));
    }

    @Test
    void evidence_is_passed_on_as_written_so_the_evidence_reader_judges_it() {
        ImpactCase twice = parse("{\"id\":\"P01\",\"evidence\":{\"findings\":{\"breathless\":true,\"breathless\":false}}}");

        assertThat(CaseResult.of(ENGINE, twice))
                .isEqualTo(new CaseResult.Invalid("invalid evidence: findings.breathless: appears twice"));
    }
}
