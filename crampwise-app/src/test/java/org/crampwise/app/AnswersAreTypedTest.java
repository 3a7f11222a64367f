package org.crampwise.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.junit.jupiter.api.Test;

/**
 * The app reads and writes a person's answers typed (docs/ARCHITECTURE.md, "A person's answers"):
 * never evidence's stored numbers (1/0, an option's index), and never JSON text made only to be
 * parsed again.
 */
class AnswersAreTypedTest {
    private static final JavaClasses APP = LayersTest.APP;

    @Test
    void no_app_code_reads_or_writes_the_stored_encoding_of_an_answer() {
        noClasses().should().callMethod(Evidence.class, "value", int.class)
                .orShould().callMethod(Evidence.class, "with", Finding.class, double.class)
                .because("answers are read with Evidence#answer and given as an Answer the finding checked")
                .check(APP);
    }

    @Test
    void the_fhir_response_becomes_evidence_without_the_evidence_json() {
        noClasses().that().resideInAPackage("org.crampwise.app.web.fhir..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.crampwise.evidence.EvidenceJson")
                .because("a QuestionnaireResponse's answers are checked one by one into evidence")
                .check(APP);
    }
}
