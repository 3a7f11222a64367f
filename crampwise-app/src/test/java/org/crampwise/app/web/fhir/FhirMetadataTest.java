package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.junit.jupiter.api.Test;

@WithServer
class FhirMetadataTest {
    @Served
    static FhirTestSupport site;

    @Test
    void metadata_is_a_capability_statement_for_fhir_4_0_1_in_json() throws Exception {
        HttpResponse<String> r = site.get("/fhir/metadata");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/fhir+json");
        CapabilityStatement cs = Fhir.strictParser().parseResource(CapabilityStatement.class, r.body());
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(cs.getFormat()).extracting(f -> f.getValue()).contains("json");
        assertThat(cs.getStatus().toCode()).isEqualTo("active");
        assertThat(cs.getKind()).isEqualTo(CapabilityStatement.CapabilityStatementKind.INSTANCE);
    }

    @Test
    void the_server_reads_the_questionnaire_and_assesses_responses() throws Exception {
        CapabilityStatement cs = Fhir.strictParser().parseResource(CapabilityStatement.class, site.get("/fhir/metadata").body());

        CapabilityStatementRestComponent rest = cs.getRestFirstRep();
        assertThat(rest.getMode()).isEqualTo(CapabilityStatement.RestfulCapabilityMode.SERVER);
        CapabilityStatementRestResourceComponent q = resource(rest, "Questionnaire");
        assertThat(q.getInteraction()).extracting(i -> i.getCode())
                .containsExactly(CapabilityStatement.TypeRestfulInteraction.READ);
        CapabilityStatementRestResourceComponent qr = resource(rest, "QuestionnaireResponse");
        assertThat(qr.getOperation()).extracting(o -> o.getName()).containsExactly("assess");
    }

    @Test
    void the_assess_operation_definition_can_be_read_where_the_statement_says() throws Exception {
        CapabilityStatement cs = Fhir.strictParser().parseResource(CapabilityStatement.class, site.get("/fhir/metadata").body());
        String definition = resource(cs.getRestFirstRep(), "QuestionnaireResponse").getOperationFirstRep().getDefinition();

        HttpResponse<String> r = site.get("/fhir/OperationDefinition/QuestionnaireResponse-assess");
        OperationDefinition op = Fhir.strictParser().parseResource(OperationDefinition.class, r.body());

        assertThat(op.getUrl()).isEqualTo(definition);
        assertThat(op.getCode()).isEqualTo("assess");
        assertThat(op.getResource()).extracting(c -> c.getValue()).containsExactly("QuestionnaireResponse");
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestComponent rest, String type) {
        return rest.getResource().stream().filter(r -> r.getType().equals(type)).findFirst().orElseThrow();
    }
}
