package org.crampwise.app.web.summary;

import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampwise.app.account.Accounts;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.diary.DayFactors;
import org.crampwise.diary.Summary;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's PDF read back with PDFBox: ten years of diary on one page, with the JSON's figures. */
class SummaryPdfTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Messages MESSAGES = new Messages(Locale.UK, KB.emergencyNumber(), KB.urgentNumber());
    private static final PlainWords PLAIN = new PlainWords(KB.diary(), MESSAGES);

    @TempDir
    static Path dir;
    private static Database db;
    private static DiarySummaries summaries;
    private static long account;

    @BeforeAll
    static void tenYears() {
        db = Database.open(dir);
        account = new Accounts(db, TestPasswords.cheap()).register("ann@example.org", "correct horse battery staple");
        SplittableRandom r = new SplittableRandom(7);
        List<Episode> episodes = new ArrayList<>();
        List<DayLog> days = new ArrayList<>();
        for (int i = 0; i < 3650; i++) {
            LocalDate d = TODAY.minusDays(i);
            boolean sweat = r.nextInt(4) == 0;
            days.add(new DayLog(d, 4 + r.nextInt(6), r.nextInt(4), 6.5, 0.0, r.nextInt(5), sweat, r.nextInt(90) == 0,
                    null, r.nextInt(5) == 0 ? List.of("curry") : List.of()));
            for (int k = r.nextInt(sweat ? 4 : 2); k > 0; k--) {
                OffsetDateTime start = d.atTime(r.nextInt(24), r.nextInt(60)).atZone(LONDON).toOffsetDateTime();
                Map<String, Object> findings = r.nextInt(10) == 0
                        ? Map.of("location", "calf", "side", "left", "one_leg_swollen", r.nextInt(5) == 0) : Map.of();
                episodes.add(new Episode(start, LONDON, 1 + r.nextInt(14), "calf", "left", r.nextInt(11),
                        EpisodeContext.values()[r.nextInt(5)], null, null, findings));
            }
        }
        new Diary(db).addAll(account, episodes, days);
        Clock noon = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        summaries = new DiarySummaries(new Diary(db, noon), new Engine(KB), noon);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static byte[] pdf(Summary s) {
        return SummaryPdf.bytes(SummaryDoc.of(s, TODAY, MESSAGES, PLAIN), "en-GB");
    }

    @Test
    void ten_years_of_diary_fit_on_one_page_with_the_json_figures() throws Exception {
        Summary s = summaries.summary(account, Summary.Period.endingOn(TODAY));
        JsonNode json = new ObjectMapper().readTree(SummaryJson.bytes(s, PLAIN));
        try (PDDocument doc = Loader.loadPDF(pdf(s))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            JsonNode now = json.get("now");
            JsonNode before = json.get("before");
            assertThat(text).contains("Cramps per week " + figure(now.get("crampsPerWeek")) + " "
                    + figure(before.get("crampsPerWeek")));
            assertThat(text).contains("Cramps in all " + now.get("cramps").asInt() + " " + before.get("cramps").asInt());
            assertThat(text).contains("Nights with no cramp " + now.get("nightsWithoutCramp").asInt() + " of 28");
            assertThat(text).contains("Average length (minutes) " + figure(now.get("averageMinutes")));
            assertThat(text).contains("Longest (minutes) " + now.get("longestMinutes").asInt());
            assertThat(text).contains("Average pain (0–10) " + figure(now.get("averagePain")));
            assertThat(text).contains("Nights the cramps woke them " + now.get("nightsWoken").asInt());
            assertThat(text).contains("Logged " + now.get("daysLogged").asInt() + " of 28 days.");
            assertThat(text).contains("night " + now.get("timeOfDay").get("night").asInt() + ", morning "
                    + now.get("timeOfDay").get("morning").asInt());
            for (JsonNode reason : json.get("reasons")) {
                assertThat(text).contains(reason.get("words").asText().replaceAll("\\s+", " "));
            }
            assertThat(json.get("lastCheck").get("date").asText()).isNotEmpty();
            assertThat(text).contains("Last check");
        }
    }

    @Test
    void a_whole_year_with_every_reason_still_fits_on_one_page() throws Exception {
        Summary s = summaries.summary(account, new Summary.Period(TODAY.minusDays(365), TODAY));
        try (PDDocument doc = Loader.loadPDF(pdf(s))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Logged 366 of 366 days.");
        }
    }

    @Test
    void its_font_is_embedded_and_it_is_tagged_with_a_language_and_title() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf(summaries.summary(account, Summary.Period.endingOn(TODAY))))) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(resources.getFontNames()).isNotEmpty();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Leg cramp diary: summary");
        }
    }

    @Test
    void a_character_the_font_lacks_becomes_a_question_mark_instead_of_failing() throws Exception {
        Summary s = summaries.summary(account, Summary.Period.endingOn(TODAY));
        SummaryDoc doc = SummaryDoc.of(s, TODAY, MESSAGES, PLAIN);
        SummaryDoc odd = new SummaryDoc(doc.title() + " \uD83D\uDE00 \u4E2D", doc.period(), doc.complete(), doc.columns(),
                doc.rows(), doc.sections(), doc.footer());
        try (PDDocument pdf = Loader.loadPDF(SummaryPdf.bytes(odd, "en-GB"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Leg cramp diary: summary ? ?");
        }
    }

    @Test
    void a_year_with_a_new_medicine_every_week_names_twelve_days_and_counts_the_rest_on_one_page() throws Exception {
        List<DayFactors.NotedDay> days = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            days.add(new DayFactors.NotedDay(TODAY.minusDays(7L * i), Map.of("newMedicine", true), List.of()));
        }
        Summary s = Summary.of(new Summary.Period(TODAY.minusDays(365), TODAY), List.of(), List.of(), null, days,
                new Engine(KB));
        SummaryDoc doc = SummaryDoc.of(s, TODAY, MESSAGES, PLAIN);
        SummaryDoc.Section medicines = doc.sections().stream()
                .filter(x -> x.heading().equals("New medicines started")).findFirst().orElseThrow();
        assertThat(medicines.lines()).singleElement().asString().endsWith(" and 40 more").startsWith("4 Dec 2025, 11 Dec 2025, ");
        try (PDDocument pdf = Loader.loadPDF(SummaryPdf.bytes(doc, "en-GB"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static String figure(JsonNode n) {
        return String.format(Locale.ROOT, "%.1f", n.asDouble());
    }
}
