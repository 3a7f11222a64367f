package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 in Chromium: a new user logs a week of cramps, reads the insights in plain words (the
 * numbers one click away, the charts readable at 390 px), prints and downloads the one-page
 * summary, and shares it by a link that ends when revoked. axe finds nothing on the new pages.
 */
@ExtendWith(BrowserTestExtension.class)
class SummaryBrowserTest {

    /** Text boxes of each chart, its bars and squares, and the rendered font size of each text. */
    private static final String CHART_BOXES = """
            () => [...document.querySelectorAll('svg.chart')].map(svg => {
              const scale = svg.getScreenCTM().a;
              const box = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; };
              return {
                svg: box(svg),
                texts: [...svg.querySelectorAll('text')].map(t => Object.assign(box(t),
                    {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale})),
                marks: [...svg.querySelectorAll('rect.bar, rect.estimate')].map(box)
              };
            })""";

    @Test
    void a_new_user_logs_a_week_reads_plain_insights_prints_downloads_and_shares_the_summary(Site site)
            throws Exception {
        Page page = site.newPage();
        Diarist d = Diarist.register(page, site);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        for (int i = 7; i >= 1; i--) {
            LocalDate day = today.minusDays(i);
            boolean drank = i % 2 == 1;
            d.logDay(day, Map.of("How many units of alcohol did you drink?", drank ? "5" : "0"),
                    drank ? "None" : "Light (a walk)");
            if (drank) {
                d.addCramp(day, "23:30", 4, "Calf (back of the lower leg)", "Left leg", 6, "In bed");
                d.addCramp(day, "03:15", 12, "Calf (back of the lower leg)", "Both legs", 4, "In bed");
            }
        }

        // Insights in plain words; the numbers behind each a click away.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your charts and possible triggers")).click();
        Locator sentences = page.locator(".plain-list > li > p");
        assertThat(sentences.allInnerTexts()).anyMatch(s -> s.startsWith("Cramps came more often on days when you drank alcohol.")
                || s.startsWith("Cramps may have come more often on days when you drank alcohol"));
        assertThat(sentences.allInnerTexts()).allMatch(s -> !s.contains("95%") && !s.contains("times as many"));
        Locator first = page.locator(".plain-list details").first();
        assertThat(first.locator("p").isVisible()).as("the numbers before a click").isFalse();
        first.locator("summary").click();
        assertThat(first.locator("p").innerText()).contains("times as many cramps (95% interval");
        ResultPage.screenshot(page, "summary-insights-plain");

        // At 390 px, with every chart open: text at least 12 px, no label over another or over a mark.
        page.setViewportSize(390, 844);
        page.locator("details.numbers:not(.plain-list details) > summary").click();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) page.evaluate(CHART_BOXES);
        assertThat(charts).hasSize(3);
        for (Map<String, Object> chart : charts) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> texts = (List<Map<String, Object>>) chart.get("texts");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> marks = (List<Map<String, Object>>) chart.get("marks");
            Map<String, Object> svg = (Map<String, Object>) chart.get("svg");
            for (int i = 0; i < texts.size(); i++) {
                Map<String, Object> a = texts.get(i);
                assertThat(n(a, "px")).as("font size of '%s'", a.get("text")).isGreaterThanOrEqualTo(12);
                assertThat(inside(a, svg)).as("'%s' inside its chart", a.get("text")).isTrue();
                for (int j = i + 1; j < texts.size(); j++) {
                    assertThat(overlap(a, texts.get(j))).as("'%s' over '%s'", a.get("text"), texts.get(j).get("text"))
                            .isFalse();
                }
                for (Map<String, Object> mark : marks) {
                    assertThat(overlap(a, mark)).as("'%s' over a bar or square", a.get("text")).isFalse();
                }
            }
        }
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the insights page fits 390 px").isTrue();
        ResultPage.screenshot(page, "summary-insights-390px");
        page.setViewportSize(1024, 768);

        // The one-page summary.
        page.navigate(site.url("/diary"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A one-page summary for your doctor")).click();
        assertThat(page.title()).startsWith("Leg cramp diary: summary");
        String summary = page.locator("article.summary-page").innerText();
        assertThat(summary).contains("Logged 7 of 28 days.").contains("Cramps in all\t8\t0")
                .contains("Longest (minutes)\t12").contains("Nights the cramps woke them\t4");
        ResultPage.screenshot(page, "summary-page");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        ResultPage.screenshot(page, "summary-print");
        byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4"));
        try (PDDocument pdf = Loader.loadPDF(printed)) {
            assertThat(pdf.getNumberOfPages()).as("printed on A4").isEqualTo(1);
        }
        byte[] letter = page.pdf(new Page.PdfOptions().setFormat("Letter"));
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            assertThat(pdf.getNumberOfPages()).as("printed on Letter").isEqualTo(1);
        }
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as PDF")).click());
        Path file = BrowserTestExtension.SCREENSHOTS.resolve("summary.pdf");
        download.saveAs(file);
        assertThat(download.suggestedFilename()).startsWith("crampwise-summary-").endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Logged 7 of 28 days.").contains("Cramps in all 8 0");
        }

        // Share it for 3 days: a stranger sees the summary only; revoked, the link is not found.
        page.getByLabel("How many days the link works (1 to 14)").fill("3");
        d.button("Make a link");
        String link = page.getByLabel("Here is your link. Copy it now: it is not shown again.").inputValue();
        assertThat(link).startsWith(site.url("/shared/summary/"));
        assertThat(page.locator("table[aria-labelledby=share-list]").innerText()).contains("works");
        Page stranger = site.newPage();
        Response shown = stranger.navigate(link);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(stranger.locator("article.summary-page").innerText()).contains("Logged 7 of 28 days.");
        assertThat(stranger.locator("main form").count()).as("forms on the shared page").isZero();
        assertThat(stranger.locator("main a[href^='/diary']").count()).as("links into the diary").isZero();
        ResultPage.screenshot(stranger, "summary-shared");
        Page reader = axePage(site, page);
        for (String path : List.of("/diary/insights", "/diary/summary", link.substring(site.base().length()))) {
            reader.navigate(site.url(path));
            if (path.equals("/diary/insights")) {
                reader.locator("details").evaluateAll("ds => ds.forEach(d => d.open = true)");
            }
            List<Axe.Violation> violations = Axe.run(reader);
            assertThat(violations).as(() -> Axe.describe(path, violations)).isEmpty();
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke").setExact(false)).first().click();
        page.waitForLoadState();
        assertThat(page.locator("table[aria-labelledby=share-list]").innerText()).contains("revoked");
        Response revoked = stranger.navigate(link);
        String revokedText = stranger.locator("main").innerText();
        Response wrong = stranger.navigate(site.url("/shared/summary/" + "A".repeat(43)));
        assertThat(revoked.status()).isEqualTo(404).isEqualTo(wrong.status());
        assertThat(revokedText).isEqualTo(stranger.locator("main").innerText());
        ResultPage.screenshot(stranger, "summary-shared-revoked");
    }

    /** The same person in a context where axe may be injected (it bypasses the site's CSP). */
    private static Page axePage(Site site, Page signedIn) {
        Page p = site.newPage(new Browser.NewContextOptions().setBypassCSP(true));
        p.context().addCookies(signedIn.context().cookies());
        return p;
    }

    private static double n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double e = 0.5; // boxes that only touch do not overlap
        return n(a, "x") + e < n(b, "x") + n(b, "w") && n(b, "x") + e < n(a, "x") + n(a, "w")
                && n(a, "y") + e < n(b, "y") + n(b, "h") && n(b, "y") + e < n(a, "y") + n(a, "h");
    }

    private static boolean inside(Map<String, Object> a, Map<String, Object> svg) {
        return n(a, "x") >= n(svg, "x") - 0.5 && n(a, "x") + n(a, "w") <= n(svg, "x") + n(svg, "w") + 0.5;
    }
}
