package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbCommandTest {
    private static final int KB_RULES = org.crampwise.kb.KnowledgeBaseLoader.builtIn().rules().size();

    @Test
    void kb_validate_accepts_the_built_in_knowledge_base() {
        CommandLineRun r = CommandLineRun.run("", "kb", "validate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("is valid").contains(KB_RULES + " triage rules");
    }

    @Test
    void kb_validate_rejects_a_broken_copy_naming_the_file_and_the_id(@TempDir Path dir) throws IOException {
        KnowledgeCopy.in(dir).replace("causes.yaml", "sources: [seed_article, nhs_hernia]",
                "sources: [seed_article, nhs_hernia, x]");
        CommandLineRun r = CommandLineRun.run("", "kb", "validate", "--dir", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("causes.yaml: cause 'hernia': unknown source 'x'");
    }

    @Test
    void kb_validate_checks_the_learn_pages_of_every_language_naming_the_file_and_the_page(@TempDir Path dir)
            throws IOException {
        KnowledgeCopy.in(dir).replace("es/learn.yaml", "- id: causes\n", "- id: causas\n");
        CommandLineRun r = CommandLineRun.run("", "kb", "validate", "--dir", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("es/learn.yaml: page 'causes': id is 'causas' where learn.yaml has 'causes'");
    }

    @Test
    void assess_with_a_broken_knowledge_base_gives_no_advice_and_says_why(@TempDir Path dir) throws IOException {
        Files.delete(KnowledgeCopy.in(dir).dir().resolve("rules.yaml"));
        CommandLineRun r = CommandLineRun.run("{\"findings\":{}}", "assess", "--input", "-", "--kb", dir.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("rules.yaml: file is missing");
    }
}
