package org.crampwise.diary;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * The one-page summary of a diary for a doctor (issue 15): the measures of a chosen period next
 * to the same measures of the period just before it, the possible triggers, red flags and reasons
 * to see a doctor, medicines started, and the last check's level. Pure, like {@link Insights}:
 * the same diary and period always give the same summary. The measures are defined in the README.
 *
 * @param previous the same number of days just before {@code period}
 * @param triggers over the whole diary up to the period's end, strongest first ({@link Triggers})
 * @param reasons  red flags in the entries of the period and the diary's see-a-doctor reasons as
 *                 at its end ({@link Escalation}), most urgent first
 * @param medicinesStarted the days of the period noted "started a new medicine"
 * @param lastCheck the newest entry up to the period's end that has a check's answers; null when none
 */
public record Summary(Period period, Period previous, Measures now, Measures before, List<Trigger> triggers,
                      List<Escalation.Reason> reasons, List<LocalDate> medicinesStarted, LastCheck lastCheck) {

    /** The longest period a summary covers: a year (a leap year's too). */
    public static final int MAX_DAYS = 366;
    /** The default period: the last 4 weeks, today included. */
    public static final int DEFAULT_DAYS = 28;

    public Summary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(before, "before");
        triggers = List.copyOf(triggers);
        reasons = List.copyOf(reasons);
        medicinesStarted = List.copyOf(medicinesStarted);
    }

    /** From and to, both included. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("the period's start " + from + " is after its end " + to);
            }
            if (days(from, to) > MAX_DAYS) {
                throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days: " + from + " to " + to);
            }
        }

        /** The default: the last {@value #DEFAULT_DAYS} days up to {@code today}. */
        public static Period endingOn(LocalDate today) {
            return new Period(today.minusDays(DEFAULT_DAYS - 1), today);
        }

        public int days() {
            return days(from, to);
        }

        /** The same number of days just before this one. */
        public Period before() {
            return new Period(from.minusDays(days()), from.minusDays(1));
        }

        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        private static int days(LocalDate from, LocalDate to) {
            return (int) ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /**
     * An entry's answers from a check ("Save to my diary"), with when the cramp started.
     *
     * @param findings by contract finding id, as {@link Escalation#check} takes them
     */
    public record Answers(ZonedDateTime start, Map<String, Object> findings) {
        public Answers {
            Objects.requireNonNull(start, "start");
            findings = Map.copyOf(findings);
        }
    }

    /** The level of the newest check kept in the diary, and the headline of each reason for it. */
    public record LastCheck(LocalDate date, Level level, String headline, List<String> reasons) {
        public LastCheck {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(headline, "headline");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The summary of {@code period}.
     *
     * @param episodes every episode up to the period's end (the triggers use the whole diary)
     * @param answers  the findings of the entries (a check's answers, or what was typed in), in any order
     * @param lastCheck the newest entry saved with a check's answers (the newest up to the period's
     *                  end is used); null when none
     * @param days     every noted day up to the period's end
     */
    public static Summary of(Period period, List<Episode> episodes, List<Answers> answers, Answers lastCheck,
                             List<DayFactors.NotedDay> days, Engine engine) {
        KnowledgeBase kb = engine.knowledgeBase();
        Period before = period.before();
        List<Episode> upToEnd = new ArrayList<>(episodes.size());
        for (Episode e : episodes) {
            if (!e.localDate().isAfter(period.to())) {
                upToEnd.add(e);
            }
        }
        List<Map<String, Object>> inPeriod = new ArrayList<>();
        for (Answers a : answers) {
            if (period.contains(a.start().toLocalDate())) {
                inPeriod.add(a.findings());
            }
        }
        Answers newest = lastCheck != null && !lastCheck.start().toLocalDate().isAfter(period.to()) ? lastCheck : null;
        List<LocalDate> medicines = new ArrayList<>();
        for (DayFactors.NotedDay d : days) {
            if (period.contains(d.date()) && Boolean.TRUE.equals(d.fields().get("newMedicine"))) {
                medicines.add(d.date());
            }
        }
        medicines.sort(Comparator.naturalOrder());
        List<DayFactors.NotedDay> noted = days.stream().filter(d -> !d.date().isAfter(period.to())).toList();
        return new Summary(period, before,
                Measures.of(period, upToEnd, answers, noted), Measures.of(before, upToEnd, answers, noted),
                Triggers.of(upToEnd, DayFactors.of(kb.diary(), noted), period.to()),
                distinct(Escalation.check(upToEnd, period.to(), engine, distinctMaps(inPeriod))),
                medicines, newest == null ? null : lastCheck(newest, kb, engine));
    }

    private static LastCheck lastCheck(Answers a, KnowledgeBase kb, Engine engine) {
        Assessment.Triage t = engine.assess(Escalation.evidence(kb, a.findings())).triage();
        List<String> reasons = new ArrayList<>();
        for (Assessment.Reason r : t.reasons()) {
            if (!reasons.contains(r.headline())) {
                reasons.add(r.headline());
            }
        }
        return new LastCheck(a.start().toLocalDate(), t.level(), t.headline(), reasons);
    }

    /** The same answers judged twice would only repeat the same reason. */
    private static List<Map<String, Object>> distinctMaps(List<Map<String, Object>> maps) {
        return List.copyOf(new java.util.LinkedHashSet<>(maps));
    }

    private static List<Escalation.Reason> distinct(List<Escalation.Reason> reasons) {
        TreeSet<String> seen = new TreeSet<>();
        List<Escalation.Reason> out = new ArrayList<>();
        for (Escalation.Reason r : reasons) {
            if (seen.add(r.code() + "\n" + r.words())) {
                out.add(r);
            }
        }
        return out;
    }
}
