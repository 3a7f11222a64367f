package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void one_syllable_words_count_as_one() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("cramp")).isEqualTo(1);
        assertThat(Readability.syllables("leg")).isEqualTo(1);
    }

    @Test
    void vowel_groups_make_the_syllables() {
        assertThat(Readability.syllables("water")).isEqualTo(2);
        assertThat(Readability.syllables("tingling")).isEqualTo(2);
        assertThat(Readability.syllables("stretching")).isEqualTo(2);
        assertThat(Readability.syllables("swollen")).isEqualTo(2);
        assertThat(Readability.syllables("vomiting")).isEqualTo(3);
    }

    @Test
    void a_silent_final_e_is_dropped_but_a_final_le_after_a_consonant_is_not() {
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("whole")).isEqualTo(1);
        assertThat(Readability.syllables("muscle")).isEqualTo(2);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("the")).isEqualTo(1);
    }

    @Test
    void es_and_ed_endings_are_silent_only_where_they_are_not_spoken() {
        assertThat(Readability.syllables("takes")).isEqualTo(1);
        assertThat(Readability.syllables("muscles")).isEqualTo(2);
        assertThat(Readability.syllables("boxes")).isEqualTo(2);
        assertThat(Readability.syllables("places")).isEqualTo(2);
        assertThat(Readability.syllables("stretched")).isEqualTo(1);
        assertThat(Readability.syllables("wanted")).isEqualTo(2);
    }

    @Test
    void every_word_has_at_least_one_syllable_and_a_number_has_one() {
        assertThat(Readability.syllables("be")).isEqualTo(1);
        assertThat(Readability.syllables("bed")).isEqualTo(1);
        assertThat(Readability.syllables("14")).isEqualTo(1);
        assertThat(Readability.syllables("1440")).isEqualTo(1);
    }

    @Test
    void capitals_and_apostrophes_do_not_change_the_count() {
        assertThat(Readability.syllables("Muscle")).isEqualTo(2);
        assertThat(Readability.syllables("don't")).isEqualTo(1);
        assertThat(Readability.syllables("Parkinson's")).isEqualTo(3);
    }

    @Test
    void a_short_plain_sentence_scores_below_grade_three() {
        assertThat(Readability.fleschKincaidGrade("The cat sat on the mat.")).isLessThan(3.0);
        assertThat(Readability.fleschKincaidGrade("Is one leg swollen?")).isLessThan(3.0);
    }

    @Test
    void a_long_sentence_of_medical_words_scores_above_grade_twelve() {
        String text = "Peripheral arterial disease frequently produces intermittent claudication, "
                + "characteristically precipitated by ambulation and alleviated by immobility.";
        assertThat(Readability.fleschKincaidGrade(text)).isGreaterThan(12.0);
    }

    @Test
    void a_known_example_scores_in_the_expected_range() {
        // The usual textbook example: about grade 13 by hand counting (15 words, 1 sentence).
        String text = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
        assertThat(Readability.fleschKincaidGrade(text)).isBetween(9.0, 15.0);
    }

    @Test
    void splitting_a_long_sentence_lowers_the_grade() {
        String one = "Do you take a water tablet, such as furosemide, and do you also take a statin for cholesterol?";
        String two = "Do you take a water tablet, such as furosemide? Do you also take a statin for cholesterol?";
        assertThat(Readability.fleschKincaidGrade(two)).isLessThan(Readability.fleschKincaidGrade(one));
    }

    @Test
    void a_text_without_a_full_stop_counts_as_one_sentence() {
        assertThat(Readability.sentences("Inside of the thigh")).isEqualTo(1);
        assertThat(Readability.sentences("It hurts. It is worse at night")).isEqualTo(2);
        assertThat(Readability.sentences("Call 999 now! Do not wait. Is it bad?")).isEqualTo(3);
        assertThat(Readability.fleschKincaidGrade("Inside of the thigh"))
                .isCloseTo(Readability.fleschKincaidGrade("Inside of the thigh."), within(1e-9));
    }

    @Test
    void words_are_runs_of_letters_digits_and_apostrophes() {
        assertThat(Readability.words("It's 10 minutes (or more).")).containsExactly("It's", "10", "minutes", "or", "more");
        assertThat(Readability.fleschKincaidGrade("")).isEqualTo(0.0);
    }

    @Test
    void the_median_of_an_even_list_is_the_mean_of_the_middle_two() {
        assertThat(Readability.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Readability.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
