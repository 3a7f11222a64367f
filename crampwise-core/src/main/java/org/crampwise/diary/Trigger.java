package org.crampwise.diary;

import java.util.Objects;

/**
 * What the diary can say about one daily factor at one timing: either a rate ratio that always
 * carries its 95% interval, or how many more days are needed before anything is said.
 */
public sealed interface Trigger permits Trigger.Measured, Trigger.NotEnoughData {

    /** Fewest logged days with, and without, a factor before a ratio is given. */
    int MIN_DAYS_EACH_SIDE = 3;

    String factor();

    Timing timing();

    /** Cramps on the day of the factor, or on the day after it. */
    enum Timing {
        SAME_DAY, NEXT_DAY
    }

    /**
     * Rate ratio of cramps per day with the factor against per day without, with its 95% interval.
     * The fields keep the counts so anyone can redo the arithmetic.
     *
     * @param corrected true when 0.5 was added to both episode counts (one of them was zero)
     */
    record Measured(String factor, Timing timing, int episodesWith, int daysWith, int episodesWithout,
                    int daysWithout, double rateRatio, double lower, double upper, boolean corrected)
            implements Trigger {

        public Measured {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(timing, "timing");
            if (!(lower <= rateRatio && rateRatio <= upper)) {
                throw new IllegalArgumentException("a ratio must lie inside its interval");
            }
        }

        /** Plain words, never the ratio without its interval. */
        public String message() {
            return String.format(java.util.Locale.ROOT, "%s cramps %s %s: %.2f times as many (95%% CI %.2f to %.2f)",
                    timing == Timing.SAME_DAY ? "Same-day" : "Next-day",
                    timing == Timing.SAME_DAY ? "on days with" : "after days with",
                    factor, rateRatio, lower, upper);
        }
    }

    /** @param moreDaysNeeded at least 1: logged days still missing with and/or without the factor */
    record NotEnoughData(String factor, Timing timing, int moreDaysNeeded) implements Trigger {

        public NotEnoughData {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(timing, "timing");
            if (moreDaysNeeded < 1) {
                throw new IllegalArgumentException("moreDaysNeeded must be >= 1: " + moreDaysNeeded);
            }
        }

        public String message() {
            return "not enough data yet — log " + moreDaysNeeded + (moreDaysNeeded == 1 ? " more day" : " more days");
        }
    }
}
