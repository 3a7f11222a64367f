package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * One person (a vignette's findings) answering the interview two ways: through
 * {@code POST /api/v1/interview/next} and through FHIR's {@code $next-question}. The same person
 * answers alike on both: a group's items as they said, the rest of a group no (unticked); a
 * single question they have no answer for is skipped ("I don't know": the API's {@code skipped},
 * an item left unanswered in FHIR).
 */
final class Interviews {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_STEPS = 80;

    /** The screens asked, in order (each the ids of the findings it asks), and the level at the end. */
    record Run(List<String> screens, String level, List<String> outputs) {
    }

    private Interviews() {
    }

    static Run api(FhirTestSupport site, JsonNode person) throws Exception {
        ObjectNode evidence = JSON.createObjectNode();
        ObjectNode findings = evidence.putObject("findings");
        ArrayNode skipped = evidence.putArray("skipped");
        List<String> screens = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            HttpResponse<String> r = site.post("/api/v1/interview/next", "application/json", null, evidence.toString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode step = JSON.readTree(r.body());
            if (step.path("shouldStop").asBoolean()) {
                return new Run(screens, step.at("/assessment/triage/level").asText(), List.of());
            }
            JsonNode q = step.get("question");
            List<String> asked = new ArrayList<>();
            if ("group".equals(q.path("type").asText())) {
                for (JsonNode item : q.get("items")) {
                    String id = item.get("finding").asText();
                    asked.add(id);
                    findings.set(id, person.has(id) ? person.get(id) : JSON.getNodeFactory().booleanNode(false));
                }
            } else if (person.has(q.get("finding").asText())) {
                asked.add(q.get("finding").asText());
                findings.set(q.get("finding").asText(), person.get(q.get("finding").asText()));
            } else {
                asked.add(q.get("finding").asText());
                skipped.add(q.get("finding").asText());
            }
            screens.add(String.join(" ", asked));
        }
        throw new AssertionError("the API interview did not stop within " + MAX_STEPS + " steps");
    }

    /** Every response of {@code $next-question} is kept (as sent) for the validator. */
    static Run fhir(FhirTestSupport site, JsonNode person) throws Exception {
        String body = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\"}";
        List<String> screens = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            HttpResponse<String> r = site.post("/fhir/Questionnaire/$next-question", FhirTestSupport.FHIR_JSON,
                    FhirTestSupport.FHIR_JSON, body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            outputs.add(r.body());
            QuestionnaireResponse qr = Fhir.strictParser().parseResource(QuestionnaireResponse.class, r.body());
            Questionnaire q = (Questionnaire) qr.getContained().get(0);
            if (qr.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
                QuestionnaireResponseItemComponent result = qr.getItem().get(qr.getItem().size() - 1);
                assertThat(result.getLinkId()).isEqualTo(AdaptiveResult.LINK_ID);
                return new Run(screens, result.getItemFirstRep().getAnswerFirstRep().getValueCoding().getCode(), outputs);
            }
            QuestionnaireItemComponent next = q.getItem().get(q.getItem().size() - 1);
            List<String> asked = new ArrayList<>();
            QuestionnaireResponseItemComponent answer = new QuestionnaireResponseItemComponent().setLinkId(next.getLinkId());
            if (next.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
                for (QuestionnaireItemComponent item : next.getItem()) {
                    if (item.getType() != Questionnaire.QuestionnaireItemType.DISPLAY) {
                        asked.add(item.getLinkId());
                        answer.addItem().setLinkId(item.getLinkId()).addAnswer().setValue(person.has(item.getLinkId())
                                ? value(item, person.get(item.getLinkId())) : new BooleanType(false));
                    }
                }
                qr.addItem(answer);
            } else {
                asked.add(next.getLinkId());
                if (person.has(next.getLinkId())) {
                    answer.addAnswer().setValue(value(next, person.get(next.getLinkId())));
                    qr.addItem(answer);
                } // else: left unanswered, so skipped
            }
            screens.add(String.join(" ", asked));
            body = Fhir.context().newJsonParser().encodeResourceToString(qr);
        }
        throw new AssertionError("$next-question did not complete within " + MAX_STEPS + " steps");
    }

    /** A person's answer as the item's type asks for it. */
    private static Type value(QuestionnaireItemComponent item, JsonNode v) {
        switch (item.getType()) {
            case BOOLEAN: return new BooleanType(v.asBoolean());
            case INTEGER: return new IntegerType(v.asInt());
            case DECIMAL: return new DecimalType(v.decimalValue());
            case CHOICE:
                return item.getAnswerOption().stream().map(o -> o.getValueCoding())
                        .filter(c -> c.getCode().equals(v.asText())).findFirst()
                        .orElseThrow(() -> new AssertionError(item.getLinkId() + " has no answer " + v)).copy();
            default: throw new AssertionError("unexpected item type " + item.getType() + " of " + item.getLinkId());
        }
    }
}
