package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cramp logged in one tap, online, offline and without JavaScript, on a 390 px phone, in
 * Chromium (issue 15, items 4 and 5).
 */
@ExtendWith(BrowserTestExtension.class)
class QuickLogBrowserTest {
    static final String QUICK = "I had a cramp just now";

    static Page phone(Site site, ColorScheme scheme, boolean javaScript) {
        return site.newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setColorScheme(scheme)
                .setJavaScriptEnabled(javaScript).setTimezoneId("Europe/Berlin"));
    }

    /** Taps a button by its words, counting the tap. */
    private static void tap(Page page, String name, AtomicInteger taps) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        page.waitForLoadState();
        taps.incrementAndGet();
    }

    private static int cramps(Page page) {
        return page.locator("table tbody tr").count();
    }

    @Test
    void after_signing_in_a_cramp_is_logged_in_at_most_two_taps_with_the_place_and_leg_of_the_last(Site site) {
        Page page = phone(site, ColorScheme.LIGHT, true);
        Diarist d = Diarist.register(page, site);
        d.addCramp(LocalDate.now(ZoneId.of("Europe/London")).minusDays(1), "23:00", 3, "Calf (back of the lower leg)",
                "Left leg", 5, "In bed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.navigate(site.url("/diary"));
        page.getByLabel("Email address").fill(d.email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Diarist.PASSWORD);
        d.button("Sign in");
        assertThat(d.path()).isEqualTo("/diary");

        AtomicInteger taps = new AtomicInteger();
        tap(page, QUICK, taps);
        assertThat(taps.get()).as("taps after signing in").isLessThanOrEqualTo(2);
        assertThat(page.title()).startsWith("Change a cramp");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Saved: a cramp at");
        assertThat(page.getByLabel("Where was it worst?").inputValue()).isEqualTo("calf");
        assertThat(page.getByLabel("Left leg", new Page.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
        assertThat(page.getByLabel("Time zone").inputValue()).as("the phone's zone").isEqualTo("Europe/Berlin");
        ResultPage.screenshot(page, "quick-logged-390-light");
        page.navigate(site.url("/diary"));
        assertThat(cramps(page)).isEqualTo(2);
    }

    @Test
    void a_new_user_logs_a_week_of_cramps_some_offline_and_each_is_stored_once_when_back_online(Site site) {
        Page page = phone(site, ColorScheme.DARK, true);
        Diarist d = Diarist.register(page, site);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        for (int i = 6; i >= 2; i--) {
            d.addCramp(today.minusDays(i), "02:30", 2 + i, "Calf (back of the lower leg)", "Right leg", 4, "In bed");
        }
        AtomicInteger taps = new AtomicInteger();
        page.navigate(site.url("/diary"));
        tap(page, QUICK, taps);
        page.navigate(site.url("/diary"));
        assertThat(cramps(page)).as("5 by the form and 1 by a tap, online").isEqualTo(6);
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        page.context().setOffline(true);
        tap(page, QUICK, taps);
        assertThat(page.title()).startsWith("You are offline");
        assertThat(page.locator("[data-kept]").isVisible()).as("the note that the cramp is kept").isTrue();
        ResultPage.screenshot(page, "quick-offline-kept-390-dark");
        tap(page, QUICK, taps);
        assertThat(page.locator("[data-kept]").isVisible()).isTrue();

        page.context().setOffline(false);
        page.navigate(site.url("/diary"));
        // The page asks the worker to send what it kept, and shows the diary again once it has.
        for (int i = 0; i < 30 && cramps(page) < 8; i++) {
            page.waitForTimeout(500);
            if (i % 6 == 5) {
                page.reload();
            }
        }
        page.waitForTimeout(1000);
        page.reload();
        assertThat(cramps(page)).as("every cramp kept offline stored once").isEqualTo(8);
        ResultPage.screenshot(page, "quick-week-390-dark");
    }

    @Test
    void without_javascript_the_tap_still_logs_the_cramp(Site site) {
        Page page = phone(site, ColorScheme.LIGHT, false);
        Diarist.register(page, site);
        AtomicInteger taps = new AtomicInteger();
        tap(page, QUICK, taps);
        assertThat(page.title()).startsWith("Change a cramp");
        assertThat(page.getByLabel("Time zone").inputValue()).as("the site's default zone").isEqualTo("Europe/London");
        page.navigate(site.url("/diary"));
        assertThat(cramps(page)).isEqualTo(1);
    }

    @Test
    void the_diary_the_details_and_the_offline_page_in_light_and_dark_on_a_phone(Site site) {
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            String name = scheme == ColorScheme.DARK ? "dark" : "light";
            Page page = phone(site, scheme, true);
            Diarist d = Diarist.register(page, site);
            d.addCramp(LocalDate.now(ZoneId.of("Europe/London")).minusDays(1), "23:00", 3,
                    "Calf (back of the lower leg)", "Left leg", 5, "In bed");
            ResultPage.screenshot(page, "quick-diary-390-" + name);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the diary fits 390 px").isTrue();
            page.navigate(site.url("/diary/episodes/new"));
            ResultPage.screenshot(page, "quick-new-cramp-390-" + name);
            page.navigate(site.url("/offline"));
            ResultPage.screenshot(page, "quick-offline-390-" + name);
            String background = (String) page.evaluate("() => getComputedStyle(document.querySelector('main')).backgroundColor");
            assertThat(background).as("main's background in the %s theme", name)
                    .isEqualTo(scheme == ColorScheme.DARK ? "rgb(27, 31, 34)" : "rgb(255, 255, 255)");
        }
    }
}
