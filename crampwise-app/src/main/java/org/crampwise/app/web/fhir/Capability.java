package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.OperationDefinition;

/** What the FHIR endpoint offers: {@code GET /fhir/metadata} and the $assess operation's definition. */
final class Capability {
    private Capability() {
    }

    static CapabilityStatement statement(String appVersion, String kbVersion, Date started) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("crampwise");
        cs.setName("Crampwise");
        cs.setTitle("Crampwise FHIR endpoint");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setDate(started);
        cs.setPublisher("Crampwise");
        cs.setDescription("The Crampwise interview as a Questionnaire, and the assessment of a response to it. "
                + "Knowledge base " + kbVersion + ".");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("Crampwise").setVersion(appVersion);
        cs.getImplementation().setDescription("Crampwise self-care and triage assistant for leg cramps and inner-thigh pain");
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("json");
        cs.addFormat(Fhir.CONTENT_TYPE);
        cs.addFormat("xml");
        cs.addFormat(Fhir.XML_CONTENT_TYPE);
        CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("No authentication and no storage: every request carries all it needs.");
        CapabilityStatementRestResourceComponent q = rest.addResource().setType("Questionnaire");
        q.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ)
                .setDocumentation("Questionnaire/" + Fhir.QUESTIONNAIRE_ID + ": the whole interview.");
        q.addOperation().setName("next-question").setDefinition(Fhir.NEXT_QUESTION_URL)
                .setDocumentation("SDC adaptive form: POST a QuestionnaireResponse with its Questionnaire contained "
                        + "(or a Parameters with it as questionnaire-response); it comes back with the interview's next "
                        + "question added, or completed with the assessment as read-only items.");
        CapabilityStatementRestResourceComponent qr = rest.addResource().setType("QuestionnaireResponse");
        qr.addOperation().setName("assess").setDefinition(Fhir.ASSESS_URL)
                .setDocumentation("POST a QuestionnaireResponse to Questionnaire/" + Fhir.QUESTIONNAIRE_ID
                        + ": the triage level, causes and advice. Accept: application/fhir+json gives a Bundle; "
                        + "application/fhir+xml gives it in XML; otherwise the Crampwise assessment JSON (application/json).");
        rest.addResource().setType("OperationDefinition").addInteraction()
                .setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        return cs;
    }

    /** A type-level operation that changes nothing, with the id {@code Type-code}. */
    private static OperationDefinition operation(String type, String code, String url, String name, String title) {
        OperationDefinition op = new OperationDefinition();
        op.setId(type + "-" + code);
        op.setUrl(url);
        op.setName(name);
        op.setTitle(title);
        op.setStatus(PublicationStatus.ACTIVE);
        op.setKind(OperationDefinition.OperationKind.OPERATION);
        op.setCode(code);
        op.addResource(type);
        op.setSystem(false).setType(true).setInstance(false);
        op.setAffectsState(false);
        return op;
    }

    static OperationDefinition nextQuestion() {
        OperationDefinition op = operation("Questionnaire", "next-question", Fhir.NEXT_QUESTION_URL, "NextQuestion",
                "The next question of the Crampwise interview (SDC adaptive form)");
        op.setBase(Fhir.SDC_NEXT_QUESTION_URL);
        op.addParameter().setName(AdaptiveForm.PARAMETER).setUse(OperationDefinition.OperationParameterUse.IN)
                .setMin(1).setMax("1").setType("QuestionnaireResponse")
                .setDocumentation("The answers so far, with the questions asked so far as the contained Questionnaire "
                        + "#" + AdaptiveForm.CONTAINED_ID + " (none at first). A question asked and not answered is "
                        + "unknown (\"I don't know\") and is not asked again.");
        op.addParameter().setName("return").setUse(OperationDefinition.OperationParameterUse.OUT).setMin(1).setMax("1")
                .setType("QuestionnaireResponse")
                .setDocumentation("The same response with the next question added to the contained Questionnaire "
                        + "(status in-progress), or, when the interview ends, status completed and the assessment as "
                        + "read-only items of the group " + AdaptiveResult.LINK_ID + ".");
        return op;
    }

    static OperationDefinition assess() {
        OperationDefinition op = operation("QuestionnaireResponse", "assess", Fhir.ASSESS_URL, "Assess",
                "Assess a response to the Crampwise questionnaire");
        op.addParameter().setName("response").setUse(OperationDefinition.OperationParameterUse.IN).setMin(1).setMax("1")
                .setType("QuestionnaireResponse")
                .setDocumentation("The answers, by linkId; posted as the body itself. Unanswered is unknown.");
        op.addParameter().setName("return").setUse(OperationDefinition.OperationParameterUse.OUT).setMin(1).setMax("1")
                .setType("Bundle")
                .setDocumentation("The triage level (Observation), the causes (RiskAssessment) and the advice (CarePlans).");
        return op;
    }
}
