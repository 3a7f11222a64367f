package org.crampwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.ENGINE;
import static org.crampwise.Cases.KB;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crampwise.condition.Condition;
import org.crampwise.condition.FindingType;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBaseLoader;

/** Safety properties that must hold for any evidence at all, not only for the cases we thought of. */
class EnginePropertiesTest {
    private static final List<Finding> SAFETY = KB.findings().stream()
            .filter(f -> f.safety() && f.type() == FindingType.BOOL).toList();

    /**
     * The answer to a safety question that the triage rules read as the warning sign: "yes" for
     * nearly all, "no" for a question they read as {@code = false} (a groin lump that does not go
     * back in). Taken from the rules, so a new question of either kind is covered as it is written.
     */
    private static boolean warningAnswer(Finding f) {
        Set<Boolean> warns = new HashSet<>();
        KB.rules().forEach(r -> warningAnswers(r.when(), f.index(), true, warns));
        assertThat(warns).as("the rules read %s both as a warning and as a reassurance", f.id()).hasSizeLessThan(2);
        return !warns.equals(Set.of(false));
    }

    /** Adds the answer of {@code finding} that makes {@code c} hold (or, under a "not", fail). */
    private static void warningAnswers(Condition c, int finding, boolean holds, Set<Boolean> out) {
        if (c instanceof Condition.Present || c instanceof Condition.Compare) {
            Condition.Leaf leaf = c.leaf();
            if (leaf.finding() == finding) {
                out.add(leaf.op().test(1, leaf.constant()) == holds);
            }
        } else if (c instanceof Condition.Not not) {
            warningAnswers(not.inner(), finding, !holds, out);
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> warningAnswers(p, finding, holds, out));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> warningAnswers(p, finding, holds, out));
        }
        // Always, Known (never a reason) and RuleRef (its rule is read on its own) say nothing here.
    }

    /** Random evidence of every shape: mostly unknown, half known, nearly all known (Judged). */
    @Provide
    Arbitrary<Evidence> evidence() {
        return Judged.anyEvidence();
    }

    @Provide
    Arbitrary<Finding> safetyFinding() {
        return Arbitraries.of(SAFETY);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void answering_an_unknown_safety_question_with_its_warning_sign_never_lowers_the_level(
            @ForAll("evidence") Evidence e, @ForAll("safetyFinding") Finding f) {
        // From unknown, not from the other answer: for a question whose "no" is the warning sign
        // (a groin lump that does not go back in), turning "no" into "yes" rightly lowers the level.
        Evidence unknown = e.without(f);
        assertThat(ENGINE.level(unknown.with(f, warningAnswer(f)))).as(f.id())
                .isGreaterThanOrEqualTo(ENGINE.level(unknown));
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void answering_an_unknown_safety_question_with_its_reassuring_answer_never_raises_the_level(
            @ForAll("evidence") Evidence e, @ForAll("safetyFinding") Finding f) {
        Evidence unknown = e.without(f);
        assertThat(ENGINE.level(unknown.with(f, !warningAnswer(f)))).as(f.id())
                .isLessThanOrEqualTo(ENGINE.level(unknown));
    }

    @Example
    void a_groin_lump_that_does_not_go_back_in_is_the_one_safety_question_whose_no_is_the_warning_sign() {
        assertThat(SAFETY.stream().filter(f -> !warningAnswer(f)).map(Finding::id))
                .containsExactly("groin_lump_goes_back_in");
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void nothing_to_avoid_is_ever_also_given_as_relief_or_prevention(@ForAll("evidence") Evidence e) {
        Assessment.Advice advice = ENGINE.assess(e).advice();
        Set<String> given = new HashSet<>();
        advice.relief().forEach(a -> given.add(a.id()));
        advice.prevention().forEach(a -> given.add(a.id()));
        assertThat(advice.avoid()).noneMatch(a -> given.contains(a.id()));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void the_same_evidence_always_gives_byte_identical_output(@ForAll("evidence") Evidence e) {
        byte[] first = AssessmentJson.write(ENGINE.assess(e), true);
        byte[] again = AssessmentJson.write(new Engine(KnowledgeBaseLoader.builtIn()).assess(e), true);
        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void the_level_is_the_most_urgent_of_the_rules_reached_and_each_reason_names_a_known_answer(
            @ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        a.triage().reasons().forEach(r -> {
            assertThat(r.level()).isLessThanOrEqualTo(a.triage().level());
            r.findings().forEach(id -> assertThat(e.isKnown(KB.finding(id))).isTrue());
        });
        if (!a.triage().reasons().isEmpty()) {
            assertThat(a.triage().reasons().get(0).level()).isEqualTo(a.triage().level());
        }
    }

    // Contract v2, README "Completeness": the list names every unknown finding an open rule reads,
    // whatever its safety mark (was: only safety findings), and never one whose askIf is FALSE.
    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void an_incomplete_triage_names_only_unknown_findings_that_an_open_rule_reads(@ForAll("evidence") Evidence e) {
        Assessment.Triage t = ENGINE.assess(e).triage();
        assertThat(t.complete()).isEqualTo(t.unansweredSafetyQuestions().isEmpty());
        java.util.BitSet readByOpen = new java.util.BitSet();
        Judged.openRules(e).forEach(r -> readByOpen.or(Judged.reads(r)));
        t.unansweredSafetyQuestions().forEach(id -> {
            Finding f = KB.finding(id);
            assertThat(e.isKnown(f)).isFalse();
            assertThat(readByOpen.get(f.index())).as("an open rule reads %s", id).isTrue();
            assertThat(f.askIf() == null || f.askIf().eval(Judged.facts(e)) != org.crampwise.condition.Tri.FALSE).isTrue();
        });
    }

    // Hazard controls (docs/SAFETY.md): "avoid wins" must hold for any evidence, not only the examples.

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void a_leg_that_may_have_a_clot_is_never_advised_to_be_rubbed_or_stretched(@ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        if (a.triage().reasons().stream().anyMatch(r -> r.rule().equals("dvt_signs") || r.rule().equals("clot_in_lung"))) {
            assertThat(given(a)).doesNotContain("massage", "stretch_gently");
            assertThat(a.advice().avoid()).extracting(Assessment.AdviceGiven::id).contains("massage", "stretch_gently");
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void heat_or_a_hot_bath_is_never_advised_for_a_numb_or_cold_pale_leg(@ForAll("evidence") Evidence e) {
        if (present(e, "numbness_or_tingling") || present(e, "leg_cold_pale_or_blue")) {
            assertThat(given(ENGINE.assess(e))).doesNotContain("heat", "warm_bath_or_shower");
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void a_strain_of_the_last_two_days_is_never_advised_heat_massage_hot_baths_or_stretching(
            @ForAll("evidence") Evidence e) {
        Finding days = KB.finding("days_since_start");
        if (present(e, "injury_felt_pull_or_pop") && (!e.isKnown(days) || e.value(days.index()) <= 2)) {
            assertThat(given(ENGINE.assess(e))).doesNotContain("heat", "massage", "warm_bath_or_shower", "stretch_gently");
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void every_text_of_an_assessment_gives_the_configured_phone_numbers_never_the_uk_ones(@ForAll("evidence") Evidence e) {
        Assessment a = ELSEWHERE.assess(e);
        List<String> texts = new ArrayList<>(List.of(a.disclaimer(), a.triage().headline(), a.triage().action()));
        a.triage().reasons().forEach(r -> texts.addAll(List.of(r.headline(), r.explanation())));
        for (List<Assessment.AdviceGiven> list : List.of(a.advice().relief(), a.advice().prevention(), a.advice().avoid())) {
            list.forEach(x -> texts.add(x.text() + " " + (x.why() == null ? "" : x.why())));
        }
        assertThat(texts).noneMatch(t -> t.contains("999") || t.contains("111") || t.contains("{"));
        assertThat(a.disclaimer()).contains("call 112");
    }

    private static final Engine ELSEWHERE = new Engine(KB.withNumbers("112", "116117"));

    private static boolean present(Evidence e, String id) {
        Finding f = KB.finding(id);
        return e.isKnown(f) && e.value(f.index()) == 1;
    }

    private static Set<String> given(Assessment a) {
        Set<String> out = new HashSet<>();
        a.advice().relief().forEach(x -> out.add(x.id()));
        a.advice().prevention().forEach(x -> out.add(x.id()));
        return out;
    }
}
