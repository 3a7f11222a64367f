package org.crampwise.engine.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampwise.engine.Assessment.Likelihood;
import org.crampwise.engine.Engine;
import org.crampwise.engine.impact.CaseResult.Assessed;
import org.crampwise.engine.impact.CaseResult.RankedCause;
import org.crampwise.engine.impact.Difference.AdviceChange;
import org.crampwise.engine.impact.Difference.AdviceKind;
import org.crampwise.engine.impact.Difference.LevelChange;
import org.crampwise.engine.impact.Difference.NotAssessed;
import org.crampwise.engine.impact.Difference.Side;
import org.crampwise.kb.KbSource;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;

class ImpactReportTest {
    private static final Engine KNOWLEDGE = engine(null, null);
    private static final Engine BREAK_IS_999 = engine("possible_break_or_tear", Level.CALL_EMERGENCY);
    private static final ImpactCase CRACK = kase("C1", "{\"findings\":{\"heard_crack_or_leg_misshapen\":true}}", null);
    private static final ImpactCase CALM = kase("C2", "{\"findings\":{\"episode_minutes\":2}}", null);

    @Test
    void a_rule_raised_to_a_more_urgent_level_is_a_level_up_for_the_cases_it_reaches_only() {
        ImpactReport r = ImpactReport.compare(KNOWLEDGE, BREAK_IS_999, List.of(CRACK, CALM));

        assertThat(r.cases().get(0).differences())
                .contains(new LevelChange(Level.EMERGENCY_DEPARTMENT, Level.CALL_EMERGENCY));
        assertThat(r.cases().get(1).changed()).isFalse();
        assertThat(r.changed()).extracting(c -> c.kase().id()).containsExactly("C1");
        assertThat(r.summary().cases()).isEqualTo(2);
        assertThat(r.summary().changed()).isEqualTo(1);
        assertThat(r.summary().levelUp()).isEqualTo(1);
        assertThat(r.summary().levelDown()).isZero();
        assertThat(r.anyLevelDown()).isFalse();
    }

    @Test
    void the_same_change_read_the_other_way_round_is_a_level_down() {
        ImpactReport r = ImpactReport.compare(BREAK_IS_999, KNOWLEDGE, List.of(CRACK, CALM));

        LevelChange change = (LevelChange) r.cases().get(0).differences().stream()
                .filter(LevelChange.class::isInstance).findFirst().orElseThrow();
        assertThat(change.down()).isTrue();
        assertThat(change.up()).isFalse();
        assertThat(r.summary().levelDown()).isEqualTo(1);
        assertThat(r.summary().levelUp()).isZero();
        assertThat(r.anyLevelDown()).isTrue();
    }

