package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Locale;
import org.crampwise.app.browser.Person.Hands;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.TestServer;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;
import org.crampwise.kb.Region;
import org.crampwise.kb.RegionTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People who read Spanish (issue 14): they choose the language and where they are with the
 * pages' own controls, are told their own numbers in Spanish, and can go back to English.
 */
@ExtendWith(BrowserTestExtension.class)
class LanguageJourneysBrowserTest {
    static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Messages ES = new Messages(SPANISH, "", "");

    /** The label of a level in Spanish, for a region, as the knowledge base words it. */
    static String level(Level level, String regionId) {
        KnowledgeBase es = TestServer.KB.in(SPANISH);
        return es.forRegion(es.region(regionId)).fill(es.level(level).label());
    }

    /** Spanish through the link by the region line, then the region through the (Spanish) chooser. */
    private static void chooseSpanishAndRegion(Page page, Site site, String regionId) {
        page.navigate(site.url("/"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español").setExact(true)).click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ES.get("region.change.label"))).click();
        String name = TestServer.KB.in(SPANISH).region(regionId).name();
        page.getByLabel(ES.get("region.label"), new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(name));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ES.get("region.save"))).click();
        assertThat(page.locator(".region-line").innerText()).contains(ES.get("region.line", name));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
    }

    /** A person in the United States, reading Spanish, with chest pain, from choosing both to the result. */
    private static Page chestPainInSpanishInTheUs(Site site, Hands hands) {
        Page page = site.newPage();
        chooseSpanishAndRegion(page, site, "US");
        Person person = Person.with("chest_or_upper_back_pain", true).using(hands).speaking(SPANISH);
        person.checkFromHome(page, site.url("/"));
        ResultPage.assertLevel(page, level(Level.CALL_EMERGENCY, "US"), person);
        return page;
    }

    @Test
    void a_person_in_the_united_states_reading_spanish_with_chest_pain_is_told_llame_al_911(Site site) {
        Page page = chestPainInSpanishInTheUs(site, Hands.MOUSE);

        assertThat(ResultPage.banner(page, ES).innerText()).contains("Llame al 911");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
        String body = page.locator("body").innerText();
        Region us = TestServer.KB.in(SPANISH).region("US");
        RegionTexts others = new RegionTexts(TestServer.KB.in(SPANISH).regions().values().stream()
                .filter(r -> !r.equals(us)).toList()).except(us);
        assertThat(others.problems(body)).as("another region's number or service on the Spanish result").isEmpty();
        ResultPage.screenshot(page, "language-es-us-chest-pain-911");
    }

    @Test
    void a_person_reading_spanish_switches_back_to_english_on_the_same_page(Site site) {
        Page page = chestPainInSpanishInTheUs(site, Hands.KEYBOARD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)).click();

        assertThat(page.url()).endsWith("/check/result");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(ResultPage.banner(page).innerText()).contains("Call 911 now");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español").setExact(true))
                .getAttribute("hreflang")).isEqualTo("es");
        page.navigate(site.url("/learn"));
        assertThat(page.locator("html").getAttribute("lang")).as("the choice is remembered").isEqualTo("en");
    }

    @Test
    void an_a_and_e_result_in_spanish_at_a_phones_width_keeps_the_english_sources_marked(Site site) {
        Page page = site.newPage(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("es-ES"));
        Person person = People.heardACrack().speaking(SPANISH);

        person.checkFromHome(page, site.url("/"));

        ResultPage.assertLevel(page, level(Level.EMERGENCY_DEPARTMENT, "GB-ENG"), person);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
        assertThat(ResultPage.banner(page, ES).innerText()).contains("urgencias (A&E)");
        assertThat(page.locator(".sources li").count()).isPositive();
        assertThat(page.locator(".sources li:not([lang=en])").count()).as("source titles in English, marked").isZero();
        ResultPage.screenshot(page, "language-es-ae-result-390");
    }
}
