package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Date;
import java.util.Locale;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.TriageRecorder;
import org.crampwise.app.web.api.JsonBody;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * FHIR R4 (JSON) under {@code /fhir/}: the interview as a Questionnaire, {@code $assess} of a
 * response to it, and the CapabilityStatement. Stateless like the API. Errors are
 * OperationOutcomes ({@link OperationOutcomes}, used by the server's error mapping).
 */
public final class FhirRoutes {
    private static final String JSON = "application/json";

    private final Engine engine;
    private final ResponseReader reader;
    private final AssessmentBundle bundles;
    private final byte[] questionnaire;
    private final byte[] metadata;
    private final byte[] assessDefinition;
    private final TriageRecorder triage;

    public FhirRoutes(KnowledgeBase kb, Engine engine, String appVersion, TriageRecorder triage) {
        this.engine = engine;
        this.triage = triage;
        this.reader = new ResponseReader(kb);
        this.bundles = new AssessmentBundle(kb);
        // The knowledge base never changes while the server runs: encode its documents once. This
        // also makes the one FhirContext (Fhir.context()) now rather than on the first request.
        this.questionnaire = Fhir.encode(new QuestionnaireBuilder(kb).build());
        this.metadata = Fhir.encode(Capability.statement(appVersion, kb.version(), new Date()));
        this.assessDefinition = Fhir.encode(Capability.assess());
    }

    public void routes(RoutesConfig r) {
        r.get("/fhir/metadata", ctx -> fhir(ctx, metadata));
        r.get("/fhir/Questionnaire/{id}", ctx -> {
            if (!ctx.pathParam("id").equals(Fhir.QUESTIONNAIRE_ID)) {
                throw new HttpError.NotFound("Questionnaire/" + ctx.pathParam("id") + " is not known; there is only "
                        + "Questionnaire/" + Fhir.QUESTIONNAIRE_ID);
            }
            fhir(ctx, questionnaire);
        });
        r.get("/fhir/OperationDefinition/{id}", ctx -> {
            if (!ctx.pathParam("id").equals("QuestionnaireResponse-assess")) {
                throw new HttpError.NotFound("OperationDefinition/" + ctx.pathParam("id") + " is not known");
            }
            fhir(ctx, assessDefinition);
        });
        r.post("/fhir/QuestionnaireResponse/$assess", this::assess);
    }

    private void assess(Context ctx) {
        QuestionnaireResponse qr = reader.parse(JsonBody.read(ctx, Fhir.CONTENT_TYPE, "application/json"));
        Assessment a = engine.assess(reader.read(qr));
        triage.given(TriageRecorder.Channel.FHIR, a.triage().level());
        if (wantsFhir(ctx)) {
            fhir(ctx, Fhir.encode(bundles.of(a, qr.getSubject())));
        } else {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(JSON);
            ctx.result(AssessmentJson.write(a, false));
        }
    }

    /** FHIR's {@code _format} parameter, else the Accept header, asks for FHIR JSON rather than the assessment JSON. */
    static boolean wantsFhir(Context ctx) {
        String format = ctx.queryParam("_format");
        if (format != null) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            return f.equals("json") || f.equals(Fhir.CONTENT_TYPE) || f.equals("application/json+fhir");
        }
        String accept = ctx.header("Accept");
        if (accept == null) {
            return false;
        }
        double fhirQ = 0;
        double jsonQ = 0;
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String type = params[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals(Fhir.CONTENT_TYPE) || type.equals("application/json+fhir")) {
                fhirQ = Math.max(fhirQ, quality(params));
            } else if (type.equals(JSON)) {
                jsonQ = Math.max(jsonQ, quality(params));
            }
        }
        // Named at all (and not refused with q=0), FHIR wins a tie with plain JSON.
        return fhirQ > 0 && fhirQ >= jsonQ;
    }

    /** The q of a media range: 1 unless given; 0 when it cannot be read. */
    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static void fhir(Context ctx, byte[] body) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Fhir.CONTENT_TYPE);
        ctx.result(body);
    }
}