    @Test
    void a_knowledge_base_compared_with_itself_changes_nothing() {
        ImpactReport r = ImpactReport.compare(KNOWLEDGE, KNOWLEDGE, List.of(CRACK, CALM));

        assertThat(r.changed()).isEmpty();
        assertThat(r.summary()).isEqualTo(new ImpactSummary(2, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void evidence_neither_knowledge_base_can_read_is_no_change_but_is_listed_and_counted_on_both_sides() {
        ImpactCase unknown = kase("P23", "{\"findings\":{\"fall_or_injury_x\":true}}", null);
        ImpactReport r = ImpactReport.compare(KNOWLEDGE, BREAK_IS_999, List.of(unknown, CALM));

        assertThat(r.cases().get(0).base())
                .isEqualTo(new CaseResult.Invalid("invalid evidence: findings.fall_or_injury_x: unknown finding"));
        assertThat(r.changed()).isEmpty();
        assertThat(r.notAssessedByEither()).extracting(c -> c.kase().id()).containsExactly("P23");
        assertThat(r.summary()).isEqualTo(new ImpactSummary(2, 0, 0, 0, 0, 0, 0, 1, 1));
        assertThat(r.anyLevelDown()).isFalse();
    }

    @Test
    void evidence_only_one_knowledge_base_can_read_is_shown_for_that_side_and_is_not_a_level_down() {
        Assessed current = new Assessed(Level.SELF_CARE, true, List.of(), List.of("stretch_gently"), List.of());
        CaseResult.Invalid base = new CaseResult.Invalid("invalid evidence: findings.x: unknown finding");
        CaseImpact c = new CaseImpact(CALM, base, current, ImpactReport.differences(base, current));

        assertThat(c.differences())
                .containsExactly(new NotAssessed(Side.BASE, "invalid evidence: findings.x: unknown finding"));
        assertThat(ImpactReport.differences(current, base))
                .containsExactly(new NotAssessed(Side.CURRENT, "invalid evidence: findings.x: unknown finding"));
        assertThat(c.levelDown()).isFalse();
        assertThat(c.notAssessed(Side.BASE)).isTrue();
        assertThat(c.notAssessed(Side.CURRENT)).isFalse();
        assertThat(ImpactSummary.of(List.of(c))).isEqualTo(new ImpactSummary(1, 1, 0, 0, 0, 0, 0, 1, 0));
    }

    @Test
    void asked_to_each_side_is_given_the_case_without_the_findings_it_does_not_know_and_says_which() {
        ImpactCase newer = kase("P23", "{\"findings\":{\"heard_crack_or_leg_misshapen\":true,\"fall_x\":true},"
                + "\"skipped\":[\"fall_y\",\"breathless\"]}", null);

        ImpactReport r = ImpactReport.compare(KNOWLEDGE, BREAK_IS_999, List.of(newer, CALM), true);

        assertThat(r.cases().get(0).differences()).startsWith(
                new Difference.FindingsIgnored(Side.BASE, List.of("fall_x", "fall_y")),
                new Difference.FindingsIgnored(Side.CURRENT, List.of("fall_x", "fall_y")),
                new LevelChange(Level.EMERGENCY_DEPARTMENT, Level.CALL_EMERGENCY));
        assertThat(r.cases().get(1).changed()).isFalse();
        assertThat(r.summary()).isEqualTo(new ImpactSummary(2, 1, 1, 0, r.summary().completeness(),
                r.summary().causes(), r.summary().advice(), 0, 0, 1, 1));
    }

    @Test
    void findings_left_out_alone_are_no_change() {
        ImpactCase newer = kase("P23", "{\"findings\":{\"episode_minutes\":2,\"fall_x\":true}}", null);

        ImpactReport r = ImpactReport.compare(KNOWLEDGE, KNOWLEDGE, List.of(newer), true);

        assertThat(r.changed()).isEmpty();
        assertThat(r.summary().ignoredBase()).isEqualTo(1);
        assertThat(ImpactReport.compare(KNOWLEDGE, KNOWLEDGE, List.of(newer)).summary().notAssessedBase()).isEqualTo(1);
    }

    @Test
    void different_problems_on_the_two_sides_are_both_shown() {
        CaseResult.Invalid base = new CaseResult.Invalid("invalid evidence: findings.x: unknown finding");
        CaseResult.Invalid current = new CaseResult.Invalid("invalid evidence: findings.y: unknown finding");

        assertThat(ImpactReport.differences(base, current)).containsExactly(
                new NotAssessed(Side.BASE, base.problem()), new NotAssessed(Side.CURRENT, current.problem()));
    }

    @Test
    void completeness_causes_and_each_advice_item_given_or_avoided_are_separate_differences() {
        RankedCause cramp = new RankedCause("nocturnal_cramp", Likelihood.LIKELY);
        RankedCause clot = new RankedCause("deep_vein_thrombosis", Likelihood.POSSIBLE);
        Assessed base = new Assessed(Level.URGENT, true, List.of(cramp, clot), List.of("stretch_gently", "massage"),
                List.of());
        Assessed current = new Assessed(Level.URGENT, false, List.of(clot, cramp), List.of("stretch_gently",
                "rest_and_elevate"), List.of("massage"));

        assertThat(ImpactReport.differences(base, current)).containsExactly(
                new Difference.CompletenessChange(true, false),
                new Difference.CausesChange(List.of(cramp, clot), List.of(clot, cramp)),
                new AdviceChange(AdviceKind.ADVISED, "rest_and_elevate", true),
                new AdviceChange(AdviceKind.ADVISED, "massage", false),
                new AdviceChange(AdviceKind.AVOIDED, "massage", true));
    }

    @Test
    void a_cause_whose_likelihood_alone_changes_is_a_causes_difference() {
        Assessed base = new Assessed(Level.SELF_CARE, true, List.of(new RankedCause("a", Likelihood.LIKELY)),
                List.of(), List.of());
        Assessed current = new Assessed(Level.SELF_CARE, true, List.of(new RankedCause("a", Likelihood.POSSIBLE)),
                List.of(), List.of());

        assertThat(ImpactReport.differences(base, current)).hasSize(1)
                .first().isInstanceOf(Difference.CausesChange.class);
    }

    @Test
    void an_assessed_case_keeps_the_first_three_causes_with_their_likelihoods() {
        Assessed a = (Assessed) CaseResult.of(KNOWLEDGE, CRACK);

        assertThat(a.level()).isEqualTo(Level.EMERGENCY_DEPARTMENT);
        assertThat(a.causes()).hasSize(CaseResult.TOP_CAUSES);
        assertThat(a.causes().get(0).likelihood()).isNotNull();
    }

    static ImpactCase kase(String id, String evidence, String expected) {
        String json = "{\"id\":\"" + id + "\",\"title\":\"t\",\"evidence\":" + evidence
                + (expected == null ? "" : ",\"expect\":{\"triage\":\"" + expected + "\"}") + "}";
        return ImpactCase.parse(id + ".json", id, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The project's knowledge folder, with one rule's level changed in memory when a rule is given. */
    static Engine engine(String rule, Level level) {
        Path dir = Path.of("../knowledge");
        return new Engine(KnowledgeBaseLoader.load(new KbSource() {
            @Override public String read(String file) throws IOException {
                try {
                    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
                    return rule != null && file.equals("rules.yaml") ? withLevel(text, rule, level) : text;
                } catch (NoSuchFileException e) {
                    return null;
                }
            }

            @Override public String describe() {
                return dir + " (rule " + rule + " at " + level + ")";
            }
        }));
    }

    private static String withLevel(String rules, String rule, Level level) {
        Matcher m = Pattern.compile("(- id: " + rule + "\\n(?:[^\\n]*\\n)*?\\s+level: )\\w+").matcher(rules);
        assertThat(m.find()).as("rule %s in rules.yaml", rule).isTrue();
        return m.replaceFirst("$1" + level.id());
    }
}
