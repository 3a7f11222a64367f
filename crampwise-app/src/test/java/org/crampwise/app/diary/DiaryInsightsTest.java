package org.crampwise.app.diary;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.account.TestPasswords;
import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crampwise.app.storage.Database;
import org.crampwise.diary.DayFactors;
import org.crampwise.diary.Escalation;
import org.crampwise.diary.Trigger;
import org.crampwise.engine.Engine;
import org.crampwise.kb.DayFactor;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Runs on SQLite and on PostgreSQL: the report's reads are written for each. */
@OnEveryDatabase
class DiaryInsightsTest {
    private static final Engine ENGINE = new Engine(KnowledgeBaseLoader.builtIn());
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 30 March 2026, noon in Amsterdam. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);

    @Parameter
    Database.Kind kind;
    @Opened
    Database db;
    private MutableClock clock;
    private Diary diary;
    private DiaryInsights insights;
    private long ann;
    private long bob;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-03-30T10:00:00Z"));
        Accounts accounts = new Accounts(db, TestPasswords.cheap(), clock);
        ann = accounts.register("ann@example.org", "correct horse battery staple");
        bob = accounts.register("bob@example.org", "correct horse battery staple");
        diary = new Diary(db, clock);
        insights = new DiaryInsights(diary, ENGINE, clock);
    }

    private static Episode at(LocalDate day, int minutes, Map<String, Object> findings) {
        return new Episode(OffsetDateTime.of(day.atTime(14, 0), ZoneOffset.ofHours(1)), AMSTERDAM, minutes, "calf",
                "left", 4, EpisodeContext.SITTING, null, null, findings);
    }

    private void cramps(LocalDate day, int n) {
        for (int i = 0; i < n; i++) {
            diary.addEpisode(ann, at(day, 3, Map.of()));
        }
    }

    private static DayLog fluids(LocalDate date, int glasses, Double alcohol, String... tags) {
        return new DayLog(date, glasses, null, null, alcohol, null, null, null, null, List.of(tags));
    }

    /**
     * 20 to 25 March: fewer than 6 glasses on the 20th, 21st and 22nd (1, 2 and 3 cramps), 8 glasses
     * on the 23rd, 24th and 25th (0, 2 and 0 cramps). Alcohol noted on three days, one tag.
     */
    private void sixLoggedDays() {
        LocalDate d = LocalDate.of(2026, 3, 20);
        diary.putDay(ann, fluids(d, 4, 1.5));
        diary.putDay(ann, fluids(d.plusDays(1), 4, 2.0));
        diary.putDay(ann, fluids(d.plusDays(2), 4, 0.0));
        diary.putDay(ann, fluids(d.plusDays(3), 8, null));
        diary.putDay(ann, fluids(d.plusDays(4), 8, null, "curry"));
        diary.putDay(ann, fluids(d.plusDays(5), 8, null));
        cramps(d, 1);
        cramps(d.plusDays(1), 2);
        cramps(d.plusDays(2), 3);
        cramps(d.plusDays(4), 2);
    }

    private static DiaryReport.TriggerLine line(DiaryReport r, String factor, Trigger.Timing timing) {
        return r.triggers().stream().filter(l -> l.trigger().factor().equals(factor) && l.trigger().timing() == timing)
                .findFirst().orElseThrow();
    }

    @Test
    void low_fluids_days_have_three_times_the_cramps_the_same_day_with_the_wald_interval() {
        sixLoggedDays();
        DiaryReport r = insights.report(ann, AMSTERDAM);
        // With: 6 cramps over 3 days; without: 2 over 3. RR = 2 / (2/3) = 3;
        // ln 3 ± 1.96·sqrt(1/6 + 1/2) = 1.0986 ± 1.6003 -> 0.6055 to 14.864.
        Trigger.Measured m = (Trigger.Measured) line(r, "low_fluids", Trigger.Timing.SAME_DAY).trigger();
        assertThat(m.episodesWith()).isEqualTo(6);
        assertThat(m.daysWith()).isEqualTo(3);
        assertThat(m.episodesWithout()).isEqualTo(2);
        assertThat(m.daysWithout()).isEqualTo(3);
        assertThat(m.rateRatio()).isCloseTo(3.0, within(1e-9));
        assertThat(m.lower()).isCloseTo(0.6055, within(1e-4));
        assertThat(m.upper()).isCloseTo(14.864, within(1e-3));
        assertThat(line(r, "low_fluids", Trigger.Timing.SAME_DAY).message()).isEqualTo(
                "On days when you drank fewer than 6 glasses, you had 3.00 times as many cramps as otherwise"
                        + " (95% CI 0.61 to 14.86).");
    }

    @Test
    void the_next_day_comparison_counts_the_cramps_of_the_following_days() {
        sixLoggedDays();
        DiaryReport r = insights.report(ann, AMSTERDAM);
        // Days after the low days: 21st, 22nd, 23rd -> 2 + 3 + 0 = 5; after the others: 24th, 25th,
        // 26th -> 2 + 0 + 0 = 2. RR = (5/3) / (2/3) = 2.5; ln 2.5 ± 1.96·sqrt(1/5 + 1/2) -> 0.485 to 12.886.
        DiaryReport.TriggerLine l = line(r, "low_fluids", Trigger.Timing.NEXT_DAY);
        Trigger.Measured m = (Trigger.Measured) l.trigger();
        assertThat(m.episodesWith()).isEqualTo(5);
        assertThat(m.episodesWithout()).isEqualTo(2);
        assertThat(m.rateRatio()).isCloseTo(2.5, within(1e-9));
        assertThat(m.lower()).isCloseTo(0.4850, within(1e-4));
        assertThat(m.upper()).isCloseTo(12.886, within(1e-3));
        assertThat(l.message()).startsWith("On the day after you drank fewer than 6 glasses, you had 2.50 times");
    }

    @Test
    void a_factor_with_too_few_days_says_how_many_more_to_log_and_unnoted_factors_are_not_listed() {
        sixLoggedDays();
        DiaryReport r = insights.report(ann, AMSTERDAM);
        // Alcohol noted 3 times: 2 days with (1.5, 2 units), 1 without (0): 1 + 2 more days needed.
        DiaryReport.TriggerLine alcohol = line(r, "alcohol", Trigger.Timing.SAME_DAY);
        assertThat(alcohol.trigger()).isEqualTo(new Trigger.NotEnoughData("alcohol", Trigger.Timing.SAME_DAY, 3));
        assertThat(alcohol.message()).isEqualTo("On days when you drank alcohol: not enough data yet — log 3 more days.");
        // The tag: 1 day with it, 5 without: 2 more days with it.
        DiaryReport.TriggerLine curry = line(r, "tag:curry", Trigger.Timing.SAME_DAY);
        assertThat(curry.trigger()).isEqualTo(new Trigger.NotEnoughData("tag:curry", Trigger.Timing.SAME_DAY, 2));
        assertThat(curry.factorWords()).isEqualTo("you tagged the day \"curry\"");
        assertThat(r.triggers()).extracting(l -> l.trigger().factor()).containsOnly("low_fluids", "alcohol", "tag:curry");
        // Ranked: the measured ratios come first, as in the core insights.
        assertThat(r.triggers()).extracting(DiaryReport.TriggerLine::trigger).isEqualTo(r.insights().triggers());
        assertThat(r.triggers().get(0).trigger()).isInstanceOf(Trigger.Measured.class);
    }

    @Test
    void eight_cramps_this_fortnight_after_none_raise_the_banner_in_the_knowledge_base_words() {
        sixLoggedDays();
        DiaryReport r = insights.report(ann, AMSTERDAM);
        assertThat(r.episodes()).isEqualTo(8);
        assertThat(r.days()).isEqualTo(6);
        assertThat(r.insights().averagePain()).isCloseTo(4.0, within(1e-9));
        assertThat(r.insights().timeOfDay().afternoon()).isEqualTo(8); // 14:00 on the recorded clock
        assertThat(r.reasons()).extracting(Escalation.Reason::code).containsExactly(Escalation.FORTNIGHT);
        assertThat(r.banner()).contains("Please see a doctor about your cramps. You logged 8 cramps in the last"
                + " 14 days. That is at least twice the 0 in the 14 days before.");
    }

    @Test
    void a_long_cramp_typed_in_by_hand_asks_for_a_doctor_not_for_help_today() {
        diary.addEpisode(ann, at(TODAY.minusDays(3), 12, Map.of()));
        DiaryReport r = insights.report(ann, AMSTERDAM);
        // The interview's rule 6 (over 10 minutes) would be urgent; a diary entry is days old.
        assertThat(r.reasons()).extracting(Escalation.Reason::code).containsExactly(Escalation.LONG_EPISODE);
        assertThat(r.reasons().get(0).level()).isEqualTo(Level.SEE_DOCTOR);
        assertThat(r.banner()).contains("Please see a doctor about your cramps. A cramp on 2026-03-27 lasted 12 minutes."
                + " Most cramps stop within 10 minutes.");
    }

    @Test
    void interview_answers_with_a_red_flag_give_the_triage_headline_once_and_unknown_answers_are_ignored() {
        diary.addEpisode(ann, at(TODAY.minusDays(2), 3, Map.of("one_leg_swollen", true, "side", "left")));
        diary.addEpisode(ann, at(TODAY.minusDays(1), 3, Map.of("one_leg_swollen", true, "side", "right")));
        diary.addEpisode(ann, at(TODAY, 3, Map.of("a_finding_since_removed", true, "side", "sideways")));
        // Older than the last 14 days: not judged again.
        diary.addEpisode(ann, at(TODAY.minusDays(14), 3, Map.of("leg_cold_pale_or_blue", true, "cannot_move_leg", true)));
        DiaryReport r = insights.report(ann, AMSTERDAM);
        assertThat(r.reasons()).extracting(Escalation.Reason::code).containsExactly(Escalation.RED_FLAG);
        assertThat(r.reasons().get(0).level()).isEqualTo(Level.URGENT);
        assertThat(r.banner()).contains("Get help today. These signs can mean a blood clot in the leg (DVT).");
    }

    @Test
    void a_hand_typed_episode_gives_its_place_side_pain_and_context_as_contract_findings() {
        Episode e = new Episode(OffsetDateTime.parse("2026-03-29T02:00:00+02:00"), AMSTERDAM, 30, "calf", "both", 7,
                EpisodeContext.IN_BED, null, null);
        assertThat(EpisodeEvidence.of(e, ENGINE.knowledgeBase())).containsOnly(
                Map.entry("location", "calf"), Map.entry("side", "both"), Map.entry("pain_score", 7L),
                Map.entry("at_night_in_bed", true), Map.entry("during_or_after_exercise", false));
        Episode odd = new Episode(OffsetDateTime.parse("2026-03-29T02:00:00+02:00"), AMSTERDAM, 3, "shoulder", null,
                null, null, null, null);
        assertThat(EpisodeEvidence.of(odd, ENGINE.knowledgeBase())).isEmpty();
    }

    @Test
    void today_is_the_persons_own_date_and_later_episodes_are_left_out() {
        clock.advance(java.time.Duration.ofHours(13).plusMinutes(30)); // 23:30 UTC on the 30th
        // 10:00 on the 31st in Auckland (+13:00) is 21:00 UTC on the 30th.
        diary.addEpisode(ann, new Episode(OffsetDateTime.parse("2026-03-31T10:00:00+13:00"),
                ZoneId.of("Pacific/Auckland"), 2, null, null, null, null, null, null));
        assertThat(insights.report(ann, ZoneOffset.UTC).episodes()).isZero();
        DiaryReport auckland = insights.report(ann, ZoneId.of("Pacific/Auckland"));
        assertThat(auckland.today()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(auckland.episodes()).isEqualTo(1);
        assertThat(auckland.insights().timeOfDay().morning()).isEqualTo(1);
        assertThat(auckland.insights().averagePain()).isNull();
    }

    @Test
    void another_accounts_diary_is_not_read() {
        sixLoggedDays();
        DiaryReport r = insights.report(bob, AMSTERDAM);
        assertThat(r.episodes()).isZero();
        assertThat(r.days()).isZero();
        assertThat(r.triggers()).isEmpty();
        assertThat(r.reasons()).isEmpty();
        assertThat(r.banner()).isEmpty();
    }

    @Test
    void every_day_log_field_the_knowledge_base_may_name_is_read_for_the_report() {
        diary.putDay(ann, new DayLog(TODAY, 5, 2, 7.5, 1.0, 3, true, false, 20, List.of("x", "y")));
        diary.putDay(ann, DayLog.empty(TODAY.minusDays(1)));
        diary.putDay(ann, DayLog.empty(TODAY.plusDays(1))); // after today: not read
        DiaryFacts.Facts facts = DiaryFacts.read(diary.database(), ann, TODAY, TODAY, ENGINE.knowledgeBase());
        assertThat(facts.days()).hasSize(2);
        DayFactors.NotedDay full = facts.days().stream().filter(d -> d.date().equals(TODAY)).findFirst().orElseThrow();
        assertThat(full.fields().keySet()).containsExactlyInAnyOrderElementsOf(DayFactor.FIELDS.keySet());
        assertThat(full.fields()).containsEntry("fluidsGlasses", 5).containsEntry("hoursSitting", 7.5)
                .containsEntry("heavySweating", true).containsEntry("newMedicine", false).containsEntry("pregnancyWeek", 20);
        assertThat(full.tags()).containsExactly("x", "y");
        assertThat(facts.days().stream().filter(d -> !d.date().equals(TODAY)).findFirst().orElseThrow().fields().values())
                .containsOnlyNulls();
    }

    @Test
    void a_stored_start_is_read_by_position_exactly_as_java_time_reads_it() {
        for (String s : List.of("2026-11-26T03:10:00+01:00", "2026-03-29T23:59:59-09:30", "0005-01-01T00:00:00+00:00",
                "9999-12-31T12:00:00+14:00", "2026-06-01T10:00:00+05:45")) {
            assertThat(DiaryFacts.start(s)).isEqualTo(OffsetDateTime.parse(s).toZonedDateTime());
        }
    }
}
