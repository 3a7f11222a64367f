package org.crampwise.app.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StartsTest {

    @Test
    void the_stored_layout_and_other_iso_forms_read_as_java_time_reads_them() {
        for (String s : new String[] {"2026-11-26T03:10:00+01:00", "2026-11-26T03:10:00-03:30", "0001-01-01T00:00:00+00:00",
                "2026-11-26T03:10:00Z", "2026-11-26T03:10:00.5+01:00", "2026-11-26T03:10+01:00"}) {
            assertThat(Starts.parse(s)).as(s).isEqualTo(OffsetDateTime.parse(s));
        }
    }

    @Test
    void a_date_that_does_not_exist_or_a_letter_in_a_number_is_refused() {
        assertThatThrownBy(() -> Starts.parse("2026-13-26T03:10:00+01:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Starts.parse("2026-02-30T03:10:00+01:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Starts.parse("2026-1x-26T03:10:00+01:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Starts.parse("2026-11-26T03:10:00+19:00")).isInstanceOf(DateTimeException.class);
    }
}
