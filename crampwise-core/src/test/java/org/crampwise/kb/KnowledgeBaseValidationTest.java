package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base loader accepts the real knowledge base and, when a copy of it has several
 * problems, reports every one of them. The other KnowledgeBase*Test classes reject broken copies one
 * problem at a time, with exact messages naming the file and the entry.
 * Each broken copy of the real knowledge base ({@link BrokenKb}) has one small textual edit (or a few),
 * and the whole list of problems is asserted, so each test also proves that the edit broke nothing else.
 */
class KnowledgeBaseValidationTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Nested
    class The_real_knowledge_base {

        @Test
        void built_in_knowledge_base_loads_with_no_problems() {
            assertThatCode(KnowledgeBaseLoader::builtIn).doesNotThrowAnyException();
            KnowledgeBase loaded = KnowledgeBaseLoader.builtIn();
            assertThat(loaded.findings()).isNotEmpty();
            assertThat(loaded.rules()).isNotEmpty();
            assertThat(loaded.causes()).isNotEmpty();
            assertThat(loaded.adviceItems()).isNotEmpty();
            assertThat(loaded.adviceRules()).isNotEmpty();
            assertThat(loaded.sources()).isNotEmpty();
        }

        @Test
        void the_knowledge_folder_of_the_repository_loads_with_no_problems() {
            Path knowledge = Path.of("..", "knowledge");
            assertThat(knowledge.resolve("kb.yaml")).as("run from the crampwise-core folder").exists();
            assertThatCode(() -> KnowledgeBaseLoader.load(KbSource.directory(knowledge)))
                    .doesNotThrowAnyException();
        }

        @Test
        void an_unchanged_copy_in_a_folder_loads_with_no_problems() {
            assertThat(kb.problems()).isEmpty();
        }
    }

    @Nested
    class Several_problems {

        @Test
        void three_problems_in_three_files_are_all_reported() {
            kb.replace("rules.yaml", "  sources: [nhs_dvt, nhs_pe, nhs_shortness_of_breath]\n",
                    "  sources: [nhs_dvt, nhs_pee, nhs_shortness_of_breath]\n");
            kb.replace("causes.yaml", "{when: athlete_hard_training, ifTrue: 1.5}", "{when: athlete_training, ifTrue: 1.5}");
            kb.duplicateEntry("sources.yaml", "nhs_dvt");
            assertThat(kb.rejected()).containsExactlyInAnyOrder(
                    "rules.yaml: rule 'clot_in_lung': unknown source 'nhs_pee'",
                    "causes.yaml: cause 'exercise_associated': evidence #3: condition 'athlete_training': "
                            + "unknown finding 'athlete_training'",
                    "sources.yaml: source 'nhs_dvt': duplicate source id");
        }

        @Test
        void problems_in_several_entries_of_one_file_are_all_reported() {
            kb.replace("advice.yaml", "    give: [hydrate]\n", "    give: [hydrat]\n");
            kb.replace("advice.yaml", "{id: quinine, why:", "{id: quinin, why:");
            kb.replace("advice.yaml", "    give: [ice_and_rest]\n", "    give: [ice_and_rest, heat]\n");
            assertThat(kb.rejected()).containsExactlyInAnyOrder(
                    "advice.yaml: advice rule 'drink_enough': unknown advice 'hydrat' (not a relief or prevention item)",
                    "advice.yaml: advice rule 'no_quinine': unknown advice 'quinin' (not an avoid item)",
                    "advice.yaml: advice rule 'fresh_strain': advice 'heat' is both given and avoided");
        }

        @Test
        void the_exception_message_lists_every_problem() {
            kb.replace("rules.yaml", "  sources: [nhs_dvt, nhs_pe, nhs_shortness_of_breath]\n",
                    "  sources: [nhs_dvt, nhs_pee, nhs_shortness_of_breath]\n");
            kb.duplicateEntry("sources.yaml", "nhs_dvt");
            try {
                KnowledgeBaseLoader.load(KbSource.directory(dir));
                org.assertj.core.api.Assertions.fail("accepted");
            } catch (KnowledgeBaseException e) {
                assertThat(e.getMessage()).isEqualTo("2 problems in the knowledge base:\n"
                        + "  " + e.problems().get(0) + "\n  " + e.problems().get(1));
            }
        }
    }

    /**
     * The checks across files that contract version 2 brought (KbChecks): each broken copy is rejected
     * with the problem naming the file and the id, and nothing else.
     */
    @Nested
    class Checks_across_files {

        @Test
        void a_rule_that_suspects_a_cause_that_does_not_exist_is_rejected() {
            kb.replace("rules.yaml", "  suspects: [rhabdomyolysis]\n", "  suspects: [rhabdomyolisis]\n");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'muscle_breakdown': suspects: unknown cause 'rhabdomyolisis'");
        }

        @Test
        void a_safety_finding_that_neither_a_triage_rule_nor_an_advice_rule_reads_is_rejected() {
            kb.append("findings.yaml", yesNoFinding("ankle_itches", "safety", true));
            assertThat(kb.rejected()).containsExactly(
                    "findings.yaml: finding 'ankle_itches': a safety finding that neither a triage rule nor an advice rule reads");
        }

        @Test
        void an_advice_rule_that_reads_a_finding_the_interview_never_asks_is_rejected() {
            kb.append("findings.yaml", yesNoFinding("eats_bananas", "risk", false));
            kb.replace("advice.yaml", "  - id: poor_diet\n", """
                      - id: bananas
                        levelAtMost: see_doctor
                        when: eats_bananas
                        give: [balanced_diet]
                        sources: [seed_article]

                      - id: poor_diet
                    """);
            assertThat(kb.rejected()).containsExactly(
                    "advice.yaml: advice rule 'bananas': reads 'eats_bananas', which the interview never asks");
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

        /** A yes/no finding that no rule, advice or cause reads yet. */
        private static String yesNoFinding(String id, String category, boolean safety) {
            return "- id: " + id + "\n  type: bool\n  category: " + category + "\n  safety: " + safety
                    + "\n  question: Is it " + id + "?\n  short: It is " + id + "\n  help: We ask to test the checks."
                    + "\n  whenTrue: It is " + id + ".\n  whenFalse: It is not " + id + ".\n";
        }
    }
}
