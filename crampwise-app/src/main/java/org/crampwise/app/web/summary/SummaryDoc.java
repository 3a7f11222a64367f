package org.crampwise.app.web.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.diary.Escalation;
import org.crampwise.diary.Measures;
import org.crampwise.diary.Plain;
import org.crampwise.diary.Summary;
import org.crampwise.diary.Trigger;

/**
 * The one-page summary as text, the same for the page and the PDF: a table of the measures (this
 * period and the one before) and short sections. Figures are written as the JSON rounds them
 * ({@link #number}), so the three always agree.
 */
public record SummaryDoc(String title, String period, String complete, List<String> columns, List<Row> rows,
                         List<Section> sections, String footer) {

    /** Sure triggers first, then the rest measured: more would not fit on one page. */
    static final int MAX_TRIGGERS = 6;
    /** A year's summary may list many days: the first are named, the rest counted, so it stays one page. */
    static final int MAX_DATES = 12;
    static final int MAX_REASONS = 8;

    public SummaryDoc {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        sections = List.copyOf(sections);
    }

    public record Row(String measure, String now, String before) {
    }

    public record Section(String heading, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public static SummaryDoc of(Summary s, LocalDate made, Messages m, PlainWords plain) {
        Summary.Period p = s.period();
        Summary.Period b = s.previous();
        DateTimeFormatter day = m.dates("date.short");
        List<Row> rows = new ArrayList<>();
        rows.add(row(m, "summary.perWeek", number(s.now().perWeek(), m), number(s.before().perWeek(), m)));
        rows.add(row(m, "summary.cramps", String.valueOf(s.now().cramps()), String.valueOf(s.before().cramps())));
        rows.add(row(m, "summary.nightsFree", nightsFree(s.now(), m), nightsFree(s.before(), m)));
        rows.add(row(m, "summary.averageMinutes", orNone(s.now().averageMinutes(), m), orNone(s.before().averageMinutes(), m)));
        rows.add(row(m, "summary.longestMinutes", orNone(s.now().longestMinutes(), m), orNone(s.before().longestMinutes(), m)));
        rows.add(row(m, "summary.averagePain", orNone(s.now().averagePain(), m), orNone(s.before().averagePain(), m)));
        rows.add(row(m, "summary.woken", String.valueOf(s.now().nightsWoken()), String.valueOf(s.before().nightsWoken())));
        rows.add(row(m, "summary.timeOfDay", timeOfDay(s.now(), m), timeOfDay(s.before(), m)));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(m.get("summary.triggers"), triggers(s.triggers(), m, plain)));
        List<String> reasons = s.reasons().stream().limit(MAX_REASONS).map(Escalation.Reason::words).toList();
        sections.add(new Section(m.get("summary.reasons"), reasons.isEmpty() ? List.of(m.get("summary.reasons.none")) : reasons));
        List<String> medicines = s.medicinesStarted().stream().limit(MAX_DATES).map(day::format).toList();
        int more = s.medicinesStarted().size() - medicines.size();
        String dates = String.join(", ", medicines) + (more > 0 ? " " + m.get("summary.more", more) : "");
        sections.add(new Section(m.get("summary.medicines"),
                medicines.isEmpty() ? List.of(m.get("summary.medicines.none")) : List.of(dates)));
        List<String> check = new ArrayList<>();
        if (s.lastCheck() == null) {
            check.add(m.get("summary.lastCheck.none"));
        } else {
            check.add(m.get("summary.lastCheck.value", day.format(s.lastCheck().date()), s.lastCheck().headline()));
            s.lastCheck().reasons().stream().filter(r -> !r.equals(s.lastCheck().headline())).forEach(check::add);
        }
        sections.add(new Section(m.get("summary.lastCheck"), check));
        return new SummaryDoc(m.get("summary.title"),
                m.get("summary.period", day.format(p.from()), day.format(p.to()), p.days(), day.format(b.from()),
                        day.format(b.to())),
                m.get("summary.complete", s.now().daysLogged(), s.now().days()),
                List.of(m.get("summary.col.measure"), m.get("summary.col.now"), m.get("summary.col.before")),
                rows, sections, m.get("summary.footer", day.format(made)));
    }

    /** The sure ones first (in the core's ranking), then the other measured ones; never "too few days". */
    static List<String> triggers(List<Trigger> triggers, Messages m, PlainWords plain) {
        List<String> out = new ArrayList<>();
        for (boolean sure : new boolean[] {true, false}) {
            for (Trigger t : triggers) {
                Plain kind = Plain.of(t);
                if (kind.sure() == sure && kind != Plain.TOO_FEW && kind != Plain.NO_DIFFERENCE
                        && out.size() < MAX_TRIGGERS) {
                    out.add(plain.sentence(t));
                }
            }
        }
        return out.isEmpty() ? List.of(m.get("plain.none")) : out;
    }

    private static Row row(Messages m, String key, String now, String before) {
        return new Row(m.get(key), now, before);
    }

    private static String nightsFree(Measures x, Messages m) {
        return m.get("summary.nightsFree.value", x.nightsFree(), x.days(), String.valueOf(Math.round(x.shareNightsFree() * 100)));
    }

    private static String timeOfDay(Measures x, Messages m) {
        var t = x.timeOfDay();
        return m.get("summary.timeOfDay.value", t.night(), t.morning(), t.afternoon(), t.evening());
    }

    private static String orNone(Number v, Messages m) {
        if (v == null) {
            return m.get("summary.none");
        }
        return v instanceof Integer i ? String.valueOf(i) : number(v.doubleValue(), m);
    }

    /** One decimal, as the JSON gives it, written the reader's way (2.5, 2,5). */
    static String number(double v, Messages m) {
        return m.decimal(SummaryJson.round(v), 1);
    }
}
