package org.crampwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.ENGINE;
import static org.crampwise.Cases.KB;
import static org.crampwise.engine.Judged.avoided;
import static org.crampwise.engine.Judged.given;
import static org.crampwise.engine.Judged.isFalse;
import static org.crampwise.engine.Judged.isTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Tri;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;

/**
 * Contract version 2 for any evidence at all: completeness by the open rules (README.md,
 * "Completeness"), suspects first (triage.md, "Suspected causes") and the advice that must follow
 * the triage (triage.md). The rules' truth comes from the knowledge base, judged by the test.
 */
class ContractV2PropertiesTest {

    @Provide
    Arbitrary<Evidence> evidence() {
        return Judged.anyEvidence();
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void the_unanswered_questions_are_the_unknown_findings_that_open_rules_read_and_never_one_that_cannot_be_asked(
            @ForAll("evidence") Evidence e) {
        Assessment.Triage t = ENGINE.assess(e).triage();
        List<Rule> open = Judged.openRules(e);
        assertThat(t.complete()).as("complete exactly when no rule is open").isEqualTo(open.isEmpty());
        assertThat(t.unansweredSafetyQuestions().isEmpty()).isEqualTo(open.isEmpty());
        if (t.level() == Level.CALL_EMERGENCY) {
            assertThat(t.unansweredSafetyQuestions()).isEmpty();
        }
        BitSet readByOpen = new BitSet();
        open.forEach(r -> readByOpen.or(Judged.reads(r)));
        for (String id : t.unansweredSafetyQuestions()) {
            Finding f = KB.finding(id);
            assertThat(e.isKnown(f)).as("%s is unknown", id).isFalse();
            assertThat(readByOpen.get(f.index())).as("an open rule reads %s", id).isTrue();
            assertThat(f.askIf() == null || f.askIf().eval(Judged.facts(e)) != Tri.FALSE)
                    .as("%s can be asked (its askIf is not FALSE)", id).isTrue();
        }
        // every unknown finding that alone can still decide an open rule is listed, whatever its safety
        // mark; a finding the rule also tests with "is unknown" sits in a part that is TRUE, not UNKNOWN
        for (Rule r : open) {
            BitSet reads = Judged.reads(r);
            String when = r.when().toString();
            for (int i = reads.nextSetBit(0); i >= 0; i = reads.nextSetBit(i + 1)) {
                Finding f = KB.findings().get(i);
                boolean testedForUnknown = when.contains(f.id() + " is unknown") || when.contains(f.id() + " is known");
                if (!e.isKnown(f) && !testedForUnknown && decides(e, r, f)) {
                    assertThat(t.unansweredSafetyQuestions()).as("rule %d waits on %s", r.number(), f.id()).contains(f.id());
                }
            }
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void when_nothing_is_left_unanswered_no_way_of_answering_the_rest_raises_the_level(@ForAll("evidence") Evidence e,
                                                                                       @ForAll long seed) {
        Assessment.Triage t = ENGINE.assess(e).triage();
        if (!t.unansweredSafetyQuestions().isEmpty()) {
            return;
        }
        BitSet readByRules = new BitSet();
        KB.rules().forEach(r -> r.when().reads(readByRules));
        Random random = new Random(seed);
        for (int sample = 0; sample < 25; sample++) {
            Evidence filled = e;
            for (int i = readByRules.nextSetBit(0); i >= 0; i = readByRules.nextSetBit(i + 1)) {
                Finding f = KB.findings().get(i);
                if (!e.isKnown(f)) {
                    filled = filled.with(f, randomValue(f, random));
                }
            }
            assertThat(ENGINE.level(filled)).as("level after answering the rest").isLessThanOrEqualTo(t.level());
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void the_suspects_of_the_rules_that_fired_come_first_in_rule_order_each_at_least_possible(
            @ForAll("evidence") Evidence e) {
        Set<String> suspects = new LinkedHashSet<>();
        Judged.firedMostUrgentFirst(e).forEach(r -> suspects.addAll(r.suspects()));
        List<Assessment.CauseResult> causes = ENGINE.assess(e).causes();
        List<String> first = causes.stream().limit(suspects.size()).map(Assessment.CauseResult::id).toList();
        assertThat(first).containsExactlyElementsOf(new ArrayList<>(suspects));
        causes.stream().limit(suspects.size())
                .forEach(c -> assertThat(c.likelihood()).as(c.id()).isNotEqualTo(Assessment.Likelihood.UNLIKELY));
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void an_emergency_always_names_a_likely_or_possible_cause_that_a_fired_rule_suspects(@ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        if (a.triage().level().compareTo(Level.EMERGENCY_DEPARTMENT) < 0) {
            return;
        }
        Set<String> suspects = new LinkedHashSet<>();
        Judged.firedMostUrgentFirst(e).forEach(r -> suspects.addAll(r.suspects()));
        assertThat(a.causes()).anyMatch(c -> suspects.contains(c.id()) && c.likelihood() != Assessment.Likelihood.UNLIKELY);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void rubbing_waits_until_a_clot_is_ruled_out_and_stretching_never_follows_a_possible_clot_or_urgent_help(
            @ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        Tri r1 = Judged.truth(e, 1);
        Tri r5 = Judged.truth(e, 5);
        Tri r35 = Judged.truth(e, 35);
        boolean clotRuledOut = r1 == Tri.FALSE && r5 == Tri.FALSE && r35 == Tri.FALSE;
        boolean clotPossible = r1 == Tri.TRUE || r5 == Tri.TRUE || r35 == Tri.TRUE;
        if (given(a).contains("massage")) {
            assertThat(clotRuledOut).as("massage given only once rules 1, 5 and 35 are all FALSE").isTrue();
        }
        if (given(a).contains("stretch_gently")) {
            assertThat(clotPossible).as("stretching given with a possible clot").isFalse();
            if (!a.triage().level().isAbove(Level.SEE_DOCTOR)) {
                return;
            }
            assertThat(a.triage().level()).isEqualTo(Level.URGENT);
            assertThat(Judged.truth(e, 6)).as("stretching at urgent only for a cramp that will not stop").isEqualTo(Tri.TRUE);
            assertThat(clotRuledOut).isTrue();
            assertThat(isFalse(e, "leg_skin_red_or_darker") && isFalse(e, "fever_or_shivery")).isTrue();
        }
        if (clotPossible) {
            assertThat(avoided(a)).contains("massage", "stretch_gently");
        }
        if (a.triage().level().isAbove(Level.SEE_DOCTOR)) {
            assertThat(given(a)).doesNotContain("warm_bath_or_shower", "painkiller_for_soreness_after",
                    "paracetamol_for_soreness_after");
        }
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void ibuprofen_is_never_given_in_pregnancy_kidney_disease_or_after_a_clot_and_only_when_each_is_known_no(
            @ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        boolean maybePregnant = Judged.mayBePregnant(e);
        boolean anyTrue = (maybePregnant && isTrue(e, "pregnant")) || isTrue(e, "kidney_disease_or_dialysis")
                || isTrue(e, "previous_dvt_or_pe");
        if (anyTrue) {
            assertThat(given(a)).doesNotContain("ibuprofen", "painkiller_for_soreness_after");
            assertThat(avoided(a)).contains("ibuprofen");
        }
        if (given(a).contains("painkiller_for_soreness_after")) {
            assertThat(!maybePregnant || isFalse(e, "pregnant")).as("pregnancy known no where it can apply").isTrue();
            assertThat(isFalse(e, "kidney_disease_or_dialysis")).as("kidney disease known no").isTrue();
            assertThat(isFalse(e, "previous_dvt_or_pe")).as("previous clot known no").isTrue();
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void rehydration_drinks_are_never_given_with_kidney_disease_and_drinking_more_always_says_to_keep_to_a_limit(
            @ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        if (isTrue(e, "kidney_disease_or_dialysis")) {
            assertThat(given(a)).doesNotContain("replace_fluids_and_salts");
        }
        a.advice().prevention().stream().filter(x -> x.id().equals("hydrate"))
                .forEach(x -> assertThat(x.text()).contains("limit"));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void heat_raising_the_leg_pushing_a_lump_quinine_and_magnesium_follow_the_contract(@ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        Finding numbness = KB.finding("numbness_or_tingling");
        boolean feelingReducedOrUnknown = isTrue(e, "numbness_or_tingling") || (isTrue(e, "diabetes") && !e.isKnown(numbness));
        boolean shortOfBlood = isTrue(e, "leg_cold_pale_or_blue") || Judged.truth(e, 8) == Tri.TRUE;
        if (feelingReducedOrUnknown || shortOfBlood) {
            assertThat(avoided(a)).contains("heat", "warm_bath_or_shower");
        }
        boolean keepLevel = isTrue(e, "leg_cold_pale_or_blue") || Judged.truth(e, 26) == Tri.TRUE
                || (isTrue(e, "constant_pain_even_at_rest")
                    && (isTrue(e, "known_pad") || isTrue(e, "pain_walking_relieved_by_rest")));
        if (keepLevel) {
            assertThat(given(a)).contains("keep_leg_level_and_still").doesNotContain("rest_and_elevate");
            assertThat(avoided(a)).contains("rest_and_elevate");
        }
        if (isTrue(e, "groin_lump")) {
            assertThat(avoided(a)).contains("push_lump_back");
        }
        Finding perWeek = KB.finding("episodes_per_week");
        if (isTrue(e, "disturbs_sleep") || (e.isKnown(perWeek) && e.value(perWeek.index()) >= 3)) {
            assertThat(avoided(a)).contains("quinine");
        }
        assertThat(given(a)).doesNotContain("quinine", "magnesium_for_cramps");
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void nothing_is_both_given_and_avoided(@ForAll("evidence") Evidence e) {
        Assessment a = ENGINE.assess(e);
        Set<String> avoided = avoided(a);
        assertThat(given(a)).noneMatch(avoided::contains);
    }

    /** Some answer to {@code f} alone makes the rule TRUE or FALSE. */
    private static boolean decides(Evidence e, Rule r, Finding f) {
        for (double v : candidates(f)) {
            if (r.when().eval(Judged.facts(e.with(f, v))) != Tri.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /** Every answer of a yes/no or choice finding; for a number, its ends and each line a rule draws, and either side. */
    private static List<Double> candidates(Finding f) {
        List<Double> out = new ArrayList<>();
        if (f.type() == FindingType.BOOL) {
            return List.of(0.0, 1.0);
        }
        if (f.type() == FindingType.CHOICE) {
            for (int i = 0; i < f.options().size(); i++) {
                out.add((double) i);
            }
            return out;
        }
        out.add(f.min());
        out.add(f.max());
        KB.rules().forEach(r -> r.when().constants((finding, c) -> {
            if (finding == f.index()) {
                for (double d : new double[] {c - 1, c, c + 1}) {
                    if (d >= f.min() && d <= f.max()) {
                        out.add(d);
                    }
                }
            }
        }));
        return out;
    }

    private static double randomValue(Finding f, Random random) {
        List<Double> c = candidates(f);
        return c.get(random.nextInt(c.size()));
    }
}
