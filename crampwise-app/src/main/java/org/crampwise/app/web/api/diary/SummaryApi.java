package org.crampwise.app.web.api.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.diary.SummaryPeriod;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.app.web.summary.SummaryDoc;
import org.crampwise.app.web.summary.SummaryJson;
import org.crampwise.app.web.summary.SummaryPages;
import org.crampwise.app.web.summary.SummaryPdf;
import org.crampwise.diary.Summary;

/**
 * GET /api/v1/diary/summary?from=&to=&zone=: the one-page summary as JSON, or as the same PDF as
 * the pages with {@code Accept: application/pdf}.
 */
public final class SummaryApi {
    private static final String PDF = "application/pdf";

    private final DiaryWords words;
    private final BearerAuth auth;
    private final Clock clock;

    /** @param words the words of each request's audience (region and language) */
    public SummaryApi(DiaryWords words, Sessions sessions, Clock clock) {
        this.clock = clock;
        this.words = words;
        this.auth = new BearerAuth(sessions);
    }

    public void routes(RoutesConfig r) {
        r.get("/api/v1/diary/summary", this::summary);
    }

    private void summary(Context ctx) {
        long account = auth.account(ctx);
        DiaryWords.Spoken spoken = words.of(ctx);
        DiarySummaries summaries = words.summaries();
        Messages messages = spoken.messages();
        PlainWords plain = spoken.plain();
        LocalDate today = summaries.today(InsightRoutes.zone(ctx.queryParam("zone")));
        Summary.Period period;
        try {
            period = SummaryPeriod.of(ctx.queryParam("from"), ctx.queryParam("to"), today);
        } catch (SummaryPeriod.Invalid e) {
            throw SummaryPages.badRequest(e);
        }
        Summary s = summaries.summary(account, period, spoken.engine());
        if (wantsPdf(ctx.header("Accept"))) {
            byte[] pdf = SummaryPdf.bytes(SummaryDoc.of(s, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    messages, plain), messages.language());
            ctx.status(200);
            ctx.header("Cache-Control", "no-store");
            ctx.header("Content-Disposition", "attachment; filename=\"crampwise-summary.pdf\"");
            ctx.contentType(PDF);
            ctx.result(pdf);
            return;
        }
        ctx.status(200);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(DiaryJson.JSON);
        ctx.result(SummaryJson.bytes(s, plain));
    }

    /** PDF when Accept names it (not refused with q=0) at least as highly as JSON; JSON otherwise. */
    static boolean wantsPdf(String accept) {
        if (accept == null) {
            return false;
        }
        double pdf = 0;
        double json = 0;
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String type = params[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals(PDF)) {
                pdf = Math.max(pdf, q);
            } else if (type.equals(DiaryJson.JSON)) {
                json = Math.max(json, q);
            }
        }
        return pdf > 0 && pdf >= json;
    }
}
