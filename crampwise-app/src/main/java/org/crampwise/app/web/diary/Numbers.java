package org.crampwise.app.web.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reading numbers, dates and times typed into forms: null for anything not right. */
final class Numbers {
    private Numbers() {
    }

    static Integer whole(String s, int min, int max) {
        if (s == null || !s.strip().matches("[0-9]{1,6}")) {
            return null;
        }
        int v = Integer.parseInt(s.strip());
        return v < min || v > max ? null : v;
    }

    /** A number such as 2 or 1.5 (a comma is taken as the decimal point too). */
    static Double decimal(String s, double min, double max) {
        if (s == null || !s.strip().matches("[0-9]{1,4}([.,][0-9]{1,2})?")) {
            return null;
        }
        double v = Double.parseDouble(s.strip().replace(',', '.'));
        return v < min || v > max ? null : v;
    }

    static LocalDate date(String s) {
        try {
            LocalDate d = LocalDate.parse(s);
            return d.getYear() < 1900 || d.getYear() > 9999 ? null : d;
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    static LocalTime time(String s) {
        try {
            return s == null || !s.matches("[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?") ? null
                    : LocalTime.parse(s.length() == 4 ? "0" + s : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
