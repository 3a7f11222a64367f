package org.crampwise.app.web.diary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampwise.app.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.diary.DayFactors;
import org.crampwise.diary.Episode;
import org.crampwise.diary.Escalation;
import org.crampwise.diary.Insights;
import org.crampwise.engine.Engine;

/** What the diary of an account shows: its insights and the reasons (if any) to see a doctor. */
public final class DiaryReport {
    /** Enough for the 8 weeks of the charts and the 4 weeks the escalation compares. */
    static final int DAYS = 7 * Insights.WEEKS + 7;

    private final Diary diary;
    private final Engine engine;

    public DiaryReport(Diary diary, Engine engine) {
        this.diary = diary;
        this.engine = engine;
    }

    record Report(Insights insights, List<Escalation.Reason> reasons, Optional<String> banner) {
    }

    Report of(long account, LocalDate today) {
        var from = today.minusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        var to = today.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Episode> episodes = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        LocalDate fortnight = today.minusDays(13);
        for (StoredEpisode s : diary.episodesBetween(account, from, to)) {
            var e = s.episode();
            Episode core = new Episode(e.start().atZoneSameInstant(e.zone()), e.durationMinutes(), e.painScore(),
                    e.context() == null ? null : e.context().code());
            episodes.add(core);
            if (!e.findings().isEmpty() && !core.localDate().isBefore(fortnight)) {
                findings.add(e.findings());
            }
        }
        List<DayFactors.NotedDay> days = new ArrayList<>();
        for (DayLog d : diary.daysBetween(account, today.minusDays(DAYS), today)) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("fluidsGlasses", d.fluidsGlasses());
            fields.put("exerciseLevel", d.exerciseLevel());
            fields.put("hoursSitting", d.hoursSitting());
            fields.put("alcoholUnits", d.alcoholUnits());
            fields.put("caffeineDrinks", d.caffeineDrinks());
            fields.put("heavySweating", d.heavySweating());
            fields.put("newMedicine", d.newMedicine());
            fields.put("pregnancyWeek", d.pregnancyWeek());
            days.add(new DayFactors.NotedDay(d.date(), fields, d.tags()));
        }
        Insights insights = Insights.of(episodes, DayFactors.of(engine.knowledgeBase().diary(), days), today);
        List<Escalation.Reason> reasons = Escalation.check(episodes, today, engine, findings);
        return new Report(insights, reasons, Escalation.banner(reasons, engine.knowledgeBase()));
    }
}
