package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.crampwise.app.browser.Person.Hands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People elsewhere (issue 14): they choose where they are on the pages and are told their own numbers. */
@ExtendWith(BrowserTestExtension.class)
class RegionJourneysBrowserTest {

    /** Chooses the region as a person does: the "change" link by the numbers, the list, the button. */
    private static void choose(Page page, Site site, String name) {
        page.navigate(site.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("change where you are")).click();
        page.getByLabel("Where you are", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use these numbers")).click();
        assertThat(page.locator(".region-line").innerText()).contains("Numbers are for: " + name);
    }

    @Test
    void a_person_in_the_united_states_with_chest_pain_is_told_to_call_911(Site site) {
        Page page = site.newPage();
        choose(page, site, "United States");
        Person person = Person.with("chest_or_upper_back_pain", true).using(Hands.MOUSE);

        person.checkFromHome(page, site.url("/"));

        ResultPage.assertLevel(page, "Call 911 now", person);
        assertThat(ResultPage.banner(page).innerText()).contains("Call 911").doesNotContain("999");
        assertThat(page.locator("body").innerText()).doesNotContain("999").doesNotContain("A&E");
        ResultPage.screenshot(page, "region-us-chest-pain-911");
    }

    @Test
    void a_person_in_new_zealand_is_never_offered_111_for_the_same_day_and_111_is_their_emergency_number(Site site) {
        Page page = site.newPage();
        choose(page, site, "New Zealand");
        Person person = People.swollenWarmLeftCalf().using(Hands.MOUSE);

        person.checkFromHome(page, site.url("/"));

        ResultPage.assertLevel(page, "Get help today", person);
        String banner = ResultPage.banner(page).innerText();
        assertThat(banner).contains("Healthline on 0800 611 116").doesNotContain("111");
        assertThat(page.locator("a[href='tel:111']").first().innerText()).isEqualTo("Call 111");
        String body = page.locator("body").innerText();
        assertThat(body).doesNotContain("999");
        // 111 appears only as the emergency number: "Call 111 now", "In an emergency, call 111".
        assertThat(body.lines().filter(l -> l.contains("111")).toList()).isNotEmpty()
                .allMatch(l -> l.matches("(?i).*(call 111 now|in an emergency, call 111|call 111$).*"), "an emergency line");
        ResultPage.screenshot(page, "region-nz-same-day-healthline");
    }

    @Test
    void a_person_in_northern_ireland_is_never_told_to_call_111(Site site) {
        Page page = site.newPage();
        choose(page, site, "Northern Ireland");
        Person person = People.swollenWarmLeftCalf().using(Hands.KEYBOARD);

        person.checkFromHome(page, site.url("/"));

        ResultPage.assertLevel(page, "Get help today", person);
        assertThat(ResultPage.banner(page).innerText()).contains("GP out of hours");
        assertThat(page.locator("body").innerText()).doesNotContain("111");
        assertThat(page.locator("a[href='tel:111']").count()).isZero();
        ResultPage.screenshot(page, "region-nir-no-111");
    }

    @Test
    void the_start_page_with_the_region_chooser_and_a_suggestion_has_no_accessibility_violations(Site site) {
        Page page = site.newPage(new Browser.NewContextOptions().setBypassCSP(true).setLocale("en-US"));
        page.navigate(site.url("/"));
        assertThat(page.locator("body").innerText()).contains("Numbers are for: England")
                .contains("somewhere else: United States");
        Axe.assertNone(page, "the start page with the region line and suggestion");
        page.navigate(site.url("/region?back=/"));
        Axe.assertNone(page, "the region chooser");
        ResultPage.screenshot(page, "region-chooser");
    }
}
