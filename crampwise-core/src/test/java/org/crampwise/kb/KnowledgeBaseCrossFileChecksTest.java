package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks across files that contract version 2 brought (KbChecks): each broken copy of the real
 * knowledge base ({@link BrokenKb}) is rejected with exactly one problem naming the file and the id.
 */
class KnowledgeBaseCrossFileChecksTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Test
    void a_rule_that_suspects_a_cause_that_does_not_exist_is_rejected() {
        kb.replace("rules.yaml", "  suspects: [rhabdomyolysis]\n", "  suspects: [rhabdomyolisis]\n");
        assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'muscle_breakdown': suspects: unknown cause 'rhabdomyolisis'");
    }

    @Test
    void a_safety_finding_that_neither_a_triage_rule_nor_an_advice_rule_reads_is_rejected() {
        kb.append("findings.yaml", """
                - id: ankle_itches
                  type: bool
                  category: safety
                  safety: true
                  question: Does your ankle itch?
                  short: An itchy ankle
                  help: We ask to check the knowledge base.
                  whenTrue: Your ankle itches.
                  whenFalse: Your ankle does not itch.
                """);
        assertThat(kb.rejected()).containsExactly(
                "findings.yaml: finding 'ankle_itches': a safety finding that neither a triage rule nor an advice rule reads");
    }

    @Test
    void an_advice_rule_that_reads_a_finding_the_interview_never_asks_is_rejected() {
        kb.append("findings.yaml", """
                - id: eats_bananas
                  type: bool
                  category: risk
                  safety: false
                  question: Do you eat bananas?
                  short: You eat bananas
                  help: We ask to check the knowledge base.
                  whenTrue: You eat bananas.
                  whenFalse: You do not eat bananas.
                """);
        kb.replace("advice.yaml", "  - id: poor_diet\n", """
                  - id: bananas
                    levelAtMost: see_doctor
                    when: eats_bananas
                    give: [balanced_diet]
                    sources: [seed_article]

                  - id: poor_diet
                """);
        assertThat(kb.rejected()).containsExactly(
                "advice.yaml: rule 'bananas': reads 'eats_bananas', which the interview never asks");
    }

    @Test
    void a_triage_rule_that_reads_a_finding_outside_its_ask_if_is_rejected() {
        // rule 24 without its sex gate would wait on the testicle question for a woman, who is never asked it
        kb.replace("rules.yaml", "  when: (sex = male or sex is unknown) and testicle_pain_or_swelling\n",
                "  when: testicle_pain_or_swelling\n");
        assertThat(kb.rejected()).singleElement().asString()
                .startsWith("rules.yaml: rule 'twisted_testicle': reads 'testicle_pain_or_swelling' where its askIf is FALSE");
    }

    @Test
    void a_rule_that_reads_the_pregnancy_question_without_the_may_be_pregnant_gate_is_rejected() {
        kb.replace("rules.yaml", "  when: (sex = female or sex is unknown) and (age_years is unknown or (age_years >= 10 and "
                + "age_years <= 60)) and (pregnant or gave_birth_recently) and pregnancy_warning_signs\n",
                "  when: (pregnant or gave_birth_recently) and pregnancy_warning_signs\n");
        assertThat(kb.rejected()).allSatisfy(p -> assertThat(p).startsWith("rules.yaml: rule 'pre_eclampsia_signs': reads '"))
                .anySatisfy(p -> assertThat(p).contains("reads 'pregnant' where its askIf is FALSE"));
    }

    @Test
    void the_real_knowledge_base_passes_every_cross_file_check() {
        assertThat(kb.problems()).isEmpty();
    }
}
