package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/**
 * A plain map of valid answers (as the contract's JSON has them) and the evidence read from it
 * say the same thing: map to evidence to map, and to JSON and back, give back what went in.
 */
class EvidenceMapPropertiesTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final EvidenceMap MAP = new EvidenceMap(KB);
    private static final EvidenceJson JSON = new EvidenceJson(KB);

    /** What each finding is: 0 unknown, 1 answered, 2 skipped. */
    @Provide
    Arbitrary<Map<String, Object>> documents() {
        List<Arbitrary<Object>> perFinding = new ArrayList<>();
        for (Finding f : KB.findings()) {
            perFinding.add(Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.just((Object) null)),
                    net.jqwik.api.Tuple.of(3, value(f)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just((Object) Skip.SKIP))));
        }
        return Combinators.combine(perFinding).as(values -> {
            Map<String, Object> findings = new LinkedHashMap<>();
            List<String> skipped = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String id = KB.findings().get(i).id();
                if (values.get(i) == Skip.SKIP) {
                    skipped.add(id);
                } else if (values.get(i) != null) {
                    findings.put(id, values.get(i));
                }
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("findings", findings);
            doc.put("skipped", skipped);
            return doc;
        });
    }

    private enum Skip { SKIP }

    /** A valid plain answer: true/false, a whole number as a Long or any other as a Double, an option's value. */
    private static Arbitrary<Object> value(Finding f) {
        switch (f.type()) {
            case BOOL:
                return Arbitraries.of(true, false);
            case CHOICE:
                return Arbitraries.of(f.options()).map(o -> (Object) o.value());
            default:
                return Arbitraries.oneOf(
                        Arbitraries.longs().between((long) Math.ceil(f.min()), (long) Math.floor(f.max())).map(n -> (Object) n),
                        Arbitraries.doubles().between(f.min(), f.max()).ofScale(3)
                                .filter(d -> d != Math.rint(d)).map(d -> (Object) d));
        }
    }

    @Property(tries = 300)
    void a_map_of_valid_answers_read_as_evidence_and_written_back_is_the_same_map(
            @ForAll("documents") Map<String, Object> document) throws InvalidEvidenceException {
        Evidence e = MAP.read(document);
        assertThat(MAP.write(e)).isEqualTo(document);
        assertThat(MAP.findings(e)).isEqualTo(document.get("findings"));
    }

    @Property(tries = 200)
    void the_map_and_the_json_of_the_same_answers_are_the_same_evidence(
            @ForAll("documents") Map<String, Object> document) throws InvalidEvidenceException {
        Evidence e = MAP.read(document);
        String json = JSON.write(e);
        assertThat(JSON.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(e);
    }
}
