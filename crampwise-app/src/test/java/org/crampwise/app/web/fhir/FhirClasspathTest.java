package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * HAPI runs here without the jars crampwise-app/pom.xml leaves out: this class path is the app's.
 * Every resource the endpoint writes is encoded and parsed back, strictly.
 */
class FhirClasspathTest {

    @Test
    void the_left_out_jars_are_really_not_on_the_class_path() {
        for (String name : List.of("org.apache.jena.rdf.model.Model", "net.sf.saxon.TransformerFactoryImpl",
                "com.ibm.icu.text.PluralRules", "io.opentelemetry.api.trace.Span", "org.apache.thrift.TBase",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void there_is_one_fhir_context_for_the_whole_server() {
        assertThat(Fhir.context()).isSameAs(Fhir.context());
    }

    @Test
    void every_resource_the_endpoint_writes_is_encoded_and_parsed_back_strictly() {
        Engine engine = new Engine(FhirTestSupport.KB);
        Evidence e = Evidence.empty(FhirTestSupport.KB).with(FhirTestSupport.KB.finding("groin_lump"), true)
                .with(FhirTestSupport.KB.finding("vomiting"), true);
        List<IBaseResource> resources = List.of(
                new QuestionnaireBuilder(FhirTestSupport.KB).build(),
                new AssessmentBundle(FhirTestSupport.KB).of(engine.assess(e), new Reference("Patient/1")),
                Capability.statement("test", FhirTestSupport.KB.version(), new java.util.Date()),
                Capability.assess(),
                OperationOutcomes.of(400, "Invalid request", null,
                        List.of(new org.crampwise.app.web.HttpError.FieldProblem("QuestionnaireResponse.item[linkId='x']", "bad"))));
        for (IBaseResource r : resources) {
            String json = new String(Fhir.encode(r), java.nio.charset.StandardCharsets.UTF_8);
            IBaseResource back = Fhir.strictParser().parseResource(json);
            assertThat(back.getClass()).isEqualTo(r.getClass());
            assertThat(Fhir.context().newJsonParser().encodeResourceToString(back)).isEqualTo(json);
        }
    }

    @Test
    void base64_data_and_dates_still_parse_without_the_left_out_jars() {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-11-26T10:00:00+01:00"));
        qr.addItem().setLinkId("x").addAnswer().setValue(new Attachment().setData("hello".getBytes()));
        String json = Fhir.context().newJsonParser().encodeResourceToString(qr);

        QuestionnaireResponse back = Fhir.strictParser().parseResource(QuestionnaireResponse.class, json);

        assertThat(back.getItemFirstRep().getAnswerFirstRep().getValueAttachment().getData()).isEqualTo("hello".getBytes());
        assertThat(back.getAuthoredElement().getValueAsString()).isEqualTo("2026-11-26T10:00:00+01:00");
        assertThat(Bundle.class).isNotNull();
    }
}
