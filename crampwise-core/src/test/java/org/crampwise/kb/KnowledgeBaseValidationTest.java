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
}
