package org.crampwise.app.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Makes a {@link DiaryReport} of an account's diary: reads its episodes and day logs in the core's
 * terms ({@link DiaryFacts}) and runs the core analytics (insights, triggers, escalation), which
 * are pure.
 */
public final class DiaryInsights {
    /** Escalation judges each entry of the last 14 days, as its fortnight rule counts them. */
    static final int RECENT_DAYS = 14;

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
     * triggers need every logged day, so all of it is read (two queries, {@link DiaryFacts}).
     */
    public DiaryReport report(long accountId, ZoneId zone) {
        return report(accountId, zone, engine);
    }

    /** The same, its words (the banner's, the reasons') from an engine in the reader's language and region. */
    public DiaryReport report(long accountId, ZoneId zone, Engine engine) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        KnowledgeBase kb = engine.knowledgeBase();
        DiaryFacts.Facts facts = DiaryFacts.read(diary.database(), accountId, today,
                today.minusDays(RECENT_DAYS - 1), kb);
        Insights insights = Insights.of(facts.episodes(), DayFactors.of(kb.diary(), facts.days()), today);
        // Distinct: the same answers judged twice would only repeat the same reason.
        List<Map<String, Object>> recent = List.copyOf(new LinkedHashSet<>(facts.recent()));
        List<Escalation.Reason> reasons = distinct(Escalation.check(facts.episodes(), today, engine, recent));
        List<DiaryReport.TriggerLine> lines = new ArrayList<>();
        for (Trigger t : insights.triggers()) {
            lines.add(line(t, kb.diary()));
        }
        return new DiaryReport(today, insights, lines, reasons, Escalation.banner(reasons, kb),
                facts.episodes().size(), facts.days().size());
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
