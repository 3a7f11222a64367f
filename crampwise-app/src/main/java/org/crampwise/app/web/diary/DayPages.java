package org.crampwise.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Map;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.FormErrors;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.app.web.account.SignedIn;

/** The log of one day (fluids, exercise, sitting, alcohol ...): one form per date, to fill in or change. */
public final class DayPages {
    private final Diary diary;
    private final SignedIn signedIn;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;

    public DayPages(Diary diary, SignedIn signedIn, Views views, PageContexts pages, Csrf csrf) {
        this.diary = diary;
        this.signedIn = signedIn;
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void routes(RoutesConfig r) {
        r.get("/diary/days/{date}", ctx -> {
            long account = signedIn.require(ctx);
            LocalDate date = date(ctx);
            DayLog day = diary.day(account, date).orElse(DayLog.empty(date));
            show(ctx, date, DayForm.of(day), new FormErrors(), HttpStatus.OK);
        });
        r.post("/diary/days/{date}", ctx -> {
            csrf.check(ctx);
            long account = signedIn.require(ctx);
            LocalDate date = date(ctx);
            DayForm form = DayForm.read(ctx::formParam);
            FormErrors errors = new FormErrors();
            DayLog day = form.day(date, pages.messages(ctx), errors);
            if (day == null) {
                show(ctx, date, form, errors, HttpStatus.BAD_REQUEST);
                return;
            }
            // Sent again (offline queue, Back and send): stored once, and never over a later change.
            var key = FormKeys.read(ctx);
            FormKeys.once(() -> diary.putDay(account, day, key));
            ctx.redirect("/diary", HttpStatus.SEE_OTHER);
        });
    }

    private void show(Context ctx, LocalDate date, DayForm form, FormErrors errors, HttpStatus status) {
        ctx.status(status);
        views.page(ctx, "diary/day.jte", Map.of("page", pages.of(ctx), "date", date.toString(),
                "label", pages.messages(ctx).dates("date.day").format(date), "v", form, "errors", errors,
                "requestKey", errors.any() ? FormKeys.echo(ctx) : FormKeys.fresh()));
    }

    private static LocalDate date(Context ctx) {
        LocalDate d = Numbers.date(ctx.pathParam("date"));
        if (d == null) {
            throw new HttpError.NotFound("no such day");
        }
        return d;
    }
}
