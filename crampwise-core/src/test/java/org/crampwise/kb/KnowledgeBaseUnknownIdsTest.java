package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base loader rejects a reference to an id that does not exist (a finding, advice item,
 * source or rule of the wrong kind) and an entry with no source, naming the file and the entry.
 * Each broken copy of the real knowledge base ({@link BrokenKb}) has one small textual edit (or a few),
 * and the whole list of problems is asserted, so each test also proves that the edit broke nothing else.
 */
class KnowledgeBaseUnknownIdsTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Nested
    class Unknown_ids {

        @Test
        void a_rule_naming_an_unknown_finding_is_rejected_with_file_and_id() {
            // rule 10's finding is also read by rules 25 and 31, so the misspelling leaves no safety
            // finding unread (which KbChecks would report too since contract v2)
            kb.replace("rules.yaml", "  when: cannot_bear_weight\n", "  when: cannot_bear_wieght\n");
            assertThat(kb.rejected()).containsExactly(
                    "rules.yaml: rule 'cannot_walk_after_injury': condition 'cannot_bear_wieght': "
                            + "unknown finding 'cannot_bear_wieght'");
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
            kb.replace("rules.yaml", "  sources: [nhs_dvt, nhs_pe, nhs_shortness_of_breath]\n",
                    "  sources: [nhs_dvt, nhs_pee, nhs_shortness_of_breath]\n");
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
            kb.replace("advice.yaml", "wait to be seen.\n      sources: [nhs_dvt, nhs_phlebitis]\n",
                    "wait to be seen.\n      sources: [nhs_dvtt, nhs_phlebitis]\n");
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
            kb.replace("rules.yaml", "  when: cannot_bear_weight\n", "  when: clot_in_lung\n");
            assertThat(kb.rejected()).containsExactly(
                    "rules.yaml: rule 'cannot_walk_after_injury': condition 'clot_in_lung': "
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
}
