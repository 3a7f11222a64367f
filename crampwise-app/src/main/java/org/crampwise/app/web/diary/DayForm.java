package org.crampwise.app.web.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.crampwise.diary.DayLog;
import org.crampwise.app.web.FormErrors;
import org.crampwise.app.web.Messages;

/** The day-log form as typed, and its reading into a {@link DayLog}. Every field may be left empty. */
public record DayForm(String fluids, String exercise, String sitting, String alcohol, String caffeine, String sweating,
               String medicine, String pregnancy, String tags) {

    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 30;

    static DayForm of(DayLog d) {
        return new DayForm(text(d.fluidsGlasses()), text(d.exerciseLevel()), text(d.hoursSitting()),
                text(d.alcoholUnits()), text(d.caffeineDrinks()), yesNo(d.heavySweating()), yesNo(d.newMedicine()),
                text(d.pregnancyWeek()), String.join(", ", d.tags()));
    }

    static DayForm read(Function<String, String> form) {
        return new DayForm(get(form, "fluids"), get(form, "exercise"), get(form, "sitting"), get(form, "alcohol"),
                get(form, "caffeine"), get(form, "sweating"), get(form, "medicine"), get(form, "pregnancy"),
                get(form, "tags"));
    }

    /** The day's log, or null with the problems added to {@code errors}. */
    DayLog day(LocalDate date, Messages m, FormErrors errors) {
        Integer glasses = whole("fluids", fluids, 0, 40, m, errors);
        Integer level = whole("exercise", exercise, 0, 3, m, errors);
        Double hours = decimal("sitting", sitting, 24, m, errors);
        Double units = decimal("alcohol", alcohol, 100, m, errors);
        Integer drinks = whole("caffeine", caffeine, 0, 40, m, errors);
        Boolean sweat = yesNo("sweating", sweating, m, errors);
        Boolean medicineNew = yesNo("medicine", medicine, m, errors);
        Integer week = whole("pregnancy", pregnancy, 1, 45, m, errors);
        List<String> tagList = new ArrayList<>();
        for (String t : tags.split(",")) {
            String tag = t.strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty() && !tagList.contains(tag)) {
                tagList.add(tag);
            }
        }
        if (tagList.size() > MAX_TAGS || tagList.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            errors.add("tags", m.get("day.error.tags", MAX_TAGS, MAX_TAG));
        }
        if (errors.any()) {
            return null;
        }
        return new DayLog(date, glasses, level, hours, units, drinks, sweat, medicineNew, week, tagList);
    }

    private static Integer whole(String field, String s, int min, int max, Messages m, FormErrors errors) {
        if (s.isEmpty()) {
            return null;
        }
        Integer v = Numbers.whole(s, min, max);
        if (v == null) {
            errors.add(field, m.get("day.error." + field, min, max));
        }
        return v;
    }

    private static Double decimal(String field, String s, double max, Messages m, FormErrors errors) {
        if (s.isEmpty()) {
            return null;
        }
        Double v = Numbers.decimal(s, 0, max);
        if (v == null) {
            errors.add(field, m.get("day.error." + field, 0, (int) max));
        }
        return v;
    }

    private static Boolean yesNo(String field, String s, Messages m, FormErrors errors) {
        return switch (s) {
            case "" -> null;
            case "yes" -> true;
            case "no" -> false;
            default -> {
                errors.add(field, m.get("day.error.yesNo"));
                yield null;
            }
        };
    }

    private static String get(Function<String, String> form, String name) {
        String v = form.apply(name);
        return v == null ? "" : v.strip();
    }

    private static String text(Number n) {
        if (n == null) {
            return "";
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "yes" : "no";
    }
}
