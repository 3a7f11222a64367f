package org.crampwise.app.web.summary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.diary.ShareLinks;
import org.crampwise.app.diary.SummaryPeriod;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.Problems;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.app.web.account.SignedIn;
import org.crampwise.app.web.diary.DiaryPages;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.diary.Summary;

/**
 * /diary/summary (the page, to print), /diary/summary.pdf, and sharing it: a link that shows only
 * that summary, read-only, at /shared/summary/{token}, until it expires or is revoked. An ended or
 * wrong token is the same "not found".
 */
public final class SummaryPages {
    private final DiarySummaries summaries;
    private final ShareLinks links;
    private final SignedIn signedIn;
    private final DiaryPages diaryPages;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;
    private final Clock clock;

    public SummaryPages(DiarySummaries summaries, ShareLinks links, SignedIn signedIn,
                        DiaryPages diaryPages, Views views, PageContexts pages, Csrf csrf, Clock clock) {
        this.summaries = summaries;
        this.links = links;
        this.signedIn = signedIn;
        this.diaryPages = diaryPages;
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
        this.clock = clock;
    }

    /** A shared link as its owner sees it. */
    public record LinkRow(long id, String period, String until, String state, boolean active) {
    }

    public record View(SummaryDoc doc, String from, String to, String error, String newLink, List<LinkRow> links) {
    }

    public void routes(RoutesConfig r) {
        r.get("/diary/summary", ctx -> show(ctx, null));
        r.get("/diary/summary.pdf", this::pdf);
        r.post("/diary/summary/share", this::share);
        // The page shown after sharing is at this address; a GET (the language or region link) finds the summary.
        r.get("/diary/summary/share", ctx -> ctx.redirect("/diary/summary", HttpStatus.SEE_OTHER));
        r.post("/diary/summary/share/{id}/revoke", this::revoke);
        r.get("/shared/summary/{token}", this::shared);
    }

    private void show(Context ctx, String newLink) {
        long account = signedIn.require(ctx);
        ZoneId zone = diaryPages.now(account).getZone();
        LocalDate today = summaries.today(zone);
        Summary.Period period;
        String error = null;
        try {
            period = SummaryPeriod.of(ctx.queryParam("from"), ctx.queryParam("to"), today);
        } catch (SummaryPeriod.Invalid e) {
            String accept = ctx.header("Accept");
            if (accept != null && accept.contains(Problems.CONTENT_TYPE)) {
                throw badRequest(e); // a client of the pages that asks for problem documents
            }
            period = Summary.Period.endingOn(today);
            error = pages.messages(ctx).get("summary.badPeriod");
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        page(ctx, account, period, error, newLink);
    }

    private void page(Context ctx, long account, Summary.Period period, String error, String newLink) {
        SummaryDoc doc = doc(ctx, account, period);
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.of(ctx));
        params.put("view", new View(doc, period.from().toString(), period.to().toString(), error, newLink,
                rows(ctx, account)));
        views.page(ctx, "summary/summary.jte", params);
    }

    private void pdf(Context ctx) {
        long account = signedIn.require(ctx);
        LocalDate today = summaries.today(diaryPages.now(account).getZone());
        Summary.Period period;
        try {
            period = SummaryPeriod.of(ctx.queryParam("from"), ctx.queryParam("to"), today);
        } catch (SummaryPeriod.Invalid e) {
            throw badRequest(e);
        }
        byte[] pdf = SummaryPdf.bytes(doc(ctx, account, period), pages.messages(ctx).language());
        send(ctx, pdf, period);
    }

    /** A 400 naming the field at fault. */
    public static HttpError.BadRequest badRequest(SummaryPeriod.Invalid e) {
        return new HttpError.BadRequest(e.getMessage(), List.of(new HttpError.FieldProblem(e.field(), e.getMessage())));
    }

    /** A PDF to keep: no cache holds it, and it is saved under a name with its period. */
    static void send(Context ctx, byte[] pdf, Summary.Period period) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"crampwise-summary-" + period.from() + "-to-"
                + period.to() + ".pdf\"");
        ctx.contentType("application/pdf");
        ctx.result(pdf);
    }

    private void share(Context ctx) {
        csrf.check(ctx);
        long account = signedIn.require(ctx);
        LocalDate today = summaries.today(diaryPages.now(account).getZone());
        Summary.Period period;
        try {
            period = SummaryPeriod.of(ctx.formParam("from"), ctx.formParam("to"), today);
        } catch (SummaryPeriod.Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            page(ctx, account, Summary.Period.endingOn(today), pages.messages(ctx).get("summary.badPeriod"), null);
            return;
        }
        int days = days(ctx.formParam("days"));
        if (days < 1) {
            ctx.status(HttpStatus.BAD_REQUEST);
            page(ctx, account, period, pages.messages(ctx).get("summary.share.badDays"), null);
            return;
        }
        ShareLinks.Created made = links.create(account, period, days);
        page(ctx, account, period, null, ctx.scheme() + "://" + ctx.host() + "/shared/summary/" + made.token());
    }

    private static int days(String text) {
        try {
            int d = Integer.parseInt(text == null ? "" : text.strip());
            return d >= 1 && d <= ShareLinks.MAX_DAYS ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void revoke(Context ctx) {
        csrf.check(ctx);
        long account = signedIn.require(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new HttpError.NotFound("no such link");
        }
        if (!links.revoke(account, id)) {
            throw new HttpError.NotFound("no such link");
        }
        ctx.redirect("/diary/summary#share-list", HttpStatus.SEE_OTHER);
    }

    /** What whoever holds the link sees: the summary only, no diary, no forms. */
    private void shared(Context ctx) {
        ShareLinks.Shared s = links.open(ctx.pathParam("token"))
                .orElseThrow(() -> new HttpError.NotFound("no such summary"));
        // In the words of whoever opens the link (their language), not the diary's keeper.
        SummaryDoc doc = doc(ctx, s.accountId(), s.period());
        Messages messages = pages.messages(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        views.page(ctx, "summary/shared.jte", Map.of("page", pages.of(ctx), "doc", doc,
                "note", messages.get("summary.shared.note",
                        messages.dates("date.utc").format(s.expires().atZone(ZoneOffset.UTC)))));
    }

    /** The summary in the words (language and region) of the request. */
    private SummaryDoc doc(Context ctx, long account, Summary.Period period) {
        Messages messages = pages.messages(ctx);
        return SummaryDoc.of(summaries.summary(account, period, pages.engine(ctx)), madeOn(), messages,
                new PlainWords(pages.kb(ctx).diary(), messages));
    }

    private List<LinkRow> rows(Context ctx, long account) {
        Messages messages = pages.messages(ctx);
        DateTimeFormatter day = messages.dates("date.short");
        DateTimeFormatter when = messages.dates("date.utc");
        var now = clock.instant();
        return links.list(account).stream().map(l -> new LinkRow(l.id(),
                messages.get("summary.share.period", day.format(l.period().from()), day.format(l.period().to())),
                when.format(l.expires().atZone(ZoneOffset.UTC)),
                messages.get(l.revoked() != null ? "summary.share.revoked"
                        : l.activeAt(now) ? "summary.share.active" : "summary.share.expired"),
                l.activeAt(now))).toList();
    }

    private LocalDate madeOn() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
