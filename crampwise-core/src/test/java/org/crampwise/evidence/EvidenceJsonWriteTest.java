package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.evidence.EvidenceJsonFixture.JSON;
import static org.crampwise.evidence.EvidenceJsonFixture.KB;
import static org.crampwise.evidence.EvidenceJsonFixture.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.crampwise.kb.Finding;
import org.junit.jupiter.api.Test;

/** Evidence is written back as canonical evidence JSON that reads as the same evidence. */
class EvidenceJsonWriteTest {

    @Test
    void canonical_evidence_is_written_back_exactly_as_it_was_read() throws Exception {
        for (String json : List.of(
                "{\"findings\":{},\"skipped\":[]}",
                "{\"findings\":{\"age_years\":34,\"sex\":\"female\",\"location\":\"inner_thigh\","
                        + "\"sudden_tightening\":true,\"episode_minutes\":2.5,\"one_leg_swollen\":false},\"skipped\":[]}",
                "{\"findings\":{\"age_years\":0,\"pain_score\":10},\"skipped\":[\"relieved_by_stretching\"]}",
                "{\"findings\":{\"age_years\":120,\"side\":\"both\",\"days_since_start\":36500},"
                        + "\"skipped\":[\"pain_score\",\"breathless\"]}")) {
            assertThat(JSON.write(read(json))).isEqualTo(json);
        }
    }

    @Test
    void any_valid_input_is_written_back_as_the_same_evidence() throws Exception {
        for (String json : List.of(
                "{\"skipped\": [\"breathless\"], \"findings\": {\"one_leg_swollen\": true, \"age_years\": 34.0}}",
                "{\"findings\": {\"episode_minutes\": 1e1, \"pain_score\": 7.25, \"sex\": \"male\"}}",
                "{\"findings\": {\"location\": \"foot\", \"side\": \"left\", \"age_years\": 0.5}}")) {
            Evidence e = read(json);
            String written = JSON.write(e);
            assertThat(read(written)).as(json).isEqualTo(e);
            assertThat(JSON.write(read(written))).as(json).isEqualTo(written);
        }
    }

    @Property(tries = 300)
    void reading_what_was_written_gives_the_same_evidence(@ForAll("evidence") Evidence e) throws Exception {
        String written = JSON.write(e);
        assertThat(read(written)).isEqualTo(e);
        assertThat(JSON.write(read(written))).isEqualTo(written);
    }

    @Provide
    Arbitrary<Evidence> evidence() {
        List<Arbitrary<UnaryOperator<Evidence>>> steps = new ArrayList<>();
        for (Finding f : KB.findings()) {
            steps.add(answerFor(f));
        }
        return Combinators.combine(steps).as(ops -> {
            Evidence e = Evidence.empty(KB);
            for (UnaryOperator<Evidence> op : ops) {
                e = op.apply(e);
            }
            return e;
        });
    }

    private static Arbitrary<UnaryOperator<Evidence>> answerFor(Finding f) {
        UnaryOperator<Evidence> unknown = e -> e;
        UnaryOperator<Evidence> skip = e -> e.skip(f);
        Arbitrary<UnaryOperator<Evidence>> answer;
        switch (f.type()) {
            case BOOL:
                answer = Arbitraries.of(true, false).map(b -> e -> e.with(f, b));
                break;
            case CHOICE:
                answer = Arbitraries.of(f.options()).map(o -> e -> e.withChoice(f, o.value()));
                break;
            default:
                Arbitrary<Double> ends = Arbitraries.of(f.min(), f.max());
                Arbitrary<Double> whole = Arbitraries.longs().between((long) f.min(), (long) f.max()).map(l -> (double) l);
                Arbitrary<Double> decimal = Arbitraries.doubles().between(f.min(), f.max()).ofScale(3);
                answer = Arbitraries.oneOf(ends, whole, decimal).map(v -> e -> e.with(f, v.doubleValue()));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(unknown)),
                Tuple.of(1, Arbitraries.just(skip)),
                Tuple.of(3, answer));
    }
}
