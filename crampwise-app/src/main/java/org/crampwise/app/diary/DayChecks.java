package org.crampwise.app.diary;

import org.crampwise.diary.DayLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampwise.app.input.Fields;
import org.crampwise.app.input.JsonValue;

/**
 * The checks of a day log, the same for the JSON API and the CSV import (one place, so the two
 * accept the same days with the same messages): every field is checked and each one that is wrong
 * is named.
 */
public final class DayChecks {
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 40;
    /** What a date must be, for the problem that names it. */
    public static final String DATE_RULE = "must be a date such as 2026-11-26, from 1900";

    private DayChecks() {
    }

    /** A date such as {@code 2026-11-26}, from 1900; empty for anything else. */
    public static Optional<LocalDate> date(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= 1900 && date.getYear() <= 9999) {
                return Optional.of(date);
            }
        } catch (DateTimeParseException e) {
            // the same answer as a date out of range
        }
        return Optional.empty();
    }

    /** The latest date anyone may be living in at {@code now}: UTC+14 is a day ahead of UTC. */
    public static LocalDate latest(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
    }

    /**
     * Reads the day's fields (API names: {@code fluidsGlasses} ...), adding a problem to {@code f}
     * for each that is wrong; null when any is. {@code latest} is the latest date anyone may be
     * living in now. Members it does not read are left for the caller ({@link Fields#noOthers}).
     */
    public static DayLog read(Fields f, LocalDate date, LocalDate latest) {
        if (date != null && date.isAfter(latest)) {
            f.problem("date", "must not be in the future");
        }
        Integer fluids = f.integer("fluidsGlasses", false, 0, 100);
        Integer exercise = f.integer("exerciseLevel", false, 0, 3);
        Double sitting = f.decimal("hoursSitting", 0, 24);
        Double alcohol = f.decimal("alcoholUnits", 0, 100);
        Integer caffeine = f.integer("caffeineDrinks", false, 0, 100);
        Boolean sweating = f.bool("heavySweating");
        Boolean medicine = f.bool("newMedicine");
        Integer pregnancy = f.integer("pregnancyWeek", false, 1, 45);
        List<String> tags = tags(f);
        if (date == null || f.hasProblems()) {
            return null;
        }
        return new DayLog(date, fluids, exercise, sitting, alcohol, caffeine, sweating, medicine, pregnancy, tags);
    }

    private static List<String> tags(Fields f) {
        if (!f.given("tags")) {
            return List.of();
        }
        if (!(f.raw("tags") instanceof JsonValue.Arr array)) {
            f.problem("tags", "must be a list of short words, not " + f.raw("tags").kind());
            return List.of();
        }
        if (array.items().size() > MAX_TAGS) {
            f.problem("tags", "must be at most " + MAX_TAGS + " tags");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            String field = "tags[" + i + "]";
            if (!(array.items().get(i) instanceof JsonValue.Text t)) {
                f.problem(field, "must be text, not " + array.items().get(i).kind());
            } else if (t.value().isBlank() || t.value().contains(",")
                    || t.value().codePointCount(0, t.value().length()) > MAX_TAG_LENGTH) {
                f.problem(field, "must be a word or two, at most " + MAX_TAG_LENGTH + " characters, without commas");
            } else if (!out.contains(t.value().strip())) {
                out.add(t.value().strip());
            }
        }
        return out;
    }
}
