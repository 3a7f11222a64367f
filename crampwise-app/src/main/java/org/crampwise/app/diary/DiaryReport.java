package org.crampwise.app.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crampwise.diary.Escalation;
import org.crampwise.diary.Insights;
import org.crampwise.diary.Trigger;

/**
 * What a person's whole diary shows on one day: the insights, each daily factor's comparison in
 * words, and whether to see a doctor.
 *
 * @param today     the person's local date the report was made for
 * @param insights  episodes per week and the trend, time of day, share at night, averages, triggers
 * @param triggers  the insights' triggers in the same order (strongest evidence first), in words
 * @param reasons   why to see a doctor, most urgent first; empty when nothing needs one
 * @param banner    the words of the banner, present exactly when there are reasons
 * @param episodes  episodes counted (up to today)
 * @param days      day logs counted (up to today)
 */
public record DiaryReport(LocalDate today, Insights insights, List<TriggerLine> triggers,
                          List<Escalation.Reason> reasons, Optional<String> banner, int episodes, int days) {

    public DiaryReport {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(insights, "insights");
        triggers = List.copyOf(triggers);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(banner, "banner");
    }

    /**
     * One factor at one timing.
     *
     * @param factorWords the knowledge base's words for the factor ("you drank fewer than 6 glasses")
     * @param message     a sentence for the person; a ratio always comes with its 95% interval
     */
    public record TriggerLine(Trigger trigger, String factorWords, String message) {
        public TriggerLine {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(factorWords, "factorWords");
            Objects.requireNonNull(message, "message");
        }
    }
}
