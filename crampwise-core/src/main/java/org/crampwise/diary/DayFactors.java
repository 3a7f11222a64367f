package org.crampwise.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.crampwise.kb.DayFactor;
import org.crampwise.kb.DiaryRules;

/**
 * Turns what a person noted about their days into the yes/no factors the triggers compare, by the
 * knowledge base's factors ({@code kb.yaml}, {@code diary: factors}) and the person's own tags.
 */
public final class DayFactors {

    private DayFactors() {
    }

    /**
     * One noted day.
     *
     * @param fields the day log's values by field name ({@link DayFactor#FIELDS}); a field that was
     *               not noted is absent or null
     * @param tags   the person's free tags for the day
     */
    public record NotedDay(LocalDate date, Map<String, Object> fields, List<String> tags) {
        public NotedDay {
            Objects.requireNonNull(date, "date");
            fields = fields == null ? Map.of() : fields;
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /**
     * The factors of every day. A tag used on any day is known on every noted day: a day noted
     * without it counts as a day without it.
     */
    public static List<FactorDay> of(DiaryRules rules, List<NotedDay> days) {
        TreeSet<String> allTags = new TreeSet<>();
        for (NotedDay d : days) {
            allTags.addAll(d.tags());
        }
        List<FactorDay> out = new ArrayList<>(days.size());
        for (NotedDay d : days) {
            Map<String, Boolean> factors = new HashMap<>();
            for (DayFactor f : rules.factors()) {
                Boolean present = f.of(d.fields().get(f.field()));
                if (present != null) {
                    factors.put(f.id(), present);
                }
            }
            for (String tag : allTags) {
                factors.put(DiaryRules.TAG_PREFIX + tag, d.tags().contains(tag));
            }
            out.add(new FactorDay(d.date(), factors));
        }
        return out;
    }
}
