package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.TestServer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/** A FHIR client of a {@link TestServer}, and a person answering the Questionnaire. */
final class FhirTestSupport {
    static final KnowledgeBase KB = TestServer.KB;
    static final String FHIR_JSON = "application/fhir+json";

    final HttpClient http = TestServer.http();
    final String base;

    FhirTestSupport(TestServer server) {
        this.base = server.base();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /fhir/Questionnaire/crampwise, parsed. */
    Questionnaire questionnaire() throws IOException, InterruptedException {
        return Fhir.context().newJsonParser().parseResource(Questionnaire.class, get("/fhir/Questionnaire/crampwise").body());
    }

    HttpResponse<String> assess(String body, String accept) throws IOException, InterruptedException {
        return post("/fhir/QuestionnaireResponse/$assess", FHIR_JSON, accept, body);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    /**
     * Vignette P07 as evidence: read from shared/vignettes when it is there, else the same case
     * written here (a 64-year-old man, a painful firm groin lump with vomiting, no other safety sign).
     */
    static String p07EvidenceJson() throws IOException {
        Path file = Path.of("..", "..", "shared", "vignettes", "P07.json");
        if (Files.isRegularFile(file)) {
            // Without the findings this knowledge base does not have (yet): the vignettes may be ahead of it.
            com.fasterxml.jackson.databind.node.ObjectNode e = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(evidenceOf(Files.readAllBytes(file)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) e.path("findings")).retain(
                    KB.findings().stream().map(Finding::id).toList());
            return e.toString();
        }
        StringBuilder sb = new StringBuilder("{\"findings\":{\"age_years\":64,\"sex\":\"male\",\"location\":\"groin\","
                + "\"side\":\"right\",\"groin_lump\":true,\"groin_lump_firm_tender_or_painful\":true,\"vomiting\":true,"
                + "\"pain_score\":8");
        for (String no : List.of("one_leg_swollen", "both_legs_swollen", "leg_skin_warm", "leg_skin_red_or_darker",
                "veins_hard_or_sore", "breathless", "chest_or_upper_back_pain", "coughing_blood",
                "fast_heartbeat_or_fainting", "leg_cold_pale_or_blue", "cannot_move_leg", "numbness_or_tingling",
                "groin_lump_goes_back_in", "cannot_poo_or_pass_wind", "fever_or_shivery", "injury_felt_pull_or_pop",
                "heard_crack_or_leg_misshapen", "cannot_bear_weight", "pain_walking_relieved_by_rest",
                "constant_pain_even_at_rest", "foot_sores_not_healing", "muscle_weakness_or_shrinking",
                "wound_tetanus_risk")) {
            sb.append(",\"").append(no).append("\":false");
        }
        return sb.append("}}").toString();
    }

    /** The "evidence" object of a vignette file, as evidence JSON. */
    private static String evidenceOf(byte[] vignette) throws IOException {
        JsonFactory json = new JsonFactory();
        try (JsonParser p = json.createParser(vignette)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("evidence")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (JsonGenerator g = json.createGenerator(out)) {
                        g.copyCurrentStructure(p);
                    }
                    return out.toString(StandardCharsets.UTF_8);
                }
                p.skipChildren();
            }
        }
        throw new IOException("no evidence in the vignette");
    }

