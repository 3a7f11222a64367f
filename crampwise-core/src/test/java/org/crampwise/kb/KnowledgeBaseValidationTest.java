package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base loader accepts the real knowledge base and rejects broken copies of it with
 * exact messages, each naming the file and the entry. Each broken copy is the real knowledge base
 * with one small textual edit (or a few), and the whole list of problems is asserted, so each
 * test also proves that the edit broke nothing else.
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
    class Unknown_ids {

        @Test
        void a_rule_naming_an_unknown_finding_is_rejected_with_file_and_id() {
            kb.replace("rules.yaml", "  when: heard_crack_or_leg_misshapen\n", "  when: heard_crack_or_leg_mishapen\n");
            assertThat(kb.rejected()).containsExactly(
                    "rules.yaml: rule 'possible_break_or_tear': condition 'heard_crack_or_leg_mishapen': "
                            + "unknown finding 'heard_crack_or_leg_mishapen'");
        }

        @Test
        void a_cause_whose_evidence_names_an_unknown_finding_is_rejected_with_the_evidence_number() {
            kb.replace("causes.yaml", "{when: athlete_hard_training, ifTrue: 1.5}", "{when: athlete_training, ifTrue: 1.5}");
            assertThat(kb.rejected()).containsExactly(
                    "causes.yaml: cause 'exercise_associated': evidence #3: condition 'athlete_training': "
                            + "unknown finding 'athlete_training'");
        }

        @Test
        void an_advice_rule_giving_an_unknown_advice_item_is_rejected() {
            kb.replace("advice.yaml", "    give: [hydrate]\n", "    give: [hydrat]\n");
            assertThat(kb.rejected()).containsExactly(
                    "advice.yaml: advice rule 'drink_enough': unknown advice 'hydrat' (not a relief or prevention item)");
        }

        @Test
        void an_advice_rule_avoiding_an_unknown_advice_item_is_rejected() {
            kb.replace("advice.yaml", "{id: quinine, why:", "{id: quinin, why:");
            assertThat(kb.rejected()).containsExactly(
                    "advice.yaml: advice rule 'no_quinine': unknown advice 'quinin' (not an avoid item)");
        }

        @Test
        void an_advice_rule_giving_an_avoid_only_item_is_rejected() {
            kb.replace("advice.yaml", "    give: [hydrate]\n", "    give: [hydrate, quinine]\n");
            assertThat(kb.rejected()).containsExactly(
                    "advice.yaml: advice rule 'drink_enough': unknown advice 'quinine' (not a relief or prevention item)");
        }

        @Test
        void a_rule_citing_an_unknown_source_is_rejected() {
            kb.replace("rules.yaml", "  sources: [nhs_dvt, nhs_pe]\n", "  sources: [nhs_dvt, nhs_pee]\n");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'clot_in_lung': unknown source 'nhs_pee'");
        }

        @Test
        void a_cause_citing_an_unknown_source_is_rejected() {
            kb.replace("causes.yaml", "  sources: [seed_article, mayo_cramp, aafp_nlc]\n",
                    "  sources: [seed_article, mayo, aafp_nlc]\n");
            assertThat(kb.rejected()).containsExactly("causes.yaml: cause 'exercise_associated': unknown source 'mayo'");
        }

        @Test
        void an_advice_item_citing_an_unknown_source_is_rejected() {
            kb.replace("advice.yaml", "wait to be seen.\n      sources: [nhs_dvt]\n",
                    "wait to be seen.\n      sources: [nhs_dvtt]\n");
            assertThat(kb.rejected()).containsExactly(
                    "advice.yaml: items: relief item 'rest_and_elevate': unknown source 'nhs_dvtt'");
        }

        @Test
        void an_advice_rule_citing_an_unknown_source_is_rejected() {
            kb.replace("advice.yaml", "    give: [limit_alcohol]\n    sources: [merck_cramp]\n",
                    "    give: [limit_alcohol]\n    sources: [merck]\n");
            assertThat(kb.rejected()).containsExactly("advice.yaml: advice rule 'alcohol': unknown source 'merck'");
        }

        @Test
        void a_triage_rule_naming_another_triage_rule_is_rejected() {
            kb.replace("rules.yaml", "  when: heard_crack_or_leg_misshapen\n", "  when: clot_in_lung\n");
            assertThat(kb.rejected()).containsExactly(
                    "rules.yaml: rule 'possible_break_or_tear': condition 'clot_in_lung': "
                            + "'clot_in_lung' is a triage rule; only advice and causes may name rules");
        }
    }

    @Nested
    class Missing_sources {

        @Test
        void a_rule_with_an_empty_list_of_sources_is_rejected() {
            kb.replace("rules.yaml", "It needs an X-ray.\n  sources: [portsmouth_sprains]\n",
                    "It needs an X-ray.\n  sources: []\n");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'possible_break_or_tear': no source");
        }

        @Test
        void a_cause_with_an_empty_list_of_sources_is_rejected() {
            kb.replace("causes.yaml", "  sources: [seed_article, mayo_cramp, aafp_nlc]\n", "  sources: []\n");
            assertThat(kb.rejected()).containsExactly("causes.yaml: cause 'exercise_associated': no source");
        }

        @Test
        void a_cause_without_a_sources_field_is_rejected() {
            kb.replace("causes.yaml", "  sources: [seed_article, mayo_cramp, aafp_nlc]\n", "");
            assertThat(kb.rejected()).containsExactly("causes.yaml: cause 'exercise_associated': no source");
        }
    }

    @Nested
    class Duplicate_ids {

        @Test
        void a_finding_id_used_twice_is_rejected() {
            kb.duplicateEntry("findings.yaml", "sex");
            assertThat(kb.rejected()).containsExactly("findings.yaml: finding 'sex': duplicate finding id");
        }

        @Test
        void a_rule_id_used_twice_is_rejected() {
            kb.duplicateEntry("rules.yaml", "possible_break_or_tear");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'possible_break_or_tear': duplicate rule id");
        }

        @Test
        void a_cause_id_used_twice_is_rejected() {
            kb.duplicateEntry("causes.yaml", "hernia");
            assertThat(kb.rejected()).containsExactly("causes.yaml: cause 'hernia': duplicate cause id");
        }

        @Test
        void an_advice_id_used_twice_in_one_list_is_rejected() {
            String heat = kb.entry("advice.yaml", "    - id: heat\n      text: Put a heat pad");
            kb.replace("advice.yaml", heat, heat + heat);
            assertThat(kb.rejected()).containsExactly("advice.yaml: items: relief item 'heat': duplicate advice id");
        }

        @Test
        void an_advice_rule_id_used_twice_is_rejected() {
            String alcohol = kb.entry("advice.yaml", "  - id: alcohol\n");
            kb.append("advice.yaml", alcohol);
            assertThat(kb.rejected()).containsExactly("advice.yaml: advice rule 'alcohol': duplicate advice rule id");
        }

        @Test
        void a_source_id_used_twice_is_rejected() {
            kb.duplicateEntry("sources.yaml", "nhs_dvt");
            assertThat(kb.rejected()).containsExactly("sources.yaml: source 'nhs_dvt': duplicate source id");
        }
    }

    @Nested
    class Conditions_that_do_not_type_check {

        @Test
        void a_rule_comparing_a_bool_finding_with_a_number_is_rejected() {
            kb.replace("rules.yaml", "(one_leg_swollen or", "(one_leg_swollen >= 1 or");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'dvt_signs': condition '(one_leg_swollen >= 1 or "
                    + "(leg_skin_warm and leg_skin_red_or_darker) or veins_hard_or_sore) and (side is unknown or not "
                    + "side = both)': compares bool finding 'one_leg_swollen' with a number");
        }

        @Test
        void a_choice_compared_with_a_value_not_in_its_list_is_rejected() {
            kb.replace("causes.yaml", "{when: location = groin, ifTrue: 1.0}", "{when: location = knee, ifTrue: 1.0}");
            assertThat(kb.rejected()).containsExactly("causes.yaml: cause 'hernia': evidence #5: condition "
                    + "'location = knee': choice value 'knee' is not in the list of 'location' "
                    + "[inner_thigh, groin, front_thigh, back_thigh, calf, foot]");
        }

        @Test
        void a_number_compared_above_its_range_is_rejected() {
            kb.replace("rules.yaml", "pain_score >= 7)", "pain_score >= 11)");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'leg_losing_blood_supply': condition "
                    + "'leg_cold_pale_or_blue and (cannot_move_leg or numbness_or_tingling or pain_score >= 11)': "
                    + "compares 'pain_score' with 11, outside its range 0..10");
        }

        @Test
        void a_number_compared_below_its_range_is_rejected() {
            kb.replace("causes.yaml", "{when: athlete_hard_training, ifTrue: 1.5}",
                    "{when: age_years < -1, ifTrue: 1.5}");
            assertThat(kb.rejected()).containsExactly("causes.yaml: cause 'exercise_associated': evidence #3: "
                    + "condition 'age_years < -1': compares 'age_years' with -1, outside its range 0..120");
        }

        @Test
        void a_skip_condition_that_contradicts_itself_is_rejected() {
            kb.replace("findings.yaml", "  askIf: sex = female\n", "  askIf: sex = female and sex = male\n");
            assertThat(kb.rejected()).containsExactly("findings.yaml: finding 'hormonal_contraception_or_hrt': "
                    + "skip condition can never be met: 'sex = female and sex = male'");
        }

        @Test
        void a_skip_condition_naming_the_finding_itself_is_rejected() {
            kb.replace("findings.yaml", "askIf: sudden_tightening or episode_minutes is known",
                    "askIf: sudden_tightening and relieved_by_stretching");
            assertThat(kb.rejected()).containsExactly("findings.yaml: finding 'relieved_by_stretching': "
                    + "askIf names the finding itself, so it can never be asked");
        }

        @Test
        void a_skip_condition_that_cannot_be_read_is_rejected_under_its_field_name() {
            kb.replace("findings.yaml", "askIf: sudden_tightening or episode_minutes is known",
                    "askIf: sudden_tightening or episode_minutes");
            assertThat(kb.rejected()).containsExactly("findings.yaml: finding 'relieved_by_stretching': askIf: "
                    + "condition 'sudden_tightening or episode_minutes': number finding 'episode_minutes' must be "
                    + "compared, e.g. 'episode_minutes >= 1'");
        }
    }

    @Nested
    class Advice_that_contradicts_itself {

        @Test
        void an_advice_item_both_given_and_avoided_by_one_rule_is_rejected() {
            kb.replace("advice.yaml", "    give: [ice_and_rest]\n", "    give: [ice_and_rest, heat]\n");
            assertThat(kb.rejected()).containsExactly(
                    "advice.yaml: advice rule 'fresh_strain': advice 'heat' is both given and avoided");
        }
    }

    @Nested
    class Files_that_cannot_be_read {

        @Test
        void a_yaml_syntax_error_is_reported_once_with_its_line() {
            String old = "  title: Pulmonary embolism\n";
            int line = lineOf(kb.text("sources.yaml"), old);
            kb.replace("sources.yaml", old, "  title: Pulmonary: embolism\n");
            assertThat(kb.rejected()).containsExactly(
                    "sources.yaml: line " + line + ": not valid YAML: mapping values are not allowed here");
        }

        @Test
        void a_yaml_syntax_error_in_a_small_file_is_reported_once_with_its_line() {
            String old = "- id: hernia_danger_signs\n";
            int line = lineOf(kb.text("screens.yaml"), old);
            kb.replace("screens.yaml", old, "- id: [hernia_danger_signs\n");
            List<String> problems = kb.rejected();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("screens.yaml: line ").contains(": not valid YAML: ");
            int reported = Integer.parseInt(problems.get(0).replaceAll("^screens\\.yaml: line (\\d+): .*$", "$1"));
            assertThat(reported).as("the line reported").isBetween(line, line + 1);
        }

        @Test
        void a_field_given_twice_in_one_entry_is_rejected_with_its_line() {
            String old = "  headline: Go to A&E now. Your leg may be broken or badly torn.\n";
            int line = lineOf(kb.text("rules.yaml"), old);
            kb.replace("rules.yaml", old, old + "  level: urgent\n");
            assertThat(kb.rejected()).containsExactly(
                    "rules.yaml: line " + (line + 1) + ": not valid YAML: found duplicate key level");
        }

        @Test
        void a_missing_file_is_reported_once_naming_the_file_and_the_folder() throws Exception {
            kb.delete("screens.yaml");
            assertThat(Files.exists(dir.resolve("screens.yaml"))).isFalse();
            assertThat(kb.rejected()).containsExactly("screens.yaml: file is missing from " + dir);
        }
    }

    @Nested
    class Unknown_fields {

        @Test
        void a_misspelt_optional_field_is_rejected_as_unknown() {
            kb.replace("findings.yaml", "  askIf: sex = female\n", "  askif: sex = female\n");
            assertThat(kb.rejected()).containsExactly(
                    "findings.yaml: finding 'hormonal_contraception_or_hrt': unknown field 'askif'");
        }

        @Test
        void a_misspelt_required_field_is_rejected_as_unknown_and_missing() {
            kb.replace("rules.yaml", "  explanation: Most cramps stop within 10 minutes",
                    "  explaination: Most cramps stop within 10 minutes");
            assertThat(kb.rejected()).containsExactlyInAnyOrder(
                    "rules.yaml: rule 'cramp_will_not_stop': unknown field 'explaination'",
                    "rules.yaml: rule 'cramp_will_not_stop': missing 'explanation'");
        }

        @Test
        void a_misspelt_field_of_an_advice_item_is_rejected_as_unknown() {
            kb.replace("advice.yaml", "wait to be seen.\n      sources: [nhs_dvt]\n",
                    "wait to be seen.\n      source: [nhs_dvt]\n");
            assertThat(kb.rejected()).containsExactlyInAnyOrder(
                    "advice.yaml: items: relief item 'rest_and_elevate': unknown field 'source'",
                    "advice.yaml: items: relief item 'rest_and_elevate': no source");
        }
    }

    @Nested
    class Several_problems {

        @Test
        void three_problems_in_three_files_are_all_reported() {
            kb.replace("rules.yaml", "  sources: [nhs_dvt, nhs_pe]\n", "  sources: [nhs_dvt, nhs_pee]\n");
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
            kb.replace("rules.yaml", "  sources: [nhs_dvt, nhs_pe]\n", "  sources: [nhs_dvt, nhs_pee]\n");
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

    /** The 1-based line of the first occurrence of {@code s} in {@code text}. */
    private static int lineOf(String text, String s) {
        int at = text.indexOf(s);
        assertThat(at).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
