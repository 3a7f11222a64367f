package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The compiled knowledge base the command line starts from says exactly what the YAML says. */
class CompiledKnowledgeTest {

    @Test
    void the_built_in_knowledge_base_is_read_from_its_compiled_form() throws Exception {
        assertThat(CompiledKnowledge.builtIn()).as("knowledge.json in the build output").isNotNull()
                .containsKeys(KnowledgeBaseLoader.FILES.toArray(new String[0]));
    }

    /** The proofs, which a start-up does not repeat, hold for the compiled form as for the YAML. */
    @Test
    void the_compiled_built_in_knowledge_base_passes_every_check_and_every_proof() throws Exception {
        Problems problems = new Problems();
        KnowledgeBase kb = KnowledgeBaseLoader.checked(CompiledKnowledge.builtIn(), problems,
                KnowledgeBaseLoader.Checks.WITH_PROOFS);
        assertThat(problems.list()).isEmpty();
        assertThat(kb.version()).isEqualTo(KnowledgeBaseLoader.builtIn().version());
    }

    @Test
    void the_compiled_and_the_yaml_knowledge_base_give_byte_identical_assessments() {
        KnowledgeBase compiled = KnowledgeBaseLoader.builtIn();
        KnowledgeBase yaml = KnowledgeBaseLoader.load(KbSource.directory(Path.of("../knowledge")));
        assertThat(compiled.version()).isEqualTo(yaml.version());
        assertThat(compiled.findings()).hasSameSizeAs(yaml.findings());
        Engine a = new Engine(compiled);
        Engine b = new Engine(yaml);
        for (Scenario s : Scenario.own()) {
            assertThat(AssessmentJson.write(a.assess(s.toEvidence(compiled)), false)).as(s.toString())
                    .isEqualTo(AssessmentJson.write(b.assess(s.toEvidence(yaml)), false));
        }
    }
}
