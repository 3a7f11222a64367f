package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diary's daily factors in kb.yaml are checked like the rest of the knowledge base. */
class KnowledgeBaseDiaryFactorsTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Test
    void the_built_in_factors_are_read_with_their_fields_and_thresholds() {
        DiaryRules d = KnowledgeBaseLoader.builtIn().diary();
        assertThat(d.factors()).extracting(DayFactor::id).containsExactly("low_fluids", "hard_exercise",
                "long_sitting", "alcohol", "caffeine", "heavy_sweating", "new_medicine");
        DayFactor lowFluids = d.factors().get(0);
        assertThat(lowFluids.field()).isEqualTo("fluidsGlasses");
        assertThat(lowFluids.of(5)).isTrue();
        assertThat(lowFluids.of(6)).isFalse();
        assertThat(lowFluids.of(null)).isNull();
        assertThat(d.factors().get(1).of(2)).isTrue();   // hard exercise: level 2 or more
        assertThat(d.factors().get(1).of(1)).isFalse();
        assertThat(d.factors().get(3).of(0.5)).isTrue(); // any alcohol
        assertThat(d.factors().get(3).of(0.0)).isFalse();
        assertThat(d.factors().get(5).of(Boolean.TRUE)).isTrue();
        assertThat(d.wordsFor("low_fluids")).isEqualTo("you drank fewer than 6 glasses");
        assertThat(d.wordsFor("tag:curry")).isEqualTo("you tagged the day \"curry\"");
    }

    @Test
    void an_unknown_field_is_named_with_the_known_ones() {
        kb.replace("kb.yaml", "field: fluidsGlasses", "field: fluids");
        assertThat(kb.rejected()).containsExactly("kb.yaml: diary: factor 'low_fluids': unknown day-log field 'fluids';"
                + " known: [alcoholUnits, caffeineDrinks, exerciseLevel, fluidsGlasses, heavySweating, hoursSitting,"
                + " newMedicine, pregnancyWeek]");
    }

    @Test
    void a_number_field_needs_exactly_one_comparison_and_a_yes_no_field_none() {
        kb.replace("kb.yaml", "      below: 6\n", "")
                .replace("kb.yaml", "      atLeast: 2\n", "      atLeast: 2\n      above: 3\n")
                .replace("kb.yaml", "      field: heavySweating\n", "      field: heavySweating\n      above: 0\n");
        assertThat(kb.rejected()).containsExactly(
                "kb.yaml: diary: factor 'low_fluids': number field 'fluidsGlasses' needs one of below, atLeast or above",
                "kb.yaml: diary: factor 'hard_exercise': give only one of below, atLeast and above",
                "kb.yaml: diary: factor 'heavy_sweating': yes/no field 'heavySweating' takes no below, atLeast or above");
    }

    @Test
    void a_factor_needs_a_known_source_and_a_unique_id_that_is_not_a_tag() {
        kb.replace("kb.yaml", "      sources: [merck_cramp]\n    # Stimulants", "      sources: [nobody]\n    # Stimulants")
                .replace("kb.yaml", "- id: caffeine", "- id: alcohol")
                .replace("kb.yaml", "- id: new_medicine", "- id: tag:new");
        assertThat(kb.rejected()).containsExactly(
                "kb.yaml: diary: factor 'alcohol': unknown source 'nobody'",
                "kb.yaml: diary: factor 'alcohol': duplicate factor id",
                "kb.yaml: diary: factor 'tag:new': a factor id may not start with 'tag:' (kept for tags)");
    }

    @Test
    void tag_words_must_show_the_tag() {
        kb.replace("kb.yaml", "tagWords: you tagged the day \"{tag}\"", "tagWords: you tagged the day");
        assertThat(kb.rejected()).containsExactly("kb.yaml: diary: 'tagWords' must contain {tag}");
    }
}
