package org.crampwise.engine.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.engine.impact.ImpactReportTest.kase;

import java.util.List;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    private static final Engine ENGINE = new Engine(KnowledgeBaseLoader.builtIn());
    private static final String CRACK = "{\"findings\":{\"heard_crack_or_leg_misshapen\":true}}";

    @Test
    void each_case_counts_under_its_expected_level_as_exact_over_or_under_triaged() {
        ValidationReport v = ValidationReport.of(ENGINE, List.of(
                kase("A1", CRACK, "emergency_department"),
                kase("A2", CRACK, "emergency_department"),
                kase("B1", CRACK, "urgent"),
                kase("C1", CRACK, "call_emergency"),
                kase("D1", CRACK, null),
                kase("E1", "{\"findings\":{\"nope\":true}}", "self_care"),
                kase("F1", CRACK, "soon")));

        assertThat(v.rows()).extracting(ValidationReport.Row::expected).containsExactly(Level.CALL_EMERGENCY,
                Level.EMERGENCY_DEPARTMENT, Level.URGENT, Level.SEE_DOCTOR, Level.SELF_CARE);
        ValidationReport.Row ed = v.rows().get(1);
        assertThat(List.of(ed.cases(), ed.exact(), ed.over(), ed.under())).containsExactly(2, 2, 0, 0);
        ValidationReport.Row urgent = v.rows().get(2);
        assertThat(List.of(urgent.cases(), urgent.exact(), urgent.over(), urgent.under())).containsExactly(1, 0, 1, 0);
        assertThat(urgent.misses()).extracting(o -> o.kase().id()).containsExactly("B1");
        ValidationReport.Row emergency = v.rows().get(0);
        assertThat(List.of(emergency.cases(), emergency.exact(), emergency.over(), emergency.under()))
                .containsExactly(1, 0, 0, 1);
        assertThat(v.rows().get(3).cases()).isZero();
        assertThat(List.of(v.cases(), v.exact(), v.over(), v.under())).containsExactly(4, 2, 1, 1);
        assertThat(v.accuracy()).isEqualTo(0.5);
        assertThat(v.uncounted()).extracting(u -> u.kase().id() + ": " + u.reason()).containsExactly(
                "D1: no expected level (expect.triage)",
                "E1: invalid evidence: findings.nope: unknown finding",
                "F1: unknown expected level 'soon'");
    }

    @Test
    void no_counted_case_is_an_accuracy_of_zero_not_a_division_by_zero() {
        assertThat(ValidationReport.of(ENGINE, List.of()).accuracy()).isZero();
    }
}
