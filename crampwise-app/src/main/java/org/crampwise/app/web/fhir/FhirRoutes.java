package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.util.Date;
import java.util.Map;
import org.crampwise.app.web.Etags;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.TriageRecorder;
import org.crampwise.app.web.api.JsonBody;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.interview.Interview;
import org.crampwise.kb.KnowledgeBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * FHIR R4 under {@code /fhir/}: the interview as a Questionnaire, {@code $assess} of a response to
 * it, SDC's adaptive {@code $next-question}, and the CapabilityStatement. JSON, or XML when asked
 * ({@link FhirFormat}); bodies may be either. Stateless like the API. Errors are OperationOutcomes
 * ({@link OperationOutcomes}, used by the server's error mapping).
 */
public final class FhirRoutes {
    private final Engine engine;
    private final ResponseReader reader;
    private final AssessmentBundle bundles;
    private final AdaptiveForm adaptive;
    private final Map<String, Document> documents;
    private final TriageRecorder triage;

    /** A resource that never changes while the server runs, encoded once in each format. */
    private record Document(byte[] json, byte[] xml, String jsonEtag, String xmlEtag) {
        static Document of(KnowledgeBase kb, IBaseResource r) {
            byte[] json = Fhir.encode(r);
            byte[] xml = Fhir.encodeXml(r);
            return new Document(json, xml, Etags.of(kb, json), Etags.of(kb, xml));
        }
    }

    public FhirRoutes(KnowledgeBase kb, Engine engine, String appVersion, TriageRecorder triage) {
        this.engine = engine;
        this.triage = triage;
        this.reader = new ResponseReader(kb);
        this.bundles = new AssessmentBundle(kb);
        this.adaptive = new AdaptiveForm(kb, new Interview(engine), reader);
        // The knowledge base never changes while the server runs: encode its documents once. This
        // also makes the one FhirContext (Fhir.context()) now rather than on the first request.
        this.documents = Map.of(
                "Questionnaire/" + Fhir.QUESTIONNAIRE_ID, Document.of(kb, new QuestionnaireBuilder(kb).build()),
                "metadata", Document.of(kb, Capability.statement(appVersion, kb.version(), new Date())),
                "OperationDefinition/QuestionnaireResponse-assess", Document.of(kb, Capability.assess()),
                "OperationDefinition/Questionnaire-next-question", Document.of(kb, Capability.nextQuestion()));
    }

    public void routes(JavalinDefaultRoutingApi r) {
        r.get("/fhir/metadata", ctx -> document(ctx, "metadata"));
        r.get("/fhir/Questionnaire/{id}", ctx -> {
            if (!ctx.pathParam("id").equals(Fhir.QUESTIONNAIRE_ID)) {
                throw new HttpError.NotFound("Questionnaire/" + ctx.pathParam("id") + " is not known; there is only "
                        + "Questionnaire/" + Fhir.QUESTIONNAIRE_ID);
            }
            document(ctx, "Questionnaire/" + Fhir.QUESTIONNAIRE_ID);
        });
        r.get("/fhir/OperationDefinition/{id}", ctx -> {
            String name = "OperationDefinition/" + ctx.pathParam("id");
            if (!documents.containsKey(name)) {
                throw new HttpError.NotFound(name + " is not known");
            }
            document(ctx, name);
        });
        r.post("/fhir/QuestionnaireResponse/$assess", this::assess);
        r.post("/fhir/Questionnaire/$next-question", this::nextQuestion);
    }

    private void assess(Context ctx) {
        QuestionnaireResponse qr = reader.parse(body(ctx), isXml(ctx));
        Assessment a = engine.assess(reader.read(qr));
        triage.given(TriageRecorder.Channel.FHIR, a.triage().level());
        FhirFormat format = FhirFormat.orPlain(ctx);
        if (format == FhirFormat.PLAIN_JSON) {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(format.mediaType());
            ctx.result(AssessmentJson.write(a, false));
        } else {
            send(ctx, bundles.of(a, qr, now()));
        }
    }

    private void nextQuestion(Context ctx) {
        IBaseResource posted = ResponseReader.parseAny(body(ctx), isXml(ctx),
                "a QuestionnaireResponse (or a Parameters with one)");
        AdaptiveForm.Next next = adaptive.next(AdaptiveForm.unwrap(posted), now());
        if (next.step().shouldStop()) { // the interview ends here, as on the API
            triage.given(TriageRecorder.Channel.FHIR, next.step().assessment().triage().level());
        }
        send(ctx, next.response());
    }

    /** Now, to the second (FHIR instants need no more, and the same request stays the same within it). */
    private static Date now() {
        return new Date(System.currentTimeMillis() / 1000 * 1000);
    }

    private static byte[] body(Context ctx) {
        return JsonBody.read(ctx, Fhir.CONTENT_TYPE, "application/json", Fhir.XML_CONTENT_TYPE, "application/xml");
    }

    private static boolean isXml(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("xml");
    }

    private void document(Context ctx, String name) {
        Document d = documents.get(name);
        FhirFormat format = FhirFormat.of(ctx);
        byte[] body = format == FhirFormat.XML ? d.xml() : d.json();
        // Tagged (a tag per format): a client asks before using its copy, and gets a 304 when it is current.
        String etag = format == FhirFormat.XML ? d.xmlEtag() : d.jsonEtag();
        if (Etags.notModified(ctx, etag)) {
            return;
        }
        send(ctx, format, body);
        ctx.header("Cache-Control", "no-cache");
    }

    /** A resource made for this request, in the format asked for. */
    static void send(Context ctx, IBaseResource resource) {
        FhirFormat format = FhirFormat.of(ctx);
        send(ctx, format, format == FhirFormat.XML ? Fhir.encodeXml(resource) : Fhir.encode(resource));
    }

    private static void send(Context ctx, FhirFormat format, byte[] body) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(format.mediaType());
        ctx.result(body);
    }
}
