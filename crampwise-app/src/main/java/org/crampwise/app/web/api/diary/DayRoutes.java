package org.crampwise.app.web.api.diary;

import org.crampwise.app.diary.DayChecks;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampwise.app.diary.io.DiaryRecordJson;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiaryPaging;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.api.JsonBody;

/**
 * The day logs of the signed-in account, by the person's own local date. A date that is not a
 * date is a 400 naming "date"; a real date with nothing noted is a 404.
 */
final class DayRoutes {
    static final String PATH = "/api/v1/diary/days";

    private final Diary diary;
    private final BearerAuth auth;
    private final Clock clock;
    private final DiaryPaging pages;
    private final Paging paging;

    DayRoutes(Diary diary, BearerAuth auth, Paging paging, Clock clock) {
        this.diary = diary;
        this.pages = new DiaryPaging(diary);
        this.paging = paging;
        this.auth = auth;
        this.clock = clock;
    }

    void routes(RoutesConfig r) {
        r.get(PATH, this::list);
        r.get(PATH + "/{date}", this::show);
        r.put(PATH + "/{date}", this::put);
    }

    private LocalDate latest() {
        return DayChecks.latest(clock.instant());
    }

    private void put(Context ctx) {
        long account = auth.account(ctx);
        byte[] body = JsonBody.read(ctx, DiaryJson.JSON);
        DayLog day = DayReader.read(DayReader.date(ctx.pathParam("date")), latest(), body);
        var key = Keys.of(ctx);
        if (key.isEmpty()) {
            diary.putDay(account, day);
        } else {
            Keys.markReplayed(ctx, Keys.once(() -> diary.putDay(account, day, key.get())));
        }
        DayLog stored = diary.day(account, day.date()).orElseThrow();
        DiaryJson.send(ctx, 200, g -> DiaryRecordJson.day(g, stored));
    }

    private void show(Context ctx) {
        long account = auth.account(ctx);
        LocalDate date = DayReader.date(ctx.pathParam("date"));
        DayLog day = diary.day(account, date)
                .orElseThrow(() -> new HttpError.NotFound("nothing is noted for that day in your diary"));
        DiaryJson.send(ctx, 200, g -> DiaryRecordJson.day(g, day));
    }

    /**
     * Days from {@code from} to {@code to}, both included, oldest first, a page at a time
     * ({@link Paging}); by default the last 90 days.
     */
    private void list(Context ctx) {
        long account = auth.account(ctx);
        LocalDate to = query(ctx, "to", latest());
        LocalDate from = query(ctx, "from", to.minusDays(Period.DEFAULT_DAYS - 1));
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= Period.MAX_DAYS) {
            throw new HttpError.BadRequest("to must be from 0 to " + Period.MAX_DAYS + " days after from",
                    List.of(new HttpError.FieldProblem("to", "must be on or after from, at most "
                            + Period.MAX_DAYS + " days after it")));
        }
        Paging.Query query = paging.read(ctx, "days");
        Optional<LocalDate> after = query.after().map(DayRoutes::date);
        DiaryPaging.Page<DayLog> page = pages.days(account, from, to, after, query.limit());
        String next = !page.more() ? null : paging.next(ctx, PATH, Map.of("from", from.toString(), "to", to.toString()),
                query.limit(), "days", page.items().get(page.items().size() - 1).date().toString());
        DiaryJson.send(ctx, 200, g -> {
            g.writeStartObject();
            g.writeStringField("from", from.toString());
            g.writeStringField("to", to.toString());
            g.writeArrayFieldStart("days");
            for (DayLog d : page.items()) {
                DiaryRecordJson.day(g, d);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("next", next);
            }
            g.writeEndObject();
        });
    }

    private static LocalDate date(String cursor) {
        try {
            return LocalDate.parse(cursor);
        } catch (java.time.format.DateTimeParseException e) {
            throw Paging.badCursor();
        }
    }

    private static LocalDate query(Context ctx, String name, LocalDate otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return otherwise;
        }
        try {
            return DayReader.date(text);
        } catch (HttpError.BadRequest e) {
            throw new HttpError.BadRequest(name + " must be a date such as 2026-11-26",
                    List.of(new HttpError.FieldProblem(name, "must be a date such as 2026-11-26")));
        }
    }
}
