package org.crampwise.diary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the person noted about one day (their local date): the one model of the pages, the API,
 * the import and export, the storage and the analysis ({@link #noted}, then {@link DayFactors}). Every field but the date is optional
 * (null when not noted). Tags are short words; they may not contain commas (stored comma-separated).
 */
public record DayLog(
        LocalDate date,
        Integer fluidsGlasses,
        Integer exerciseLevel,
        Double hoursSitting,
        Double alcoholUnits,
        Integer caffeineDrinks,
        Boolean heavySweating,
        Boolean newMedicine,
        Integer pregnancyWeek,
        List<String> tags) {

    public DayLog {
        Objects.requireNonNull(date, "date");
        if (exerciseLevel != null && (exerciseLevel < 0 || exerciseLevel > 3)) {
            throw new IllegalArgumentException("exercise level must be 0 to 3: " + exerciseLevel);
        }
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        for (String t : tags) {
            if (t.contains(",")) {
                throw new IllegalArgumentException("a tag may not contain a comma: " + t);
            }
        }
    }

    /** The day as the analysis reads it: its values by the knowledge base's field names ({@code DayFactor.FIELDS}). */
    public DayFactors.NotedDay noted() {
        Map<String, Object> fields = new HashMap<>(16);
        fields.put("fluidsGlasses", fluidsGlasses);
        fields.put("exerciseLevel", exerciseLevel);
        fields.put("hoursSitting", hoursSitting);
        fields.put("alcoholUnits", alcoholUnits);
        fields.put("caffeineDrinks", caffeineDrinks);
        fields.put("heavySweating", heavySweating);
        fields.put("newMedicine", newMedicine);
        fields.put("pregnancyWeek", pregnancyWeek);
        return new DayFactors.NotedDay(date, fields, tags);
    }

    /** A day with nothing noted but the date. */
    public static DayLog empty(LocalDate date) {
        return new DayLog(date, null, null, null, null, null, null, null, null, List.of());
    }
}
