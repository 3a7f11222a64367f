package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import io.javalin.http.Context;
import java.util.List;
import org.crampwise.app.web.HttpError;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** How the FHIR endpoint says what went wrong: an OperationOutcome, never a page. */
public final class OperationOutcomes {
    private OperationOutcomes() {
    }

    /** Whether a request is for the FHIR endpoint. */
    public static boolean isFhir(String path) {
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    /**
     * Sends an error: one issue per field at fault (its place as expression and location, the
     * reason as diagnostics), or one issue with the detail.
     */
    public static void send(Context ctx, int status, String title, String detail, List<HttpError.FieldProblem> fields) {
        ctx.status(status);
        FhirRoutes.send(ctx, of(status, title, detail, fields)); // in XML when the request asked for XML
    }

    static OperationOutcome of(int status, String title, String detail, List<HttpError.FieldProblem> fields) {
        OperationOutcome oo = new OperationOutcome();
        IssueType code = code(status);
        if (fields.isEmpty()) {
            String text = detail == null || detail.isBlank() ? title : title == null ? detail : title + ": " + detail;
            oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(code).setDiagnostics(text);
        }
        for (HttpError.FieldProblem p : fields) {
            oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(code).setDiagnostics(p.message())
                    .addExpression(p.field()).addLocation(p.field());
        }
        return oo;
    }

    private static IssueType code(int status) {
        switch (status) {
            case 400: return IssueType.INVALID;
            case 403: return IssueType.FORBIDDEN;
            case 404: return IssueType.NOTFOUND;
            case 405: case 406: case 415: return IssueType.NOTSUPPORTED;
            case 413: return IssueType.TOOLONG;
            default: return status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        }
    }
}
