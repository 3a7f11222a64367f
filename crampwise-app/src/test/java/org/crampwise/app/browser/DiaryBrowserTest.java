package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The diary from a new user's first visit to erasing it all (tracker issue 5, "Done when"), in Chromium. */
@ExtendWith(BrowserTestExtension.class)
class DiaryBrowserTest {

    @Test
    void a_new_user_registers_logs_a_week_of_cramps_sees_the_charts_and_triggers_exports_and_erases(Site site)
            throws Exception {
        Page page = site.newPage();
        Diarist d = Diarist.register(page, site);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        // A week: alcohol on three evenings, each followed by cramps in bed that night; none on the others but one.
        for (int i = 7; i >= 1; i--) {
            LocalDate day = today.minusDays(i);
            boolean drank = i % 2 == 1;
            d.logDay(day, Map.of("How many glasses of water or other drinks did you have?", drank ? "4" : "8",
                    "How many units of alcohol did you drink?", drank ? "5" : "0",
                    "How many hours did you sit?", "6"), drank ? "None" : "Light (a walk)");
            if (drank) {
                d.addCramp(day, "23:30", 4, "Calf (back of the lower leg)", "Left leg", 6, "In bed");
                d.addCramp(day, "03:15", 2, "Calf (back of the lower leg)", "Both legs", 4, "In bed");
            }
        }
        d.addCramp(today.minusDays(2), "15:00", 1, "Inside of the thigh", "Right leg", 3, "After exercise");
        assertThat(page.locator("table tbody tr").count()).as("cramps in the list").isEqualTo(9);
        ResultPage.screenshot(page, "diary-home-a-week-of-cramps");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your charts and possible triggers")).click();
        assertThat(page.title()).startsWith("Your charts and possible triggers");
        assertThat(page.locator("svg[role=img]").count()).as("charts").isEqualTo(3);
        assertThat(page.locator("svg[role=img] title").allTextContents())
                .containsExactly("Cramps each week", "Cramps by time of day", "Possible triggers");
        page.getByText("All the numbers, as a chart and a table").click(); // the numbers behind the plain words
        Locator triggers = page.locator("table[aria-labelledby=triggers]");
        assertThat(triggers.innerText()).contains("Same day: you drank alcohol").contains(" to ");
        assertThat(page.locator("table[aria-labelledby=times]").innerText()).contains("Night\t00:00–06:00\t");
        assertThat(page.locator("main").innerText()).contains("too few days to tell yet");
        ResultPage.screenshot(page, "diary-insights");
        page.setViewportSize(375, 740);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the insights page fits a phone's width").isTrue();
        ResultPage.screenshot(page, "diary-insights-phone");
        page.setViewportSize(1024, 768);

        page.navigate(site.url("/diary/export"));
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spreadsheet (CSV)")).click());
        Path file = BrowserTestExtension.SCREENSHOTS.resolve("diary-export.csv");
        download.saveAs(file);
        assertThat(download.suggestedFilename()).isEqualTo("crampwise-diary.csv");
        assertThat(Files.readAllLines(file)).hasSize(1 + 9 + 7).first().asString().startsWith("kind,start,zone");

        page.navigate(site.url("/diary"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erase your account")).click();
        page.getByLabel("Enter your password to confirm").fill(Diarist.PASSWORD);
        d.button("Erase my account and diary");
        assertThat(page.title()).startsWith("Your account has been erased");
        ResultPage.screenshot(page, "diary-erased");
        page.navigate(site.url("/diary"));
        assertThat(page.title()).as("the diary after erasing").startsWith("Sign in");
    }

    @Test
    void save_to_my_diary_from_a_result_signs_in_and_comes_back_to_a_filled_in_cramp(Site site) {
        Page page = site.newPage();
        Diarist first = Diarist.register(page, site);
        first.button("Sign out");
        assertThat(page.title()).startsWith("You have signed out");
        Person person = People.typicalInnerThighCramp();
        person.checkFromHome(page, site.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Save to my diary")).click();
        assertThat(page.title()).startsWith("Sign in");
        page.getByLabel("Email address").fill(first.email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Diarist.PASSWORD);
        first.button("Sign in");
        assertThat(page.title()).startsWith("Add a cramp");
        assertThat(page.locator("main").innerText()).contains("Your answers from the symptom check will be saved");
        assertThat(page.getByLabel("Where was it worst?").inputValue()).isEqualTo("inner_thigh");
        assertThat(page.getByLabel("Left leg", new Page.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
        ResultPage.screenshot(page, "diary-save-from-check");
        first.button("Save this cramp");
        assertThat(page.locator("table tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("table").innerText()).contains("Inside of the thigh, left leg");
    }
}
