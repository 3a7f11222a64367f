package org.crampwise.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for diary tests. */
final class Diary {
    static final ZoneId UTC = ZoneId.of("UTC");
    static final LocalDate START = LocalDate.of(2026, 3, 2); // a Monday

    private Diary() {
    }

    static Episode at(LocalDate day, int hour) {
        return new Episode(ZonedDateTime.of(day.atTime(hour, 0), UTC), 2, 5, null);
    }

    static Episode lasting(LocalDate day, int minutes) {
        return new Episode(ZonedDateTime.of(day.atTime(14, 0), UTC), minutes, 5, null);
    }

    static List<Episode> many(LocalDate day, int n) {
        List<Episode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(at(day, 10 + i % 10));
        }
        return out;
    }

    static FactorDay day(LocalDate date, String factor, boolean present) {
        return new FactorDay(date, Map.of(factor, present));
    }

    static Trigger.Measured measured(List<Trigger> ts, String factor, Trigger.Timing timing) {
        return (Trigger.Measured) find(ts, factor, timing);
    }

    static Trigger find(List<Trigger> ts, String factor, Trigger.Timing timing) {
        return ts.stream().filter(t -> t.factor().equals(factor) && t.timing() == timing).findFirst().orElseThrow();
    }
}
