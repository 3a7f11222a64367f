package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small faults that make pages harder to use, each measured in Chromium: visible focus
 * (WCAG 2.2 Focus Appearance) on radios, checkboxes, links and buttons; the main area's spacing;
 * a favicon and no error in the console; no sideways scroll at 320 px; and a start page that says
 * who the check is for, how long it takes and that answers are not stored.
 */
@ExtendWith(BrowserTestExtension.class)
class PageFaultsBrowserTest {

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }

    /** Tab (forwards) until the element has the focus, as a keyboard user does. */
    private static Runnable tabTo(Page page, Locator element) {
        return () -> {
            for (int i = 0; i < 150; i++) {
                if ((Boolean) element.evaluate("e => e === document.activeElement")) {
                    return;
                }
                page.keyboard().press("Tab");
            }
            throw new AssertionError("Tab did not reach " + element);
        };
    }

    private static void assertFocusVisible(Page page, Locator element, String what) {
        FocusAppearance.Measure m = FocusAppearance.of(page, element, what, tabTo(page, element));
        System.out.println("Focus appearance: " + m);
        assertThat(m.passes()).as(m.toString()).isTrue();
    }

    @Test
    void radios_checkboxes_links_and_buttons_show_focus_that_meets_focus_appearance(Site site) {
        Page page = site.newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
        // Whatever order the questions come in: the first checkbox and the first radio met.
        java.util.Set<String> measured = new java.util.HashSet<>();
        Person.sayingNo().answerUntil(page, site.url("/check/start"), p -> {
            for (String type : List.of("checkbox", "radio")) {
                Locator input = p.locator("main input[type=" + type + "]");
                if (!measured.contains(type) && input.count() > 0) {
                    assertFocusVisible(p, input.first(), "a " + type);
                    measured.add(type);
                }
            }
            return measured.size() == 2;
        }, "a question with checkboxes and one with radios");
        assertFocusVisible(page, page.locator("a.back-link"), "the Back link");
        assertFocusVisible(page, page.locator("button.button[type=submit]"), "the Continue button");
        assertFocusVisible(page, page.locator("header a:has-text(\"Check your symptoms\")"), "a link in the header");
        ResultPage.screenshot(page, "focus-on-the-header-link");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void the_main_area_keeps_its_space_above_and_below(int width, Site site) {
        Page page = site.newPage(new Browser.NewContextOptions().setViewportSize(width, 800));
        page.navigate(site.url("/"));
        @SuppressWarnings("unchecked")
        Map<String, Object> pad = (Map<String, Object>) page.evaluate("() => { const s = getComputedStyle("
                + "document.querySelector('main')); return {top: parseFloat(s.paddingTop), bottom: parseFloat(s.paddingBottom)}; }");
        assertThat(((Number) pad.get("top")).doubleValue()).as("space above the content of main").isGreaterThanOrEqualTo(16);
        assertThat(((Number) pad.get("bottom")).doubleValue()).as("space below it").isGreaterThanOrEqualTo(32);
    }

    @Test
    void the_start_page_says_who_it_is_for_how_long_it_takes_and_that_answers_are_not_stored(Site site) {
        Page page = site.newPage();
        page.navigate(site.url("/"));
        String main = page.locator("main").innerText();
        assertThat(main).contains("for adults").contains("child").contains("about 2 minutes")
                .contains("answers are not stored");
        assertThat(main.indexOf("for adults")).as("said before the way in").isLessThan(main.indexOf(Person.START));
    }

    @Test
    void every_page_has_a_favicon_and_no_error_in_the_console(Site site) {
        Page page = site.newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(page.url() + ": " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.request().isNavigationRequest()) {
                errors.add(r.url() + ": " + r.status());
            }
        });
        People.typicalInnerThighCramp().answerUntil(page, site.url("/check/start"), Person::isLocationQuestion,
                "the location question");
        for (String path : List.of("/", "/check/start", "/learn", "/account/sign-in")) {
            page.navigate(site.url(path));
            Locator icon = page.locator("link[rel=icon]");
            assertThat(icon.count()).as("a favicon on %s", path).isEqualTo(1);
            assertThat(page.request().get(site.url(icon.getAttribute("href"))).status()).isEqualTo(200);
        }
        assertThat(page.request().get(site.url("/favicon.ico")).headers().get("content-type")).startsWith("image/");
        assertThat(errors).as("console errors and failed requests").isEmpty();
    }

    @Test
    void no_page_scrolls_sideways_at_320_px(Site site) {
        Page page = site.newPage(new Browser.NewContextOptions().setViewportSize(320, 640));
        List<String> wide = new ArrayList<>();
        Person person = People.typicalInnerThighCramp();
        person.answerUntil(page, site.url("/check/start"), p -> {
            fits(p, wide); // each question, the body map, then Check your answers
            if (Person.isLocationQuestion(p)) {
                ResultPage.screenshot(p, "body-map-320");
            }
            return path(p).equals("/check/answers");
        }, "Check your answers");
        page.navigate(site.url("/check/result"));
        fits(page, wide);
        page.navigate(site.url("/check/start"));
        fits(page, wide); // carry on or start again
        for (String p : List.of("/", "/learn", "/learn/what-is-a-cramp", "/no/such/page", "/account/sign-in",
                "/account/register")) {
            page.navigate(site.url(p));
            fits(page, wide);
        }
        Diarist d = Diarist.register(page, site);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        d.addCramp(day, "23:00", 3, "Calf (back of the lower leg)", "Left leg", 5, "In bed");
        for (String p : List.of("/diary", "/diary/episodes/new", "/diary/days/" + day, "/diary/insights",
                "/diary/export", "/account/erase")) {
            page.navigate(site.url(p));
            fits(page, wide);
        }
        page.navigate(site.url("/diary/episodes/new"));
        ResultPage.screenshot(page, "add-a-cramp-320");
        assertThat(wide).as("pages wider than 320 px, and what sticks out").isEmpty();
    }

    /** Notes the page if it scrolls sideways, with the elements that reach past the right edge. */
    private static void fits(Page page, List<String> wide) {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) page.evaluate("() => { const w = document.documentElement.clientWidth;"
                + " if (document.documentElement.scrollWidth <= w) { return []; }"
                + " return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 0.5)"
                + "   .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className"
                + "   + ' right=' + Math.round(e.getBoundingClientRect().right)); }");
        if (!out.isEmpty()) {
            wide.add(path(page) + " " + out);
        }
    }
}
