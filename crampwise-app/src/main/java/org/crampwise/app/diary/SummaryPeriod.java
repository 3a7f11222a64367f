package org.crampwise.app.diary;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.crampwise.diary.Summary;

/**
 * The period a person asks a summary for, from the words they typed: both dates optional (the
 * last 4 weeks up to today by default; a start alone runs 4 weeks from it, an end alone 4 weeks
 * up to it). A bad date or period says which field is at fault.
 */
public final class SummaryPeriod {
    private SummaryPeriod() {
    }

    /** A date or period the person gave that cannot be used; {@code field} is "from" or "to". */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static Summary.Period of(String from, String to, LocalDate today) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        int more = Summary.DEFAULT_DAYS - 1;
        if (f == null && t == null) {
            return Summary.Period.endingOn(today);
        }
        if (f == null) {
            f = t.minusDays(more);
        } else if (t == null) {
            t = f.plusDays(more).isAfter(today) && !f.isAfter(today) ? today : f.plusDays(more);
        }
        if (f.isAfter(t)) {
            throw new Invalid("from", "from must be on or before to");
        }
        if (t.toEpochDay() - f.toEpochDay() + 1 > Summary.MAX_DAYS) {
            throw new Invalid("to", "a period is at most " + Summary.MAX_DAYS + " days");
        }
        return new Summary.Period(f, t);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new Invalid(field, field + " must be in the years 1 to 9999");
            }
            return d;
        } catch (DateTimeException e) {
            throw new Invalid(field, field + " must be a date like 2026-11-26");
        }
    }
}
