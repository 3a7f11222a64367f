package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base loader rejects an id used twice, naming the file and the entry.
 * Each broken copy of the real knowledge base ({@link BrokenKb}) has one small textual edit (or a few),
 * and the whole list of problems is asserted, so each test also proves that the edit broke nothing else.
 */
class KnowledgeBaseDuplicatesTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
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
}
