package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base loader rejects conditions that do not type check or can never be met, and advice
 * that contradicts itself, naming the file and the entry.
 * Each broken copy of the real knowledge base ({@link BrokenKb}) has one small textual edit (or a few),
 * and the whole list of problems is asserted, so each test also proves that the edit broke nothing else.
 */
class KnowledgeBaseConditionsTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Nested
    class Conditions_that_do_not_type_check {

        @Test
        void a_rule_comparing_a_bool_finding_with_a_number_is_rejected() {
            // rule 11: its findings are also read by other rules, so the broken condition leaves no
            // safety finding unread (which KbChecks would report too since contract v2)
            kb.replace("rules.yaml", "  when: cannot_move_leg or leg_cold_pale_or_blue\n",
                    "  when: cannot_move_leg >= 1 or leg_cold_pale_or_blue\n");
            assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'leg_suddenly_weak_or_cold': condition "
                    + "'cannot_move_leg >= 1 or leg_cold_pale_or_blue': compares bool finding 'cannot_move_leg' with a number");
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
}
