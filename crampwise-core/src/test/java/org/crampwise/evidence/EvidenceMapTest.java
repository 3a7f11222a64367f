package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.kb.Answer;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/** A plain map is read as strictly as the evidence JSON, refused with the same field and words. */
class EvidenceMapTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final EvidenceMap MAP = new EvidenceMap(KB);
    private static final EvidenceJson JSON = new EvidenceJson(KB);

    private static InvalidEvidenceException refused(Map<String, ?> document) {
        try {
            MAP.read(document);
        } catch (InvalidEvidenceException e) {
            return e;
        }
        throw new AssertionError("accepted " + document);
    }

    private static String jsonMessage(String json) {
        try {
            JSON.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidEvidenceException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted " + json);
    }

    private static Map<String, Object> doc(Object findings) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("findings", findings);
        return d;
    }

    @Test
    void valid_answers_come_back_typed_and_skipped_ones_unknown() throws InvalidEvidenceException {
        Map<String, Object> d = doc(Map.of("age_years", 34L, "side", "left", "breathless", false));
        d.put("skipped", List.of("pregnant"));
        Evidence e = MAP.read(d);
        assertThat(e.answer(KB.finding("age_years"))).contains(new Answer.Number(34));
        assertThat(e.answer(KB.finding("side"))).contains(new Answer.Choice(KB.finding("side").optionIndex("left"), "left"));
        assertThat(e.answer(KB.finding("breathless"))).contains(new Answer.Bool(false));
        assertThat(e.isSkipped(KB.finding("pregnant"))).isTrue();
        assertThat(e.answer(KB.finding("pregnant"))).isEmpty();
    }

    @Test
    void the_findings_alone_read_as_a_document_without_skips() throws InvalidEvidenceException {
        assertThat(MAP.readFindings(Map.of("sex", "female"))).isEqualTo(MAP.read(doc(Map.of("sex", "female"))));
    }

    @Test
    void each_wrong_answer_is_refused_as_the_json_is() {
        assertThat(refused(doc(Map.of("age_years", "34"))).getMessage())
                .isEqualTo(jsonMessage("{\"findings\": {\"age_years\": \"34\"}}"))
                .isEqualTo("findings.age_years: must be a number from 0 to 120, got the text \"34\"");
        assertThat(refused(doc(Map.of("age_years", 121L))).getMessage())
                .isEqualTo(jsonMessage("{\"findings\": {\"age_years\": 121}}"));
        assertThat(refused(doc(Map.of("one_leg_swollen", 1L))).getMessage())
                .isEqualTo(jsonMessage("{\"findings\": {\"one_leg_swollen\": 1}}"));
        assertThat(refused(doc(Map.of("side", "knee"))).getMessage())
                .isEqualTo(jsonMessage("{\"findings\": {\"side\": \"knee\"}}"));
        assertThat(refused(doc(Map.of("knee_pain", true))).getMessage())
                .isEqualTo(jsonMessage("{\"findings\": {\"knee_pain\": true}}"));
    }

    @Test
    void a_document_of_the_wrong_shape_is_refused_as_the_json_is() {
        assertThat(refused(Map.of()).getMessage()).isEqualTo(jsonMessage("{}"));
        assertThat(refused(doc(List.of())).getMessage()).isEqualTo(jsonMessage("{\"findings\": []}"));
        assertThat(refused(Map.of("answers", Map.of())).getMessage()).isEqualTo(jsonMessage("{\"answers\": {}}"));
        Map<String, Object> d = doc(Map.of());
        d.put("skipped", "pregnant");
        assertThat(refused(d).getMessage()).isEqualTo(jsonMessage("{\"findings\": {}, \"skipped\": \"pregnant\"}"));
        d.put("skipped", List.of(3L));
        assertThat(refused(d).getMessage()).isEqualTo(jsonMessage("{\"findings\": {}, \"skipped\": [3]}"));
        d.put("skipped", List.of("knee_pain"));
        assertThat(refused(d).getMessage()).isEqualTo(jsonMessage("{\"findings\": {}, \"skipped\": [\"knee_pain\"]}"));
        Map<String, Object> both = doc(Map.of("pregnant", false));
        both.put("skipped", List.of("pregnant"));
        assertThat(refused(both).getMessage())
                .isEqualTo(jsonMessage("{\"findings\": {\"pregnant\": false}, \"skipped\": [\"pregnant\"]}"));
    }

    @Test
    void evidence_is_written_as_answers_by_id_in_knowledge_base_order_with_whole_numbers_as_longs() {
        Evidence e = Evidence.empty(KB).withChoice(KB.finding("sex"), "male").with(KB.finding("age_years"), 40.0)
                .with(KB.finding("pain_score"), 6.5).skip(KB.finding("breathless"));
        Map<String, Object> findings = MAP.findings(e);
        assertThat(findings).containsEntry("sex", "male").containsEntry("age_years", 40L).containsEntry("pain_score", 6.5);
        assertThat(List.copyOf(findings.keySet())).isSortedAccordingTo(
                (a, b) -> Integer.compare(KB.finding(a).index(), KB.finding(b).index()));
        assertThat(MAP.write(e).get("skipped")).isEqualTo(List.of("breathless"));
    }
}
