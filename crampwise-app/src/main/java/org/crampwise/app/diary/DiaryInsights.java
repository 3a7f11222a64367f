package org.crampwise.app.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crampwise.diary.DayFactors;
import org.crampwise.diary.Escalation;
import org.crampwise.diary.Insights;
import org.crampwise.diary.Trigger;
import org.crampwise.engine.Engine;
import org.crampwise.kb.DiaryRules;
import org.crampwise.kb.KnowledgeBase;

/**
 * Makes a {@link DiaryReport} of an account's diary: reads its episodes and day logs (one query
 * each), turns them into the core's terms and runs the core analytics (insights, triggers,
 * escalation), which are pure.
 */
public final class DiaryInsights {
    /** Escalation judges each entry of the last 14 days, as its fortnight rule counts them. */
    static final int RECENT_DAYS = 14;
    /** Before any episode can be (years 1 to 9999, offsets within 18 hours). */
    private static final Instant BEGINNING = Instant.parse("0000-12-31T00:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);

    private final Diary diary;
    private final Engine engine;
    private final Clock clock;

    public DiaryInsights(Diary diary, Engine engine, Clock clock) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The report of the account's whole diary up to today in {@code zone} (the person's own):
     * triggers need every logged day, so all of it is read.
     */
    public DiaryReport report(long accountId, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        // An episode is dated on its own clock; the latest instant still dated up to today is at
        // the offset -18:00, so read to then and let Insights leave out the rest.
        Instant to = today.plusDays(1).atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.ofHours(-18));
        List<StoredEpisode> stored = diary.episodesBetween(accountId, BEGINNING, to);
        List<DayLog> logs = diary.daysBetween(accountId, FIRST_DAY, today);
        return report(stored, logs, today);
    }

    DiaryReport report(List<StoredEpisode> stored, List<DayLog> logs, LocalDate today) {
        KnowledgeBase kb = engine.knowledgeBase();
        List<org.crampwise.diary.Episode> episodes = new ArrayList<>(stored.size());
        // Distinct: the same answers judged twice would only repeat the same reason.
        Set<Map<String, Object>> recentFindings = new LinkedHashSet<>();
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1);
        for (StoredEpisode s : stored) {
            org.crampwise.diary.Episode core = core(s.episode());
            if (core.localDate().isAfter(today)) {
                continue;
            }
            episodes.add(core);
            if (!core.localDate().isBefore(recentFrom)) {
                Map<String, Object> findings = EpisodeEvidence.of(s.episode(), kb);
                if (!findings.isEmpty()) {
                    recentFindings.add(findings);
                }
            }
        }
        List<DayFactors.NotedDay> noted = new ArrayList<>(logs.size());
        for (DayLog d : logs) {
            noted.add(new DayFactors.NotedDay(d.date(), fields(d), d.tags()));
        }
        Insights insights = Insights.of(episodes, DayFactors.of(kb.diary(), noted), today);
        List<Escalation.Reason> reasons = distinct(
                Escalation.check(episodes, today, engine, List.copyOf(recentFindings)));
        List<DiaryReport.TriggerLine> lines = new ArrayList<>();
        for (Trigger t : insights.triggers()) {
            lines.add(line(t, kb.diary()));
        }
        return new DiaryReport(today, insights, lines, reasons, Escalation.banner(reasons, kb),
                episodes.size(), logs.size());
    }

    /** The episode on its own recorded clock: "night" and "which day" are the person's there. */
    static org.crampwise.diary.Episode core(Episode e) {
        return new org.crampwise.diary.Episode(e.start().toZonedDateTime(), e.durationMinutes(), e.painScore(),
                e.context() == null ? null : e.context().code());
    }

    /** A day log's values by the field names kb.yaml's factors use ({@code DayFactor.FIELDS}). */
    static Map<String, Object> fields(DayLog d) {
        Map<String, Object> m = new HashMap<>();
        m.put("fluidsGlasses", d.fluidsGlasses());
        m.put("exerciseLevel", d.exerciseLevel());
        m.put("hoursSitting", d.hoursSitting());
        m.put("alcoholUnits", d.alcoholUnits());
        m.put("caffeineDrinks", d.caffeineDrinks());
        m.put("heavySweating", d.heavySweating());
        m.put("newMedicine", d.newMedicine());
        m.put("pregnancyWeek", d.pregnancyWeek());
        return m;
    }

    /** Several entries with different answers can still raise the same reason in the same words. */
    private static List<Escalation.Reason> distinct(List<Escalation.Reason> reasons) {
        Set<String> seen = new java.util.HashSet<>();
        List<Escalation.Reason> out = new ArrayList<>();
        for (Escalation.Reason r : reasons) {
            if (seen.add(r.code() + "\n" + r.words())) {
                out.add(r);
            }
        }
        return out;
    }

    static DiaryReport.TriggerLine line(Trigger t, DiaryRules rules) {
        String words = rules.wordsFor(t.factor());
        String when = t.timing() == Trigger.Timing.SAME_DAY ? "On days when " + words
                : "On the day after " + words;
        String message;
        if (t instanceof Trigger.Measured m) {
            message = String.format(Locale.ROOT, "%s, you had %.2f times as many cramps as otherwise (95%% CI %.2f to %.2f).",
                    when, m.rateRatio(), m.lower(), m.upper());
        } else {
            int n = ((Trigger.NotEnoughData) t).moreDaysNeeded();
            message = when + ": not enough data yet — log " + n + (n == 1 ? " more day." : " more days.");
        }
        return new DiaryReport.TriggerLine(t, words, message);
    }
}
