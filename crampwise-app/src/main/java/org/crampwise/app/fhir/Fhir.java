package org.crampwise.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** FHIR R4 with HAPI: the one context, the JSON parser and encoder, and Crampwise's FHIR names. */
public final class Fhir {
    /** The media type of FHIR JSON (R4). */
    public static final String CONTENT_TYPE = "application/fhir+json";
    /** The media type of FHIR XML (R4). */
    public static final String XML_CONTENT_TYPE = "application/fhir+xml";

    /** Where Crampwise's own FHIR names live; none of these addresses needs to resolve. */
    public static final String BASE = "https://crampwise.org/fhir/";
    public static final String QUESTIONNAIRE_ID = "crampwise";
    public static final String QUESTIONNAIRE_URL = BASE + "Questionnaire/" + QUESTIONNAIRE_ID;
    public static final String ASSESS_URL = BASE + "OperationDefinition/QuestionnaireResponse-assess";
    public static final String NEXT_QUESTION_URL = BASE + "OperationDefinition/Questionnaire-next-question";
    /** SDC's own $next-question, which ours implements (http://hl7.org/fhir/uv/sdc/OperationDefinition-Questionnaire-next-question.html). */
    public static final String SDC_NEXT_QUESTION_URL = "http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question";
    public static final String SDC_ADAPTIVE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive";
    public static final String TRIAGE_LEVEL_SYSTEM = BASE + "CodeSystem/triage-level";
    public static final String TRIAGE_RULE_SYSTEM = BASE + "CodeSystem/triage-rule";
    public static final String CAUSE_SYSTEM = BASE + "CodeSystem/cause";
    public static final String LIKELIHOOD_SYSTEM = BASE + "CodeSystem/likelihood";
    public static final String ADVICE_SYSTEM = BASE + "CodeSystem/advice";
    public static final String ADVICE_KIND_SYSTEM = BASE + "CodeSystem/advice-kind";
    public static final String FINDING_SYSTEM = BASE + "CodeSystem/finding";
    public static final String ASSESSMENT_SYSTEM = BASE + "CodeSystem/assessment";
    /** The knowledge base's own skip condition of an item, word for word (informative). */
    public static final String ASK_IF_EXTENSION = BASE + "StructureDefinition/ask-if";
    /** On an item whose enableWhen shows it more often than the interview asks it. */
    public static final String ENABLE_WHEN_WIDER_EXTENSION = BASE + "StructureDefinition/enable-when-wider";

    public static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    public static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    public static final String UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
    public static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    public static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    public static final String UCUM = "http://unitsofmeasure.org";

    private Fhir() {
    }

    /** The code system of a choice finding's answers. */
    public static String choiceSystem(String finding) {
        return BASE + "CodeSystem/" + finding;
    }

    /**
     * The one FhirContext of the whole server (of the JVM, in fact). Building one scans the R4 model
     * and is expensive (about a second and megabytes of metadata); it is thread-safe and meant to be
     * shared, so it is made once, on first use, and every request reuses it. Parsers made from it
     * are cheap and are made per use (a parser is not thread-safe).
     */
    private static final class Holder {
        static final FhirContext CONTEXT = create();

        private static FhirContext create() {
            FhirContext ctx = FhirContext.forR4();
            // Scan a resource type's model only when it is first used: most of R4 never is here.
            ctx.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
            return ctx;
        }
    }

    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** A JSON parser that rejects what it does not understand (unknown elements, wrong JSON types). */
    public static IParser strictParser() {
        IParser p = context().newJsonParser();
        p.setParserErrorHandler(new StrictErrorHandler());
        return p;
    }

    /** An XML parser, strict like {@link #strictParser()}. */
    public static IParser strictXmlParser() {
        IParser p = context().newXmlParser();
        p.setParserErrorHandler(new StrictErrorHandler());
        return p;
    }

    public static byte[] encode(IBaseResource resource) {
        return context().newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] encodeXml(IBaseResource resource) {
        return context().newXmlParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    }

    /** A number finding whose bounds are whole and fit an int: valueInteger, not valueDecimal. */
    public static boolean isInteger(org.crampwise.kb.Finding f) {
        return f.type() == org.crampwise.condition.FindingType.NUMBER && f.min() == Math.rint(f.min())
                && f.max() == Math.rint(f.max()) && Math.abs(f.min()) <= Integer.MAX_VALUE
                && Math.abs(f.max()) <= Integer.MAX_VALUE;
    }

    /** The linkId of a screen's group: the screen id, unless a finding already has that id. */
    public static String groupLinkId(org.crampwise.kb.KnowledgeBase kb, org.crampwise.kb.Screen s) {
        return kb.finding(s.id()) == null ? s.id() : "screen-" + s.id();
    }
}
