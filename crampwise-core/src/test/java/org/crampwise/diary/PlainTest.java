package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampwise.diary.Trigger.Timing;
import org.junit.jupiter.api.Test;

class PlainTest {
    private static Trigger.Measured ratio(double r, double lower, double upper) {
        return new Trigger.Measured("alcohol", Timing.SAME_DAY, 1, 1, 1, 1, r, lower, upper, false);
    }

    @Test
    void an_interval_wholly_above_one_is_more_and_sure_and_wholly_below_is_fewer_and_sure() {
        assertThat(Plain.of(ratio(3, 1.2, 8))).isEqualTo(Plain.MORE_SURE);
        assertThat(Plain.of(ratio(0.3, 0.1, 0.9))).isEqualTo(Plain.FEWER_SURE);
        assertThat(Plain.MORE_SURE.sure()).isTrue();
    }

    @Test
    void an_interval_across_one_is_maybe_from_half_as_many_again_and_otherwise_no_clear_difference() {
        assertThat(Plain.of(ratio(1.5, 0.5, 4))).isEqualTo(Plain.MORE_MAYBE);
        assertThat(Plain.of(ratio(1 / 1.5, 0.2, 2))).isEqualTo(Plain.FEWER_MAYBE);
        assertThat(Plain.of(ratio(1.4, 0.5, 4))).isEqualTo(Plain.NO_DIFFERENCE);
        assertThat(Plain.of(ratio(1.0, 1.0, 1.0))).isEqualTo(Plain.NO_DIFFERENCE);
        assertThat(Plain.NO_DIFFERENCE.sure()).isFalse();
    }

    @Test
    void too_few_days_is_its_own_kind() {
        assertThat(Plain.of(new Trigger.NotEnoughData("alcohol", Timing.NEXT_DAY, 2))).isEqualTo(Plain.TOO_FEW);
    }
}
