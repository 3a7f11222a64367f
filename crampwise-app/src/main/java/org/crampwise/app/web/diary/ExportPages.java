package org.crampwise.app.web.diary;

import io.javalin.config.RoutesConfig;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.app.web.account.SignedIn;

/** /diary/export: the whole diary as a file to download, as CSV, JSON or FHIR. */
public final class ExportPages {
    private final DiaryExport export;
    private final SignedIn signedIn;
    private final Views views;
    private final PageContexts pages;

    public ExportPages(DiaryExport export, SignedIn signedIn, Views views, PageContexts pages) {
        this.export = export;
        this.signedIn = signedIn;
        this.views = views;
        this.pages = pages;
    }

    public void routes(RoutesConfig r) {
        r.get("/diary/export", ctx -> {
            signedIn.require(ctx);
            views.page(ctx, "diary/export.jte", Map.of("page", pages.of(ctx)));
        });
        r.get("/diary/export/{format}", ctx -> {
            long account = signedIn.require(ctx);
            DiaryExport.Format format = DiaryExport.Format.of(ctx.pathParam("format"));
            if (format == null) {
                throw new HttpError.NotFound("no such format");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.write(account, format, out);
            // Health data: kept by no cache, and saved as a file rather than shown.
            ctx.header("Cache-Control", "no-store");
            ctx.header("Content-Disposition", "attachment; filename=\"crampwise-diary." + format.extension() + "\"");
            ctx.contentType(format.mediaType());
            ctx.result(out.toByteArray());
        });
    }
}
