package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OlderReleaseTest {
    /** A copy of the real knowledge base, edited by each test into an older release. */
    private final BrokenKb kb;

    OlderReleaseTest(@TempDir Path dir) {
        kb = BrokenKb.copyInto(dir);
    }

    private KnowledgeBase older() {
        return OlderRelease.load(KbSource.directory(kb.dir()));
    }

    /** Takes the suspects line out of one rule, as rules were written before they named suspects. */
    private void withoutSuspects(String rule) {
        editRule(rule, "\\n  suspects: \\[[^\\]\\n]*\\]\\n", "\n");
    }

    /** Replaces the first match of {@code regex} in one rule's entry of rules.yaml. */
    private void editRule(String rule, String regex, String replacement) {
        String entry = kb.entry("rules.yaml", "- id: " + rule + "\n");
        assertThat(entry).containsPattern(regex);
        kb.replace("rules.yaml", entry, entry.replaceFirst(regex, replacement));
    }

    @Test
    void a_rule_written_before_rules_named_suspects_is_read_as_suspecting_nothing() {
        withoutSuspects("trapped_hernia");

        assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'trapped_hernia': missing 'suspects' (write [] for none)");
        KnowledgeBase read = older();
        assertThat(read.rule("trapped_hernia").suspects()).isEmpty();
        assertThat(read.rule("clot_in_lung").suspects())
                .isEqualTo(KnowledgeBaseLoader.builtIn().rule("clot_in_lung").suspects()).isNotEmpty();
    }

    @Test
    void a_release_that_fails_only_the_checks_across_files_is_read_as_it_was() {
        editRule("trapped_hernia", "  suspects: \\[hernia\\]\n", "  suspects: [hernia, no_such_cause]\n");

        assertThat(kb.rejected()).containsExactly("rules.yaml: rule 'trapped_hernia': suspects: unknown cause 'no_such_cause'");
        assertThat(older().rule("trapped_hernia").suspects()).containsExactly("hernia", "no_such_cause");
    }

    @Test
    void a_release_that_cannot_be_assessed_with_is_still_refused() {
        editRule("trapped_hernia", "  suspects: \\[hernia\\]\n", "  suspects: [hernia]\n  when_x: true\n");
        withoutSuspects("clot_in_lung");

        assertThatThrownBy(this::older).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("rule 'trapped_hernia'").hasMessageNotContaining("suspects");
    }
}
