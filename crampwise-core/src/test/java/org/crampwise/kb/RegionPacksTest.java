package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Region packs (issue 14): reviewed data, each number with its source, texts with placeholders. */
class RegionPacksTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();

    @TempDir
    Path dir;
    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Test
    void the_ten_regions_of_the_issue_are_there_with_england_as_the_default() {
        assertThat(KB.regions().keySet())
                .containsExactly("GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR", "IE", "US", "CA", "AU", "NZ", "EU");
        assertThat(KB.region().id()).isEqualTo("GB-ENG");
        assertThat(KB.region("us")).isSameAs(KB.region("US"));
        assertThat(KB.region("XX")).isNull();
    }

    @Test
    void every_number_of_every_region_has_an_official_https_source() {
        for (Region r : KB.regions().values()) {
            assertThat(r.sources()).extracting(Region.NumberSource::number).contains(r.emergencyNumber());
            if (r.urgentNumber() != null) {
                assertThat(r.sources()).extracting(Region.NumberSource::number).contains(r.urgentNumber());
            }
            assertThat(r.sources()).allSatisfy(s -> {
                assertThat(s.url()).startsWith("https://");
                assertThat(s.title()).isNotBlank();
            });
        }
    }

    @Test
    void the_emergency_and_same_day_routes_are_right_where_they_differ() {
        assertThat(KB.region("US").emergencyNumber()).isEqualTo("911");
        assertThat(KB.region("US").urgentNumber()).isNull();
        assertThat(KB.region("CA").emergencyNumber()).isEqualTo("911");
        assertThat(KB.region("CA").urgentNumber()).isEqualTo("811");
        assertThat(KB.region("AU").emergencyNumber()).isEqualTo("000");
        assertThat(KB.region("AU").urgentNumber()).isEqualTo("1800 022 222");
        assertThat(KB.region("NZ").emergencyNumber()).isEqualTo("111");
        assertThat(KB.region("NZ").urgentNumber()).isEqualTo("0800 611 116");
        assertThat(KB.region("GB-NIR").urgentNumber()).isNull();
        assertThat(KB.region("GB-NIR").words().get("urgent")).doesNotContain("111");
        assertThat(KB.region("GB-SCT").words().get("urgent")).contains("NHS 24").contains("111");
        assertThat(KB.region("IE").words().get("emergency")).contains("112").contains("999");
        assertThat(KB.region("EU").emergencyNumber()).isEqualTo("112");
    }

    @Test
    void every_region_fills_every_level_text_with_no_placeholder_left() {
        for (Region r : KB.regions().values()) {
            KnowledgeBase here = KB.forRegion(r);
            for (Level l : Level.values()) {
                assertThat(here.fill(here.level(l).label()) + here.fill(here.level(l).action()))
                        .as("%s %s", r.id(), l).doesNotContain("{");
            }
            assertThat(here.fill(here.rule("pre_eclampsia_signs").action()))
                    .doesNotContain("{");
        }
    }

    @Test
    void in_new_zealand_the_same_day_route_never_says_111() {
        KnowledgeBase nz = KB.forRegion(KB.region("NZ"));
        assertThat(nz.fill(nz.level(Level.URGENT).action())).doesNotContain("111").contains("0800 611 116");
        assertThat(nz.fill(nz.level(Level.CALL_EMERGENCY).action())).contains("Call 111");
    }

    @Test
    void a_deployments_numbers_override_the_regions() {
        KnowledgeBase here = KB.forRegion(KB.region("US")).withNumbers("112", null);
        assertThat(here.emergencyNumber()).isEqualTo("112");
        assertThat(here.fill("{emergency} / {urgent}")).isEqualTo("112 / " + KB.region("US").words().get("urgent"));
    }

    @Test
    void a_number_without_a_source_is_rejected() {
        kb.replace("regions/AU.yaml", "  source: {title: \"healthdirect: When to call triple zero (000)\", "
                + "url: \"https://www.healthdirect.gov.au/when-to-call-triple-zero-000\"}\n", "");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(KbSource.directory(dir)))
                .hasMessageContaining("regions/AU.yaml: AU: emergency: number 000 has no source");
    }

    @Test
    void a_number_in_the_words_that_no_source_gives_is_rejected() {
        kb.replace("regions/US.yaml", "urgentCare: an urgent care center", "urgentCare: an urgent care center (call 311)");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(KbSource.directory(dir)))
                .hasMessageContaining("'urgentCare' says 311, a number no source gives");
    }

    @Test
    void a_missing_word_and_an_unknown_one_are_rejected() {
        kb.replace("regions/EU.yaml", "  gp: doctor\n", "  doctor: doctor\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(KbSource.directory(dir)))
                .hasMessageContaining("regions/EU.yaml: EU: words: missing 'gp'")
                .hasMessageContaining("regions/EU.yaml: EU: words: unknown field 'doctor'");
    }

    @Test
    void a_text_with_an_unknown_placeholder_is_rejected() {
        kb.replace("kb.yaml", "label: See a {gp} soon", "label: See a {doctor} soon");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(KbSource.directory(dir)))
                .hasMessageContaining("kb.yaml: level 'see_doctor': label: unknown placeholder {doctor}");
    }

    @Test
    void a_text_that_writes_a_service_name_or_a_number_is_rejected() {
        kb.replace("kb.yaml", "label: See a {gp} soon", "label: See a GP soon");
        kb.replace("kb.yaml", "label: Call {emergency} now", "label: Call 911 now");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(KbSource.directory(dir)))
                .hasMessageContaining("level 'see_doctor': label: writes the service name GP instead of its placeholder")
                .hasMessageContaining("level 'call_emergency': label: writes the number 911 instead of its placeholder");
    }

    @Test
    void a_region_listed_without_its_pack_is_rejected() {
        kb.replace("kb.yaml", "regions: [GB-ENG,", "regions: [FR, GB-ENG,");
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(KbSource.directory(dir)))
                .hasMessageContaining("regions/FR.yaml: file is missing");
    }

    @Test
    void no_text_of_the_knowledge_base_writes_a_number_or_a_service_name() {
        RegionTexts rule = new RegionTexts(KB.regions().values());
        Map<String, String> texts = RegionTexts.of(KB);
        assertThat(texts).hasSizeGreaterThan(100);
        texts.forEach((where, text) -> assertThat(rule.problems(text)).as(where).isEqualTo(List.of()));
    }
}
