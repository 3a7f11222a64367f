package org.crampwise.app.web.api.diary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.diary.DayLog;
import org.crampwise.app.web.HttpError;

/** A day log from a request: the date from the path, the rest from the body, every field checked. */
final class DayReader {
    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;

    private DayReader() {
    }

    /** A date in the path: {@code 2026-11-26}; anything else is a 400 naming "date". */
    static LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= 1900 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // the same answer as a date out of range
        }
        throw new HttpError.BadRequest("the date must be a date such as 2026-11-26",
                List.of(new HttpError.FieldProblem("date", "must be a date such as 2026-11-26, from 1900")));
    }

    static DayLog read(LocalDate date, LocalDate latest, byte[] body) {
        Fields f = new Fields(JsonTree.object(body));
        if (date.isAfter(latest)) {
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
        f.ignore("date"); // read-only here: the date is the one in the path
        f.noOthers().check();
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
