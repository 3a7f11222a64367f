package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.crampwise.app.web.api.PublicVignettes;
import org.crampwise.app.web.api.PublicVignettes.Vignette;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SDC's adaptive {@code $next-question} runs the same interview as {@code /api/v1/interview/next}:
 * every public vignette, answered alike on both, is asked the same screens in the same order and
 * ends at the same level; every response it gives passes HL7's validator.
 */
@WithServer
class FhirNextQuestionTest {
    static final String NEXT = "/fhir/Questionnaire/$next-question";
    static final String START = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\"}";

    @Served
    static FhirTestSupport site;

    static Stream<Vignette> vignettes() {
        return PublicVignettes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void every_public_vignette_reaches_the_level_of_the_api_interview_in_the_same_steps(Vignette v) throws Exception {
        Interviews.Run api = Interviews.api(site, v.evidence().get("findings"));
        Interviews.Run fhir = Interviews.fhir(site, v.evidence().get("findings"));

        assertThat(fhir.screens()).as(v.id() + ": the screens asked").isEqualTo(api.screens());
        assertThat(fhir.screens()).hasSameSizeAs(api.screens());
        assertThat(fhir.level()).as(v.id() + ": the level reached").isEqualTo(api.level());
        // The last response holds every question asked and the result; the validator is slow, so
        // each step's response is validated for the first vignette only.
        boolean first = v.id().equals(PublicVignettes.all().get(0).id());
        for (String output : first ? fhir.outputs() : fhir.outputs().subList(fhir.outputs().size() - 1, fhir.outputs().size())) {
            assertThat(FhirValidatorSupport.errors(output)).as(v.id() + ": " + output).isEmpty();
        }
    }

    @Test
    void the_first_call_asks_the_first_question_of_the_api_interview_in_a_contained_adaptive_questionnaire()
            throws Exception {
        HttpResponse<String> r = site.post(NEXT, FhirTestSupport.FHIR_JSON, null, START);
        HttpResponse<String> api = site.post("/api/v1/interview/next", "application/json", null, "{\"findings\":{}}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(r)).isEqualTo(FhirTestSupport.FHIR_JSON);
        QuestionnaireResponse qr = Fhir.strictParser().parseResource(QuestionnaireResponse.class, r.body());
        assertThat(qr.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        Questionnaire q = (Questionnaire) qr.getContained().get(0);
        assertThat(qr.getQuestionnaire()).isEqualTo("#" + q.getIdElement().getIdPart().replace("#", ""));
        assertThat(q.getExtensionByUrl(Fhir.SDC_ADAPTIVE).getValue().primitiveValue()).isEqualTo("true");
        assertThat(q.getItem()).hasSize(1);
        String firstId = Interviews.JSON.readTree(api.body()).at("/question/id").asText(
                Interviews.JSON.readTree(api.body()).at("/question/finding").asText());
        assertThat(q.getItemFirstRep().getLinkId()).isEqualTo(firstId);
        assertThat(FhirValidatorSupport.errors(r.body())).isEmpty();
    }

    /** Issue 14: asked in Spanish, in the United States, chest pain ends the form with "Llame al 911". */
    @Test
    void in_spanish_the_adaptive_form_asks_and_answers_in_spanish_and_validates() throws Exception {
        String next = NEXT + "?lang=es&region=US";
        HttpResponse<String> first = site.post(next, FhirTestSupport.FHIR_JSON, null, START);
        assertThat(first.headers().firstValue("Content-Language")).hasValue("es");
        QuestionnaireResponse qr = Fhir.strictParser().parseResource(QuestionnaireResponse.class, first.body());
        Questionnaire q = (Questionnaire) qr.getContained().get(0);
        assertThat(q.getLanguage()).isEqualTo("es");
        org.crampwise.kb.KnowledgeBase spanish = FhirTestSupport.KB.in(java.util.Locale.forLanguageTag("es"));
        org.crampwise.kb.Screen screen = spanish.screens().stream()
                .filter(s -> s.id().equals(q.getItemFirstRep().getLinkId())).findFirst().orElseThrow();
        assertThat(q.getItemFirstRep().getText()).isEqualTo(spanish.fill(screen.text()));

        var answers = new org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent()
                .setLinkId(q.getItemFirstRep().getLinkId());
        for (var item : q.getItemFirstRep().getItem()) {
            if (item.getType() == Questionnaire.QuestionnaireItemType.BOOLEAN) {
                answers.addItem().setLinkId(item.getLinkId()).addAnswer()
                        .setValue(new org.hl7.fhir.r4.model.BooleanType(item.getLinkId().equals("chest_or_upper_back_pain")));
            }
        }
        qr.addItem(answers);
        HttpResponse<String> done = site.post(next, FhirTestSupport.FHIR_JSON, null,
                Fhir.context().newJsonParser().encodeResourceToString(qr));

        assertThat(FhirValidatorSupport.errors(done.body())).isEmpty();
        QuestionnaireResponse end = Fhir.strictParser().parseResource(QuestionnaireResponse.class, done.body());
        assertThat(end.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        var result = end.getItem().get(end.getItem().size() - 1);
        assertThat(result.getText()).isEqualTo("Su resultado");
        assertThat(done.body()).contains("Llame al 911").doesNotContain("999");
    }

    @Test
    void the_capability_statement_offers_next_question_on_questionnaire_with_its_definition() throws Exception {
        org.hl7.fhir.r4.model.CapabilityStatement cs = Fhir.strictParser().parseResource(
                org.hl7.fhir.r4.model.CapabilityStatement.class, site.get("/fhir/metadata").body());
        var questionnaire = cs.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Questionnaire"))
                .findFirst().orElseThrow();
        String definition = questionnaire.getOperation().stream().filter(o -> o.getName().equals("next-question"))
                .findFirst().orElseThrow().getDefinition();

        HttpResponse<String> op = site.get("/fhir/OperationDefinition/" + definition.substring(definition.lastIndexOf('/') + 1));
        assertThat(op.statusCode()).isEqualTo(200);
        org.hl7.fhir.r4.model.OperationDefinition d = Fhir.strictParser().parseResource(
                org.hl7.fhir.r4.model.OperationDefinition.class, op.body());
        assertThat(d.getUrl()).isEqualTo(definition);
        assertThat(d.getBase()).isEqualTo("http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question");
        assertThat(cs.getFormat()).extracting(f -> f.getValue()).contains("xml", "application/fhir+xml");
    }

    @Test
    void a_parameters_with_the_response_is_answered_like_the_response_itself() throws Exception {
        Parameters p = new Parameters();
        p.addParameter().setName("questionnaire-response").setResource(
                Fhir.strictParser().parseResource(QuestionnaireResponse.class, START));
        String body = Fhir.context().newJsonParser().encodeResourceToString(p);

        HttpResponse<String> fromParameters = site.post(NEXT, FhirTestSupport.FHIR_JSON, null, body);
        HttpResponse<String> plain = site.post(NEXT, FhirTestSupport.FHIR_JSON, null, START);

        assertThat(fromParameters.statusCode()).as(fromParameters.body()).isEqualTo(200);
        assertThat(FhirValidationTest.sameButNew(fromParameters.body())).isEqualTo(FhirValidationTest.sameButNew(plain.body()));
    }

    @Test
    void xml_in_gives_xml_out_that_validates() throws Exception {
        String xml = "<QuestionnaireResponse xmlns=\"http://hl7.org/fhir\"><status value=\"in-progress\"/></QuestionnaireResponse>";

        HttpResponse<String> r = site.post(NEXT + "?_format=xml", "application/fhir+xml", null, xml);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/fhir+xml");
        assertThat(r.body()).startsWith("<QuestionnaireResponse xmlns=\"http://hl7.org/fhir\"");
        assertThat(FhirValidatorSupport.errors(r.body())).isEmpty();
    }

    @Test
    void a_contained_questionnaire_with_an_item_crampwise_does_not_ask_is_refused_naming_it() throws Exception {
        String body = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\","
                + "\"questionnaire\":\"#" + AdaptiveForm.CONTAINED_ID + "\",\"contained\":[{\"resourceType\":\"Questionnaire\","
                + "\"id\":\"" + AdaptiveForm.CONTAINED_ID + "\",\"status\":\"active\",\"item\":[{\"linkId\":\"hiccups\","
                + "\"type\":\"boolean\"}]}]}";

        HttpResponse<String> r = site.post(NEXT, FhirTestSupport.FHIR_JSON, null, body);

        assertThat(r.statusCode()).isEqualTo(400);
        OperationOutcome oo = Fhir.strictParser().parseResource(OperationOutcome.class, r.body());
        assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue()).contains("hiccups");
        assertThat(FhirValidatorSupport.errors(r.body())).isEmpty();
    }

    @Test
    void a_questionnaire_that_is_not_contained_is_refused() throws Exception {
        HttpResponse<String> r = site.post(NEXT, FhirTestSupport.FHIR_JSON, null,
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\",\"questionnaire\":\"#elsewhere\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("QuestionnaireResponse.questionnaire");
    }

    @Test
    void a_resource_that_is_neither_a_response_nor_parameters_is_refused() throws Exception {
        HttpResponse<String> r = site.post(NEXT, FhirTestSupport.FHIR_JSON, null, "{\"resourceType\":\"Patient\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("expected a QuestionnaireResponse (or a Parameters with one), got a Patient");
    }
}
