package org.crampwise.app.server;

import org.crampwise.app.web.ClientFaults;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.Places;
import org.crampwise.kb.Audience;
import java.util.Locale;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Problems;
import org.crampwise.app.web.Redacted;
import org.crampwise.app.web.SecurityHeaders;
import org.crampwise.app.web.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.crampwise.app.storage.DatabaseBusyException;
import org.crampwise.app.web.fhir.OperationOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every error a person can meet, mapped to a page in one place. Nothing about them is logged. */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Views views;
    private final PageContexts pages;
    /** The language the server's own messages (a problem's detail) are written in: the knowledge base's source. */
    private final Locale source;

    ErrorPages(Views views, PageContexts pages, Locale source) {
        this.views = views;
        this.pages = pages;
        this.source = source;
    }

    void routes(RoutesConfig r) {
        r.exception(HttpError.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            show(ctx, e.status(), e.titleKey(), e.getMessage(), e.fieldProblems());
        });
        r.exception(org.crampwise.app.input.Invalid.class, (e, ctx) -> {
            HttpError bad = HttpError.BadRequest.of(e); // checked input (a body's fields): a 400 naming each
            show(ctx, bad.status(), bad.titleKey(), bad.getMessage(), bad.fieldProblems());
        });
        r.exception(DatabaseBusyException.class, (e, ctx) -> {
            // A passing condition (the database did not serve in time): "try again", not a fault.
            LOG.warn("database busy on {} {}", ctx.method(), ctx.endpoints().matchedHttpEndpoint() == null
                    ? "(unmatched)" : ctx.endpoints().matchedHttpEndpoint().path);
            HttpError busy = new HttpError.ServiceUnavailable("the database is busy; try again shortly");
            busy.headers().forEach(ctx::header);
            show(ctx, busy.status(), busy.titleKey(), busy.getMessage(), busy.fieldProblems());
        });
        r.exception(Exception.class, (e, ctx) -> {
            int fault = ClientFaults.status(e);
            if (fault != 0) {
                show(ctx, fault, fault == 413 ? "error.payloadTooLarge" : "error.badRequest",
                        "the request's body could not be read", java.util.List.of());
                return;
            }
            // The route template, not the path (it may hold an id), and the exception without its
            // messages (they may quote the request); the request id in the line finds the rest.
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            LOG.error("unexpected error on {} {}", ctx.method(), endpoint == null ? "(unmatched)" : endpoint.path,
                    Redacted.of(e));
            show(ctx, 500, "error.server");
        });
        r.error(404, ctx -> {
            // Our own 404s (a missing page, problem or outcome) are already written. An address no
            // route matches gets Javalin's "Endpoint GET /x not found" in whatever type the Accept
            // header asked for (HTML, JSON or text): it is replaced by the right kind of answer.
            String type = ctx.res().getContentType();
            if (ctx.endpoints().matchedHttpEndpoint() == null || type == null || type.startsWith("text/plain")) {
                ctx.res().setCharacterEncoding(null); // Javalin's JSON set one; a problem document names none
                show(ctx, 404, "error.notFound");
            }
        });
        r.error(405, ctx -> show(ctx, 405, "error.methodNotAllowed"));
    }

    private void show(Context ctx, int status, String titleKey) {
        show(ctx, status, titleKey, pages.messages(audience(ctx)).get(titleKey + ".body"), java.util.List.of());
    }

    private void show(Context ctx, int status, String titleKey, String detail,
                      java.util.List<HttpError.FieldProblem> fields) {
        SecurityHeaders.apply(ctx);
        boolean fhir = OperationOutcomes.isFhir(ctx.path());
        if (fhir || isApi(ctx.path()) || wantsProblem(ctx)) {
            Audience a = audience(ctx);
            Messages words = pages.messages(a);
            String title = words.get("problem." + status);
            String said = said(a, words, status, detail, fields);
            if (fhir) {
                OperationOutcomes.send(ctx, status, title, said, fields);
            } else {
                Problems.send(ctx, status, Problems.STATUS_ONLY, title, said, fields);
            }
            return;
        }
        ctx.status(status);
        views.page(ctx, "error.jte", Map.of("page", pages.of(ctx), "titleKey", titleKey, "status", status));
    }

    /**
     * The request's audience. A request refused for its own {@code region} or {@code lang} is
     * answered in the default's, which {@link Places#of} keeps on it before refusing.
     */
    private Audience audience(Context ctx) {
        try {
            return pages.places().of(ctx);
        } catch (HttpError refused) {
            return pages.places().of(ctx);
        }
    }

    /**
     * A problem's detail in the person's language: the server's own message in the language it is
     * written in (the command line's very words for invalid evidence); in another, the bundle's
     * sentence for the fields at fault, or for the status. The fields' own reasons stay in
     * {@code errors}, exact, for programs.
     */
    private String said(Audience a, Messages words, int status, String detail,
                        java.util.List<HttpError.FieldProblem> fields) {
        if (a.language().getLanguage().equals(source.getLanguage())) {
            return detail;
        }
        if (fields.isEmpty()) {
            return words.get("problem.detail." + status);
        }
        return words.get("problem.detail.fields",
                String.join(", ", fields.stream().map(HttpError.FieldProblem::field).distinct().toList()));
    }

    /** Machines get problem documents; people get pages. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/health") || path.equals("/ready") || path.equals("/metrics")
                || path.equals("/openapi.json");
    }

    /** A client of the pages that asks for problem documents (a script, the fuzz test) gets them too. */
    static boolean wantsProblem(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains(Problems.CONTENT_TYPE);
    }
}
