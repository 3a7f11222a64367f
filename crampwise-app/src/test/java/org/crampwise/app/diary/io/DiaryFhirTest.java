package org.crampwise.app.diary.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.diary.Episode;
import org.crampwise.diary.DayLog;
import org.crampwise.app.fhir.Fhir;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/** The diary's FHIR export keeps the saved answers (red flags too), the time zone and the day logs. */
class DiaryFhirTest {
    static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    /** A cramp saved from a check, with a red flag among its answers (a finding a triage rule reads). */
    static final Map<String, Object> ANSWERS = Map.of("one_leg_swollen", true, "leg_skin_warm", true,
            "location", "calf", "side", "left", "age_years", 45L);
    static final StoredEpisode SAVED = new StoredEpisode(7, new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"),
            ZoneId.of("Europe/Amsterdam"), 3, "calf", "left", 6, EpisodeContext.IN_BED, "stretching", "woke me",
            ANSWERS), Instant.parse("2026-11-26T08:00:00Z"));
    static final DayLog DAY = new DayLog(LocalDate.of(2026, 11, 26), 5, 3, 7.25, 0.5, 2, true, false, 12,
            List.of("curry", "long walk"));

    static Bundle bundle() {
        return new DiaryFhir(KB).bundle(List.of(SAVED), List.of(DAY), new Date());
    }

    static <T> T only(Bundle b, Class<T> type, java.util.function.Predicate<T> which) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).filter(which).findFirst().orElseThrow();
    }

    @Test
    void the_answers_saved_with_a_cramp_are_a_questionnaire_response_that_the_cramp_is_derived_from() {
        Bundle b = bundle();
        Observation cramp = only(b, Observation.class, o -> o.getCode().getCodingFirstRep().getCode().equals(DiaryFhir.CRAMP));
        QuestionnaireResponse qr = only(b, QuestionnaireResponse.class, r -> true);

        String url = b.getEntry().stream().filter(e -> e.getResource() == qr).findFirst().orElseThrow().getFullUrl();
        assertThat(cramp.getDerivedFromFirstRep().getReference()).isEqualTo(url);
        assertThat(qr.getQuestionnaire()).isEqualTo("https://crampwise.org/fhir/Questionnaire/crampwise");
        // Every answer saved, the red flag included, is in the response, whatever group it sits in.
        java.util.Set<String> answered = new java.util.HashSet<>();
        collect(qr.getItem(), answered);
        assertThat(answered).containsExactlyInAnyOrderElementsOf(ANSWERS.keySet());
    }

    private static void collect(List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items, java.util.Set<String> out) {
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent i : items) {
            if (i.hasAnswer()) {
                out.add(i.getLinkId());
            }
            collect(i.getItem(), out);
        }
    }

    @Test
    void a_cramp_keeps_its_time_zone_on_its_start() {
        Observation cramp = only(bundle(), Observation.class, o -> o.getCode().getCodingFirstRep().getCode().equals(DiaryFhir.CRAMP));

        assertThat(cramp.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-26T03:10:00+01:00");
        assertThat(cramp.getEffectiveDateTimeType().getExtensionByUrl(DiaryFhir.TZ_CODE).getValue().primitiveValue())
                .isEqualTo("Europe/Amsterdam");
    }

    @Test
    void a_day_log_is_an_observation_of_the_day_with_a_component_for_each_thing_noted() {
        Observation day = only(bundle(), Observation.class, o -> o.getCode().getCodingFirstRep().getCode().equals("day-log"));

        assertThat(day.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-26");
        assertThat(day.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode()).containsExactly(
                "fluidsGlasses", "exerciseLevel", "hoursSitting", "alcoholUnits", "caffeineDrinks", "heavySweating",
                "newMedicine", "pregnancyWeek", "tag", "tag");
        assertThat(day.getComponent().get(8).getValue().primitiveValue()).isEqualTo("curry");
        assertThat(DiaryDayFhir.observation(DayLog.empty(LocalDate.of(2026, 11, 27))).getComponent()).isEmpty();
    }
}
