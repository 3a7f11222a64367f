package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The jars crampwise-app/pom.xml leaves out of HAPI stay out of the app's class path. Every
 * resource the endpoint writes is encoded and parsed back, strictly.
 */
class FhirClasspathTest {

    /**
     * (ICU4J is no longer among them: it is the app's own, for the pages' words in every language,
     * named in crampwise-app/pom.xml apart from HAPI.)
     * The app's runtime class path, as Maven wrote it (target/runtime-classpath.txt): the test
     * class path also has the test-only jars (HL7's validator brings Saxon and OpenTelemetry).
     */
    @Test
    void the_left_out_jars_are_really_not_on_the_class_path() throws Exception {
        Path file = Path.of("target", "runtime-classpath.txt");
        assertThat(file).as("written by maven-dependency-plugin (build-classpath) before the tests").exists();
        List<String> jars = List.of(Files.readString(file).strip().split(java.io.File.pathSeparator));
        assertThat(jars).anySatisfy(j -> assertThat(j).contains("hapi-fhir-structures-r4"));
        for (String name : List.of("org.apache.jena.rdf.model.Model", "net.sf.saxon.TransformerFactoryImpl",
                "io.opentelemetry.api.trace.Span", "org.apache.thrift.TBase",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")) {
            String entry = name.replace('.', '/') + ".class";
            for (String jar : jars) {
                if (jar.endsWith(".jar")) {
                    try (ZipFile zip = new ZipFile(jar)) {
                        assertThat(zip.getEntry(entry)).as(name + " in " + jar).isNull();
                    }
                }
            }
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
                new AssessmentBundle(FhirTestSupport.KB).of(engine.assess(e), response(), new java.util.Date()),
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

    private static QuestionnaireResponse response() {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(new Reference("Patient/1"));
        qr.addItem().setLinkId("groin_lump").addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(true));
        return qr;
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
