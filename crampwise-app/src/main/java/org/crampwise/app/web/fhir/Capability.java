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
        CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("No authentication and no storage: every request carries all it needs.");
        CapabilityStatementRestResourceComponent q = rest.addResource().setType("Questionnaire");
        q.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ)
                .setDocumentation("Questionnaire/" + Fhir.QUESTIONNAIRE_ID + ": the whole interview.");
        CapabilityStatementRestResourceComponent qr = rest.addResource().setType("QuestionnaireResponse");
        qr.addOperation().setName("assess").setDefinition(Fhir.ASSESS_URL)
                .setDocumentation("POST a QuestionnaireResponse to Questionnaire/" + Fhir.QUESTIONNAIRE_ID
                        + ": the triage level, causes and advice. Accept: application/fhir+json gives a Bundle; "
                        + "otherwise the Crampwise assessment JSON (application/json).");
        rest.addResource().setType("OperationDefinition").addInteraction()
                .setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        return cs;
    }

    static OperationDefinition assess() {
        OperationDefinition op = new OperationDefinition();
        op.setId("QuestionnaireResponse-assess");
        op.setUrl(Fhir.ASSESS_URL);
        op.setName("Assess");
        op.setTitle("Assess a response to the Crampwise questionnaire");
        op.setStatus(PublicationStatus.ACTIVE);
        op.setKind(OperationDefinition.OperationKind.OPERATION);
        op.setCode("assess");
        op.addResource("QuestionnaireResponse");
        op.setSystem(false).setType(true).setInstance(false);
        op.setAffectsState(false);
        op.addParameter().setName("response").setUse(OperationDefinition.OperationParameterUse.IN).setMin(1).setMax("1")
                .setType("QuestionnaireResponse")
                .setDocumentation("The answers, by linkId; posted as the body itself. Unanswered is unknown.");
        op.addParameter().setName("return").setUse(OperationDefinition.OperationParameterUse.OUT).setMin(1).setMax("1")
                .setType("Bundle")
                .setDocumentation("The triage level (Observation), the causes (RiskAssessment) and the advice (CarePlans).");
        return op;
    }
}
