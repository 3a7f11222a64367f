package org.crampwise.app.web.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.web.api.ApiJson;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.diary.Escalation;
import org.crampwise.diary.Measures;
import org.crampwise.diary.Plain;
import org.crampwise.diary.Summary;
import org.crampwise.diary.Trigger;

/** The summary as JSON (GET /api/v1/diary/summary): figures rounded to one decimal, as printed. */
public final class SummaryJson {
    private SummaryJson() {
    }

    /** Half up to one decimal: what the page, the PDF and the JSON all show. */
    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public static byte[] bytes(Summary s, PlainWords plain) {
        return ApiJson.bytes(g -> write(g, s, plain));
    }

    private static void write(JsonGenerator g, Summary s, PlainWords plain) throws IOException {
        g.writeStartObject();
        period(g, "period", s.period());
        period(g, "previous", s.previous());
        measures(g, "now", s.now());
        measures(g, "before", s.before());
        g.writeArrayFieldStart("triggers");
        for (Trigger t : s.triggers()) {
            g.writeStartObject();
            g.writeStringField("factor", t.factor());
            g.writeStringField("timing", t.timing().name().toLowerCase(Locale.ROOT));
            g.writeStringField("kind", Plain.of(t).name().toLowerCase(Locale.ROOT));
            g.writeStringField("sentence", plain.sentence(t));
            g.writeEndObject();
        }
        g.writeEndArray();
        reasons(g, s.reasons());
        g.writeArrayFieldStart("medicinesStarted");
        for (LocalDate d : s.medicinesStarted()) {
            g.writeString(d.toString());
        }
        g.writeEndArray();
        g.writeFieldName("lastCheck");
        if (s.lastCheck() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("date", s.lastCheck().date().toString());
            g.writeStringField("level", s.lastCheck().level().id());
            g.writeStringField("headline", s.lastCheck().headline());
            g.writeArrayFieldStart("reasons");
            for (String r : s.lastCheck().reasons()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code "reasons": [{"code", "level", "words"}]}, as the insights write them too. */
    public static void reasons(JsonGenerator g, List<Escalation.Reason> reasons) throws IOException {
        g.writeArrayFieldStart("reasons");
        for (Escalation.Reason r : reasons) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("level", r.level().id());
            g.writeStringField("words", r.words());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void period(JsonGenerator g, String name, Summary.Period p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("from", p.from().toString());
        g.writeStringField("to", p.to().toString());
        g.writeNumberField("days", p.days());
        g.writeEndObject();
    }

    private static void measures(JsonGenerator g, String name, Measures m) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("days", m.days());
        g.writeNumberField("daysLogged", m.daysLogged());
        g.writeNumberField("cramps", m.cramps());
        g.writeNumberField("crampsPerWeek", round(m.perWeek()));
        g.writeNumberField("nightsWithoutCramp", m.nightsFree());
        g.writeNumberField("shareNightsWithoutCramp", BigDecimal.valueOf(m.shareNightsFree()).setScale(3, RoundingMode.HALF_UP));
        number(g, "averageMinutes", m.averageMinutes());
        g.writeFieldName("longestMinutes");
        if (m.longestMinutes() == null) {
            g.writeNull();
        } else {
            g.writeNumber(m.longestMinutes());
        }
        number(g, "averagePain", m.averagePain());
        g.writeNumberField("nightsWoken", m.nightsWoken());
        g.writeObjectFieldStart("timeOfDay");
        g.writeNumberField("night", m.timeOfDay().night());
        g.writeNumberField("morning", m.timeOfDay().morning());
        g.writeNumberField("afternoon", m.timeOfDay().afternoon());
        g.writeNumberField("evening", m.timeOfDay().evening());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(round(v));
        }
    }
}
