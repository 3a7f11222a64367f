package org.crampwise.app.diary.io;

import org.crampwise.app.account.TestPasswords;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.diary.MutableClock;
import org.crampwise.app.diary.StoredEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crampwise.app.storage.Database;
import org.crampwise.app.fhir.Fhir;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiaryExportTest {
    @TempDir
    Path dir;
    private Diary diary;
    private DiaryExport export;
    private DiaryImport importer;
    private long ann;
    private long bob;

    private static final Episode TRICKY = new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"),
            ZoneId.of("Europe/Amsterdam"), 3, "calf", "left", 6, EpisodeContext.IN_BED, "",
            "woke me, \"again\"\nsecond line, with commas", Map.of("one_leg_swollen", false, "pain_score", 6L,
                    "location", "calf", "age_years", 47.5));
    private static final Episode PLAIN = new Episode(OffsetDateTime.parse("2026-11-27T22:00:00-05:00"),
            ZoneId.of("America/New_York"), 0, null, null, null, null, null, null);
    private static final DayLog FULL = new DayLog(LocalDate.of(2026, 11, 26), 5, 3, 7.25, 0.1, 2, true, false, 12,
            List.of("curry", "long walk"));
    private static final DayLog EMPTY = DayLog.empty(LocalDate.of(2026, 11, 27));

    @BeforeEach
    void open() {
        Database db = Database.open(dir);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:30:00Z"));
        Accounts accounts = new Accounts(db, TestPasswords.cheap(), clock);
        ann = accounts.register("ann@example.org", "correct horse battery staple");
        bob = accounts.register("bob@example.org", "correct horse battery staple");
        diary = new Diary(db, clock);
        export = new DiaryExport(diary, KnowledgeBaseLoader.builtIn());
        importer = new DiaryImport(diary, KnowledgeBaseLoader.builtIn(), clock);
        diary.addEpisode(ann, TRICKY);
        diary.addEpisode(ann, PLAIN);
        diary.putDay(ann, FULL);
        diary.putDay(ann, EMPTY);
    }

    private String written(long account, DiaryExport.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(account, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_csv_export_imported_into_another_account_gives_back_the_same_diary() throws Exception {
        String csv = written(ann, DiaryExport.Format.CSV);
        DiaryImport.Result r = importer.run(bob, new StringReader(csv), false, DiaryImport.Progress.NONE);
        assertThat(r.bad()).isEmpty();
        assertThat(r.stored()).isTrue();
        assertThat(diary.allEpisodes(bob)).extracting(StoredEpisode::episode).containsExactly(TRICKY, PLAIN);
        assertThat(diary.allDays(bob)).containsExactly(FULL, EMPTY);
        // And exporting the copy gives the same bytes.
        assertThat(written(bob, DiaryExport.Format.CSV)).isEqualTo(csv);
    }

    @Test
    void the_csv_has_a_header_then_episodes_then_days_with_empty_text_quoted_and_missing_values_empty() throws Exception {
        String[] lines = written(ann, DiaryExport.Format.CSV).split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", DiaryCsv.COLUMNS));
        assertThat(lines[1]).startsWith("episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,calf,left,6,in_bed,\"\",\"woke me, \"\"again\"\"\n");
        assertThat(lines).contains("episode,2026-11-27T22:00:00-05:00,America/New_York,0,,,,,,,,,,,,,,,,,",
                "day,,,,,,,,,,,2026-11-26,5,3,7.25,0.1,2,true,false,12,\"curry,long walk\"",
                "day,,,,,,,,,,,2026-11-27,,,,,,,,,");
    }

    @Test
    void the_json_export_has_every_episode_and_day_with_the_api_field_names() throws Exception {
        JsonNode root = new ObjectMapper().readTree(written(ann, DiaryExport.Format.JSON));
        assertThat(root.fieldNames()).toIterable().containsExactly("episodes", "days");
        JsonNode e = root.get("episodes").get(0);
        assertThat(e.fieldNames()).toIterable().containsExactly("id", "start", "zone", "durationMinutes", "location",
                "side", "painScore", "context", "helped", "notes", "findings", "createdAt");
        assertThat(e.get("start").asText()).isEqualTo("2026-11-26T03:10:00+01:00");
        assertThat(e.get("painScore").asInt()).isEqualTo(6);
        assertThat(e.get("context").asText()).isEqualTo("in_bed");
        assertThat(e.get("findings").get("age_years").asDouble()).isEqualTo(47.5);
        assertThat(e.get("findings").get("one_leg_swollen").asBoolean()).isFalse();
        assertThat(e.get("createdAt").asText()).isEqualTo("2026-11-28T09:30:00Z");
        JsonNode plain = root.get("episodes").get(1);
        assertThat(plain.get("painScore").isNull()).isTrue();
        assertThat(plain.get("findings").size()).isZero();
        JsonNode d = root.get("days").get(0);
        assertThat(d.fieldNames()).toIterable().containsExactly("date", "fluidsGlasses", "exerciseLevel",
                "hoursSitting", "alcoholUnits", "caffeineDrinks", "heavySweating", "newMedicine", "pregnancyWeek", "tags");
        assertThat(d.get("hoursSitting").asDouble()).isEqualTo(7.25);
        assertThat(d.get("heavySweating").asBoolean()).isTrue();
        assertThat(d.get("tags")).hasSize(2);
        assertThat(root.get("days").get(1).get("fluidsGlasses").isNull()).isTrue();
        assertThat(root.toString()).doesNotContain("ann@example.org");
    }

    @Test
    void the_fhir_export_parses_back_as_a_bundle_with_one_cramp_observation_per_episode() throws Exception {
        String json = written(ann, DiaryExport.Format.FHIR);
        Bundle b = Fhir.context().newJsonParser().parseResource(Bundle.class, json);
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        // two cramps, the answers saved with the first, two days
        assertThat(b.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactly("Observation", "Observation", "QuestionnaireResponse", "Observation", "Observation");
        // fullUrl: FHIR allows an absolute URL or urn:uuid/urn:oid; each entry its own, the same on every export
        assertThat(b.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).matches("urn:uuid:[0-9a-f-]{36}"));
        assertThat(b.getEntry().get(0).getFullUrl()).isNotEqualTo(b.getEntry().get(1).getFullUrl());
        assertThat(Fhir.context().newJsonParser().parseResource(Bundle.class, written(ann, DiaryExport.Format.FHIR))
                .getEntry().get(0).getFullUrl()).isEqualTo(b.getEntry().get(0).getFullUrl());
        Observation o = (Observation) b.getEntry().get(0).getResource();
        assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
        assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("55300003");
        assertThat(o.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-26T03:10:00+01:00");
        assertThat(o.getBodySite().getText()).isEqualTo("Calf (back of the lower leg), Left leg");
        assertThat(o.getBodySite().getCodingFirstRep().getCode()).isEqualTo("calf");
        Quantity minutes = o.getComponent().get(0).getValueQuantity();
        assertThat(minutes.getValue().intValue()).isEqualTo(3);
        assertThat(minutes.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(minutes.getCode()).isEqualTo("min");
        Observation.ObservationComponentComponent pain = o.getComponent().get(1);
        assertThat(pain.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(pain.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(((IntegerType) pain.getValue()).getValue()).isEqualTo(6);
        assertThat(o.getNote()).extracting(n -> n.getText()).containsExactly("woke me, \"again\"\nsecond line, with commas");
        Observation plain = (Observation) b.getEntry().get(1).getResource();
        assertThat(plain.hasBodySite()).isFalse();
        assertThat(plain.getComponent()).hasSize(1); // the duration only: no pain score given
    }

    @Test
    void every_export_keeps_each_cramps_time_zone_beside_its_offset() throws Exception {
        JsonNode json = new ObjectMapper().readTree(written(ann, DiaryExport.Format.JSON)).get("episodes");
        assertThat(json.get(0).get("zone").asText()).isEqualTo("Europe/Amsterdam");
        assertThat(json.get(1).get("zone").asText()).isEqualTo("America/New_York");
        assertThat(json.get(1).get("start").asText()).isEqualTo("2026-11-27T22:00:00-05:00");

        Bundle b = Fhir.context().newJsonParser().parseResource(Bundle.class, written(ann, DiaryExport.Format.FHIR));
        List<String> zones = new java.util.ArrayList<>();
        for (Bundle.BundleEntryComponent entry : b.getEntry()) {
            if (!(entry.getResource() instanceof Observation o) || !DiaryFhir.CRAMP.equals(o.getCode().getCodingFirstRep().getCode())) {
                continue; // the saved answers and the day logs
            }
            var start = o.getEffectiveDateTimeType();
            zones.add(start.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/tz-code").getValue()
                    .primitiveValue() + " " + start.getValueAsString());
        }
        assertThat(zones).containsExactly("Europe/Amsterdam 2026-11-26T03:10:00+01:00",
                "America/New_York 2026-11-27T22:00:00-05:00");

        String csv = written(ann, DiaryExport.Format.CSV);
        importer.run(bob, new StringReader(csv), false, DiaryImport.Progress.NONE);
        assertThat(diary.allEpisodes(bob)).extracting(s -> s.episode().zone().getId())
                .containsExactly("Europe/Amsterdam", "America/New_York");
    }

    @Test
    void an_empty_diary_exports_a_header_no_records_and_an_empty_bundle() throws Exception {
        long cat = new Accounts(Database.open(dir), TestPasswords.cheap(), new MutableClock(Instant.EPOCH))
                .register("cat@example.org", "correct horse battery staple");
        assertThat(written(cat, DiaryExport.Format.CSV)).isEqualTo(String.join(",", DiaryCsv.COLUMNS) + "\r\n");
        assertThat(new ObjectMapper().readTree(written(cat, DiaryExport.Format.JSON)).get("episodes")).isEmpty();
        Bundle b = Fhir.context().newJsonParser().parseResource(Bundle.class, written(cat, DiaryExport.Format.FHIR));
        assertThat(b.getEntry()).isEmpty();
    }
}
