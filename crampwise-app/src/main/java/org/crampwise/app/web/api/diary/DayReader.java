package org.crampwise.app.web.api.diary;

import java.time.LocalDate;
import java.util.List;
import org.crampwise.app.diary.DayChecks;
import org.crampwise.diary.DayLog;
import org.crampwise.app.input.Fields;
import org.crampwise.app.input.Invalid;
import org.crampwise.app.input.JsonTree;
import org.crampwise.app.web.HttpError;

/** A day log from a request: the date from the path, the rest from the body, checked by {@link DayChecks}. */
final class DayReader {
    private DayReader() {
    }

    /** A date in the path: {@code 2026-11-26}; anything else is a 400 naming "date". */
    static LocalDate date(String text) {
        return DayChecks.date(text).orElseThrow(() -> new HttpError.BadRequest("the date must be a date such as 2026-11-26",
                List.of(new HttpError.FieldProblem("date", DayChecks.DATE_RULE))));
    }

    static DayLog read(LocalDate date, LocalDate latest, byte[] body) {
        try {
            Fields f = new Fields(JsonTree.object(body));
            DayLog day = DayChecks.read(f, date, latest);
            f.ignore("date"); // read-only here: the date is the one in the path
            f.noOthers().check();
            return day;
        } catch (Invalid e) {
            throw HttpError.BadRequest.of(e);
        }
    }
}
