package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.diary.DayFactors.NotedDay;
import org.crampwise.kb.DiaryRules;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

class DayFactorsTest {
    private static final DiaryRules RULES = KnowledgeBaseLoader.builtIn().diary();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void noted_fields_become_factors_by_the_knowledge_base_thresholds_and_unnoted_ones_stay_unknown() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("fluidsGlasses", 4);
        fields.put("exerciseLevel", 1);
        fields.put("alcoholUnits", 2.5);
        fields.put("heavySweating", false);
        fields.put("hoursSitting", null);
        FactorDay d = DayFactors.of(RULES, List.of(new NotedDay(DAY, fields, List.of()))).get(0);
        assertThat(d.factors()).containsOnly(entry("low_fluids", true), entry("hard_exercise", false),
                entry("alcohol", true), entry("heavy_sweating", false));
    }

    @Test
    void a_tag_used_on_any_day_is_false_on_every_other_noted_day() {
        List<FactorDay> days = DayFactors.of(RULES, List.of(
                new NotedDay(DAY, Map.of(), List.of("curry")),
                new NotedDay(DAY.plusDays(1), Map.of(), List.of()),
                new NotedDay(DAY.plusDays(2), Map.of(), List.of("curry", "gardening"))));
        assertThat(days.get(0).factors()).containsOnly(entry("tag:curry", true), entry("tag:gardening", false));
        assertThat(days.get(1).factors()).containsOnly(entry("tag:curry", false), entry("tag:gardening", false));
        assertThat(days.get(2).factors()).containsOnly(entry("tag:curry", true), entry("tag:gardening", true));
    }
}
