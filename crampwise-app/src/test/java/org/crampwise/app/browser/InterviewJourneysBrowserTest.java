package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interview as people expect it to behave, in Chromium on a phone (390 px) and a desktop
 * (1280 px): the browser's Back and Forward walk the questions without resubmitting, a result
 * needs answers, a change to an emergency sign goes straight to the result, a mistyped address
 * gets the site's own page. Each state is checked with axe and photographed. The questions are
 * answered as they come (the interview chooses the order), never by a list of ids.
 */
@ExtendWith(BrowserTestExtension.class)
class InterviewJourneysBrowserTest {
    private static final int QUESTIONS = 5;

    private static Page page(Site site, int width) {
        return site.newPage(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900)
                .setBypassCSP(true)); // for axe's inline script only
    }

    /** Checks the page with axe and photographs it (target/screenshots/NAME-WIDTH.png). */
    private static void looked(Page page, String where, String name, int width) {
        Axe.assertNone(page, where);
        ResultPage.screenshot(page, name + "-" + width);
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void back_and_forward_walk_five_questions_and_never_resubmit(int width, Site site) {
        Page page = page(site, width);
        AtomicInteger posts = new AtomicInteger();
        page.onRequest(r -> {
            if (r.method().equals("POST")) {
                posts.incrementAndGet();
            }
        });
        Person person = Person.sayingNo();
        List<String> urls = new ArrayList<>();
        person.answerUntil(page, site.url("/check/start"), p -> {
            urls.add(path(p));
            return urls.size() > QUESTIONS;
        }, QUESTIONS + 1 + " questions");
        assertThat(urls).as("each question has its own address").doesNotHaveDuplicates()
                .allMatch(u -> u.startsWith("/check/q/"));
        int sent = posts.get();
        assertThat(sent).as("one form sent a question").isEqualTo(QUESTIONS);
        for (int i = QUESTIONS; i > 0; i--) {
            assertThat(page.locator("a.back-link").getAttribute("href")).as("the Back link of %s", urls.get(i))
                    .isEqualTo(urls.get(i - 1));
            page.goBack();
            assertThat(path(page)).as("Back from question %s", i + 1).isEqualTo(urls.get(i - 1));
            assertThat(page.locator("input:checked").count()).as("the answer given to %s is shown", urls.get(i - 1))
                    .isPositive();
        }
        looked(page, "the first question, reached by Back", "back-to-the-first-question", width);
        for (int i = 1; i <= QUESTIONS; i++) {
            page.goForward();
            assertThat(path(page)).as("Forward to question %s", i + 1).isEqualTo(urls.get(i));
        }
        assertThat(posts.get()).as("forms sent again by Back and Forward").isEqualTo(sent);
        // The Back link, followed, goes to the question asked before too.
        page.locator("a.back-link").click();
        assertThat(path(page)).isEqualTo(urls.get(QUESTIONS - 1));
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void a_result_without_answers_sends_the_person_to_the_first_question(int width, Site site) {
        Page page = page(site, width);
        page.navigate(site.url("/check/result"));
        assertThat(path(page)).as("where /check/result without answers leads").startsWith("/check/q/");
        assertThat(page.locator(".banner").count()).as("a result banner").isZero();
        assertThat(page.locator("input[name=findings]").count()).as("a question").isEqualTo(1);
        looked(page, "the first question, after /check/result without answers", "result-without-answers", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void changing_an_answer_to_chest_pain_goes_straight_to_the_999_result(int width, Site site) {
        Page page = page(site, width);
        Person person = People.typicalInnerThighCramp();
        person.answerUntil(page, site.url("/check/start"), p -> path(p).equals("/check/answers"), "Check your answers");
        assertThat(page.locator("a.back-link").getAttribute("href")).as("Back on Check your answers")
                .startsWith("/check/q/");
        looked(page, "Check your answers", "check-your-answers", width);
        Locator chest = page.locator("input[type=checkbox][name=\"f.chest_or_upper_back_pain\"]");
        int rows = page.locator("a:has-text(\"Change\")").count();
        for (int i = 0; i < rows && chest.count() == 0; i++) {
            page.locator("a:has-text(\"Change\")").nth(i).click();
            if (chest.count() == 0) {
                page.goBack();
            }
        }
        assertThat(chest.count()).as("a screen with chest pain among Check your answers' changes").isEqualTo(1);
        assertThat(page.locator("a.back-link").getAttribute("href")).isEqualTo("/check/answers");
        page.locator("input[name=none]").uncheck();
        chest.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and go back to your answers")).click();
        page.waitForLoadState();
        ResultPage.assertLevel(page, "Call 999 now", person);
        assertOnlyPrimaryAction(page, "tel:999");
        looked(page, "the 999 result after a change", "change-to-chest-pain-999", width);
    }

    /** On an emergency result the call (or go) action is the one main button; saving is a plain link. */
    static void assertOnlyPrimaryAction(Page page, String hrefStart) {
        Locator primary = page.locator("main :is(a,button).button:not(.button-secondary)");
        assertThat(primary.count()).as("main buttons on the result").isEqualTo(1);
        assertThat(primary.getAttribute("href")).startsWith(hrefStart);
        Locator save = page.locator("main a:has-text(\"Save to my diary\")");
        assertThat(save.count()).isEqualTo(1);
        assertThat(save.getAttribute("class")).as("Save to my diary is not a button here").isNull();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void a_mistyped_address_gets_the_sites_own_page_not_found(int width, Site site) {
        Page page = page(site, width);
        Response r = page.navigate(site.url("/chekc/result"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.request().allHeaders().get("accept")).as("Chromium's own Accept header").startsWith("text/html");
        assertThat(page.title()).isEqualTo("Page not found - Crampwise");
        assertThat(page.locator("header.site-header").isVisible()).isTrue();
        assertThat(page.locator("h1").innerText()).isEqualTo("Page not found");
        assertThat(page.content()).doesNotContain("Endpoint");
        looked(page, "the page not found", "page-not-found", width);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the start page")).click();
        assertThat(path(page)).isEqualTo("/");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void stopping_early_shows_the_level_so_far_marked_incomplete_with_the_emergency_notice(int width, Site site) {
        Page page = page(site, width);
        Person person = Person.sayingNo();
        List<String> seen = new ArrayList<>();
        person.answerUntil(page, site.url("/check/start"), p -> seen.add(path(p)) && seen.size() > 2, "3 questions");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stop here and see the result so far")).click();
        assertThat(path(page)).isEqualTo("/check/result");
        assertThat(ResultPage.banner(page).isVisible()).isTrue();
        assertThat(ResultPage.section(page, "This result is not complete").isVisible()).isTrue();
        assertThat(page.locator("main .notice-emergency a[href^='tel:']").count()).as("the emergency notice").isEqualTo(1);
        looked(page, "a result so far, marked incomplete", "result-so-far", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void check_your_symptoms_in_the_header_during_a_check_asks_before_starting_again(int width, Site site) {
        Page page = page(site, width);
        List<String> seen = new ArrayList<>();
        Person.sayingNo().answerUntil(page, site.url("/check/start"), p -> seen.add(path(p)) && seen.size() > 2,
                "3 questions");
        String here = path(page);
        page.locator("header a:has-text(\"Check your symptoms\")").click();
        assertThat(page.title()).startsWith("You have started a symptom check");
        looked(page, "carry on or start again", "carry-on-or-start-again", width);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Carry on with your check")).click();
        assertThat(path(page)).as("carrying on returns to the question").isEqualTo(here);
        page.locator("header a:has-text(\"Check your symptoms\")").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start again")).click();
        assertThat(path(page)).isEqualTo(seen.get(0));
        assertThat(page.locator("input:checked").count()).as("the answers were cleared").isZero();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void on_an_a_and_e_result_going_there_is_the_only_main_button(int width, Site site) {
        Page page = page(site, width);
        Person person = People.painfulGroinLumpWithVomiting();
        person.checkFromHome(page, site.url("/"));
        ResultPage.assertLevel(page, "Go to A&E now", person);
        assertOnlyPrimaryAction(page, "https://");
        looked(page, "the A&E result", "a-and-e-result", width);
    }
}
