package org.crampwise.app.web.api;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.Etags;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.TriageRecorder;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Step;
import org.crampwise.kb.KnowledgeBase;

/**
 * The JSON API, version 1. Stateless: every request carries the evidence, so any server answers
 * any request and no client needs a session.
 */
public final class ApiRoutes {
    static final String JSON = "application/json";

    private final Engine engine;
    private final Interview interview;
    private final EvidenceJson evidenceJson;
    private final byte[] findings;
    private final byte[] causes;
    private final byte[] advice;
    private final byte[] sources;
    private final byte[] version;
    private final ApiDocs docs;
    private final TriageRecorder triage;
    private final KnowledgeBase kb;

    public ApiRoutes(KnowledgeBase kb, Engine engine, String appVersion, TriageRecorder triage) {
        this.kb = kb;
        this.engine = engine;
        this.triage = triage;
        this.interview = new Interview(engine);
        this.evidenceJson = new EvidenceJson(kb);
        // The knowledge base never changes while the server runs: write its documents once.
        this.findings = ApiJson.bytes(g -> ApiJson.findings(g, kb));
        this.causes = ApiJson.bytes(g -> ApiJson.causes(g, kb));
        this.advice = ApiJson.bytes(g -> ApiJson.advice(g, kb));
        this.sources = ApiJson.bytes(g -> ApiJson.sources(g, kb));
        this.version = ApiJson.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("version", appVersion);
            g.writeObjectFieldStart("knowledgeBase");
            g.writeStringField("version", kb.version());
            g.writeEndObject();
            g.writeEndObject();
        });
        this.docs = new ApiDocs(kb, appVersion);
    }

    public void routes(JavalinDefaultRoutingApi r) {
        r.get("/health", ctx -> ctx.contentType(JSON).result("{\"status\":\"ok\"}"));
        r.post("/api/v1/assessments", ctx -> {
            var assessment = engine.assess(evidence(ctx));
            triage.given(TriageRecorder.Channel.API, assessment.triage().level());
            // Machines on the API rarely ask for gzip; skipping Javalin's per-response check of
            // the content type against its list saves a measurable share of each request.
            ctx.disableCompression();
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(JSON);
            AssessmentJson.write(assessment, false, ctx.outputStream()); // streamed: no copy of the body
        });
        r.post("/api/v1/interview/next", ctx -> {
            Evidence e = evidence(ctx);
            Step step = interview.next(e);
            if (step.shouldStop()) { // the interview ends here: its assessment is the one given
                triage.given(TriageRecorder.Channel.API, step.assessment().triage().level());
            }
            send(ctx, ApiJson.bytes(g -> ApiJson.step(g, step)));
        });
        // The knowledge base's lists change only with a release: tagged, so a client asks before using its copy.
        for (Map.Entry<String, byte[]> list : Map.of("findings", findings, "causes", causes, "advice", advice,
                "sources", sources).entrySet()) {
            String etag = Etags.of(kb, list.getValue());
            r.get("/api/v1/" + list.getKey(), ctx -> {
                ctx.disableCompression();
                Etags.send(ctx, JSON, list.getValue(), etag);
            });
        }
        r.get("/api/v1/version", ctx -> send(ctx, version));
        docs.routes(r); // GET /openapi.json and /api-docs
    }

    /** The request's evidence; invalid evidence is a 400 naming the field, as on the command line. */
    Evidence evidence(Context ctx) {
        byte[] body = JsonBody.read(ctx, JSON);
        try {
            return evidenceJson.read(body);
        } catch (InvalidEvidenceException e) {
            throw new HttpError.BadRequest(e.getMessage(),
                    List.of(new HttpError.FieldProblem(e.field(), e.reason())));
        }
    }

    private static void send(Context ctx, byte[] json) {
        ctx.disableCompression();
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(JSON);
        ctx.result(json);
    }
}