    /**
     * A vignette's evidence without the findings this knowledge base does not have (yet): the
     * vignettes may be ahead of the knowledge base while findings are being added.
     */
    static Evidence knownEvidence(com.fasterxml.jackson.databind.JsonNode vignetteEvidence) throws InvalidEvidenceException {
        com.fasterxml.jackson.databind.node.ObjectNode copy = vignetteEvidence.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("findings")).retain(
                KB.findings().stream().map(Finding::id).toList());
        return evidence(copy.toString());
    }

    static Evidence evidence(String json) throws InvalidEvidenceException {
        return new EvidenceJson(KB).read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers the Questionnaire as a FHIR client would: the items it shows (enableWhen), in its
     * groups, with the answer types it declares. Fails if the evidence answers a hidden item.
     */
    static QuestionnaireResponse answer(Questionnaire q, Evidence e) {
        return answer(q, e, false);
    }

    /** Like {@link #answer}, but an answer to an item the Questionnaire hides is left out, as a form would. */
    static QuestionnaireResponse answerShown(Questionnaire q, Evidence e) {
        return answer(q, e, true);
    }

    private static QuestionnaireResponse answer(Questionnaire q, Evidence e, boolean leaveOutHidden) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setQuestionnaire(q.getUrl() + "|" + q.getVersion());
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        answer(q.getItem(), e, qr.getItem(), leaveOutHidden);
        return qr;
    }

    private static void answer(List<QuestionnaireItemComponent> items, Evidence e,
                               List<QuestionnaireResponseItemComponent> out, boolean leaveOutHidden) {
        for (QuestionnaireItemComponent item : items) {
            if (item.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
                QuestionnaireResponseItemComponent g = new QuestionnaireResponseItemComponent().setLinkId(item.getLinkId());
                answer(item.getItem(), e, g.getItem(), leaveOutHidden);
                if (!g.getItem().isEmpty()) {
                    out.add(g);
                }
                continue;
            }
            Finding f = KB.finding(item.getLinkId());
            if (f == null || !e.isKnown(f)) {
                continue;
            }
            if (!enabled(item, e)) {
                if (leaveOutHidden) {
                    continue;
                }
                throw new AssertionError(item.getLinkId() + " is answered but the Questionnaire hides it");
            }
            double v = e.value(f.index());
            QuestionnaireResponseItemComponent a = new QuestionnaireResponseItemComponent().setLinkId(f.id());
            switch (item.getType()) {
                case BOOLEAN: a.addAnswer().setValue(new BooleanType(v != 0)); break;
                case INTEGER: a.addAnswer().setValue(new IntegerType((int) v)); break;
                case DECIMAL: a.addAnswer().setValue(new DecimalType(v)); break;
                case CHOICE:
                    Coding c = item.getAnswerOption().get((int) v).getValueCoding();
                    a.addAnswer().setValue(c.copy());
                    break;
                default: throw new AssertionError("unexpected item type " + item.getType());
            }
            out.add(a);
        }
    }

    /** FHIR R4's enableWhen, evaluated over evidence (an unknown finding is an unanswered question). */
    static boolean enabled(QuestionnaireItemComponent item, Evidence e) {
        if (!item.hasEnableWhen()) {
            return true;
        }
        boolean any = item.getEnableBehavior() == Questionnaire.EnableWhenBehavior.ANY;
        for (QuestionnaireItemEnableWhenComponent w : item.getEnableWhen()) {
            boolean t = holds(w, e);
            if (any && t) {
                return true;
            }
            if (!any && !t) {
                return false;
            }
        }
        return !any;
    }

    static boolean holds(QuestionnaireItemEnableWhenComponent w, Evidence e) {
        Finding f = KB.finding(w.getQuestion());
        double v = e.value(f.index());
        boolean known = !Double.isNaN(v);
        switch (w.getOperator()) {
            case EXISTS: return known == w.getAnswerBooleanType().booleanValue();
            case NOT_EQUAL: return !known || compare(f, v, w) != 0;
            case EQUAL: return known && compare(f, v, w) == 0;
            case GREATER_THAN: return known && compare(f, v, w) > 0;
            case GREATER_OR_EQUAL: return known && compare(f, v, w) >= 0;
            case LESS_THAN: return known && compare(f, v, w) < 0;
            case LESS_OR_EQUAL: return known && compare(f, v, w) <= 0;
            default: throw new AssertionError(w.getOperator());
        }
    }

    private static int compare(Finding f, double v, QuestionnaireItemEnableWhenComponent w) {
        if (w.getAnswer() instanceof BooleanType b) {
            return (v != 0) == b.booleanValue() ? 0 : 1;
        }
        if (w.getAnswer() instanceof Coding c) {
            return f.options().get((int) v).value().equals(c.getCode()) ? 0 : 1;
        }
        double k = w.getAnswer() instanceof IntegerType i ? i.getValue() : ((DecimalType) w.getAnswer()).getValueAsNumber().doubleValue();
        return Double.compare(v, k);
    }
}
