package org.crampwise.app.web.api.diary;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.app.diary.DiaryReport;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.app.web.summary.SummaryJson;
import org.crampwise.diary.Insights;
import org.crampwise.diary.Trigger;

/** What the signed-in person's diary shows (insights, triggers, when to see a doctor), and all of it to take away. */
final class InsightRoutes {
    private final DiaryWords words;
    private final DiaryExport export;
    private final BearerAuth auth;

    InsightRoutes(DiaryWords words, DiaryExport export, BearerAuth auth) {
        this.words = words;
        this.export = export;
        this.auth = auth;
    }

    void routes(RoutesConfig r) {
        r.get("/api/v1/diary/insights", this::insights);
        r.get("/api/v1/diary/export", this::export);
    }

    private void insights(Context ctx) {
        long account = auth.account(ctx);
        DiaryWords.Spoken spoken = words.of(ctx);
        DiaryReport report = words.insights().report(account, zone(ctx.queryParam("zone")), spoken.engine());
        DiaryJson.send(ctx, 200, g -> report(g, report, spoken.plain()));
    }

    /** The whole diary as a download: csv (what `crampwise diary import` reads), json or fhir. */
    private void export(Context ctx) throws IOException {
        long account = auth.account(ctx);
        String name = ctx.queryParam("format");
        DiaryExport.Format format = name == null || name.isEmpty() ? DiaryExport.Format.JSON : DiaryExport.Format.of(name);
        if (format == null) {
            throw new HttpError.BadRequest("format must be csv, json or fhir",
                    List.of(new HttpError.FieldProblem("format", "must be csv, json or fhir")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        export.write(account, format, out);
        ctx.status(200);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"crampwise-diary." + format.extension() + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(out.toByteArray());
    }

    /** The person's time zone, for which day is "today"; UTC when none is given. */
    static ZoneId zone(String text) {
        if (text == null || text.isEmpty()) {
            return ZoneOffset.UTC;
        }
        java.util.Optional<ZoneId> zone = org.crampwise.app.diary.Zones.parse(text);
        if (zone.isPresent()) {
            return zone.get();
        }
        throw new HttpError.BadRequest("zone must be a time-zone id, such as Europe/London",
                List.of(new HttpError.FieldProblem("zone", "must be a time-zone id, such as Europe/London")));
    }

    private static void report(JsonGenerator g, DiaryReport report, PlainWords plain) throws IOException {
        Insights in = report.insights();
        g.writeStartObject();
        g.writeStringField("today", report.today().toString());
        g.writeNumberField("episodes", report.episodes());
        g.writeNumberField("days", report.days());
        g.writeArrayFieldStart("episodesPerWeek");
        for (Insights.WeekCount w : in.episodesPerWeek()) {
            g.writeStartObject();
            g.writeStringField("weekStart", w.weekStart().toString());
            g.writeNumberField("episodes", w.episodes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("trend");
        number(g, "slopePerWeek", in.trend().slopePerWeek());
        g.writeStringField("word", in.trend().word());
        g.writeEndObject();
        g.writeObjectFieldStart("timeOfDay");
        g.writeNumberField("night", in.timeOfDay().night());
        g.writeNumberField("morning", in.timeOfDay().morning());
        g.writeNumberField("afternoon", in.timeOfDay().afternoon());
        g.writeNumberField("evening", in.timeOfDay().evening());
        g.writeEndObject();
        number(g, "shareAtNight", in.shareAtNight());
        number(g, "averageDurationMinutes", in.averageDurationMinutes());
        number(g, "averagePain", in.averagePain());
        g.writeArrayFieldStart("triggers");
        for (DiaryReport.TriggerLine line : report.triggers()) {
            trigger(g, line, plain);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("escalation");
        g.writeStringField("banner", report.banner().orElse(null));
        SummaryJson.reasons(g, report.reasons());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void trigger(JsonGenerator g, DiaryReport.TriggerLine line, PlainWords plain) throws IOException {
        Trigger t = line.trigger();
        g.writeStartObject();
        g.writeStringField("factor", t.factor());
        g.writeStringField("timing", t.timing().name().toLowerCase(Locale.ROOT));
        g.writeStringField("words", line.factorWords());
        g.writeStringField("message", line.message());
        g.writeStringField("plain", plain.sentence(t));
        if (t instanceof Trigger.Measured m) {
            g.writeStringField("result", "measured");
            number(g, "rateRatio", m.rateRatio());
            number(g, "lower", m.lower());
            number(g, "upper", m.upper());
            g.writeNumberField("episodesWith", m.episodesWith());
            g.writeNumberField("daysWith", m.daysWith());
            g.writeNumberField("episodesWithout", m.episodesWithout());
            g.writeNumberField("daysWithout", m.daysWithout());
            g.writeBooleanField("corrected", m.corrected());
        } else if (t instanceof Trigger.NotEnoughData n) {
            g.writeStringField("result", "not_enough_data");
            g.writeNumberField("moreDaysNeeded", n.moreDaysNeeded());
        }
        g.writeEndObject();
    }

    /** A number, or null when there is none (or, never expected, it is not finite: JSON has no NaN). */
    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        g.writeFieldName(name);
        if (v == null || !Double.isFinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }
}
