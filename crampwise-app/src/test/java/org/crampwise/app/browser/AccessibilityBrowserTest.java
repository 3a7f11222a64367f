package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * axe-core finds no WCAG 2.0, 2.1 or 2.2 A or AA problem on the pages people see. The pages are
 * reached as a person reaches them; axe is injected into a context that bypasses the site's
 * Content Security Policy (only this test does that).
 *
 * <p>Every page is checked in the light theme and in the dark one (the phone's setting): one
 * subclass each ({@link AccessibilityLightThemeBrowserTest}, {@link AccessibilityDarkThemeBrowserTest}),
 * not a {@code @ParameterizedClass}, whose runs JUnit 5.13 never starts side by side with other
 * classes (it ignores {@code parallel.mode.classes.default} for them), which made this the last
 * class of the run.
 */
@ExtendWith(BrowserTestExtension.class)
abstract class AccessibilityBrowserTest {
    private final ColorScheme scheme;

    AccessibilityBrowserTest(ColorScheme scheme) {
        this.scheme = scheme;
    }

    /** The five levels of result, each with a person whose answers lead to it. */
    enum Result {
        CALL_EMERGENCY("Call 999 now", Level.CALL_EMERGENCY, People::suddenlyBreathless),
        EMERGENCY_DEPARTMENT("Go to A&E now", Level.EMERGENCY_DEPARTMENT, People::heardACrack),
        URGENT("Get help today", Level.URGENT, People::swollenWarmLeftCalf),
        SEE_DOCTOR("See a GP soon", Level.SEE_DOCTOR, People::crampsThreeTimesAWeek),
        SELF_CARE("Look after it at home", Level.SELF_CARE, People::typicalInnerThighCramp);

        final String level;
        final Level levelId;
        final Supplier<Person> person;

        Result(String level, Level levelId, Supplier<Person> person) {
            this.level = level;
            this.levelId = levelId;
            this.person = person;
        }
    }

    private Page page(Site site) {
        return site.newPage(new Browser.NewContextOptions().setBypassCSP(true).setColorScheme(scheme));
    }

    private void assertNoViolations(Page page, String what) {
        Axe.assertNone(page, what + " (" + scheme.name().toLowerCase(java.util.Locale.ROOT) + " theme)");
    }

    @Test
    void the_home_page_has_no_accessibility_violations(Site site) {
        Page page = page(site);
        page.navigate(site.url("/"));
        assertNoViolations(page, "the home page");
    }

    @Test
    void the_first_question_page_has_no_accessibility_violations(Site site) {
        Page page = page(site);
        page.navigate(site.url("/check/start"));
        assertThat(page.locator("input[name=findings]").count()).as("a question page").isEqualTo(1);
        assertNoViolations(page, "the first question page");
    }

    @Test
    void a_question_page_with_an_error_has_no_accessibility_violations(Site site) {
        Page page = page(site);
        page.navigate(site.url("/check/start"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Person.CONTINUE).setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.title()).as("the page after continuing without an answer").startsWith("Error:");
        assertNoViolations(page, "a question page showing an error");
    }

    @Test
    void the_body_map_location_question_has_no_accessibility_violations(Site site) {
        Page page = page(site);
        People.typicalInnerThighCramp().answerUntil(page, site.url("/check/start"), Person::isLocationQuestion,
                "the location question");
        assertNoViolations(page, "the location question (body map)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Result.class)
    void every_level_of_result_page_has_no_accessibility_violations(Result result, Site site) {
        Page page = page(site);
        Person person = result.person.get();
        person.checkFromHome(page, site.url("/"));
        ResultPage.assertLevel(page, result.level, person);
        assertNoViolations(page, "the result page at " + result);
    }

    @Test
    void the_check_your_answers_page_has_no_accessibility_violations(Site site) {
        Page page = page(site);
        People.typicalInnerThighCramp().answerUntil(page, site.url("/check/start"),
                p -> p.url().endsWith("/check/answers"), "Check your answers");
        assertNoViolations(page, "Check your answers");
    }

    @Test
    void the_learn_page_about_what_a_cramp_is_has_no_accessibility_violations(Site site) {
        Page page = page(site);
        Response r = page.navigate(site.url("/learn/what-is-a-cramp"));
        assertThat(r.status()).as("GET /learn/what-is-a-cramp (the learn pages are being built)").isEqualTo(200);
        assertNoViolations(page, "the learn page what-is-a-cramp");
    }

    /** A page whose browser asks for Spanish (Accept-Language), as a phone set to Spanish does. */
    private Page spanishPage(Site site) {
        return site.newPage(new Browser.NewContextOptions().setBypassCSP(true).setColorScheme(scheme).setLocale("es-ES"));
    }

    private void assertSpanishWithoutViolations(Page page, String what) {
        assertThat(page.locator("html").getAttribute("lang")).as(what).isEqualTo("es");
        assertNoViolations(page, what + " in Spanish");
    }

    /**
     * The main pages again in Spanish, a few that stand for all (the home page, a question, the
     * body map, an A&E and a 999 result, the diary), in one test to keep the run short.
     */
    @Test
    void the_main_pages_in_spanish_have_no_accessibility_violations(Site site) {
        Locale es = LanguageJourneysBrowserTest.SPANISH;
        Page page = spanishPage(site);
        page.navigate(site.url("/"));
        assertSpanishWithoutViolations(page, "the home page");
        People.typicalInnerThighCramp().speaking(es).answerUntil(page, site.url("/check/start"), p -> true,
                "the first question");
        assertSpanishWithoutViolations(page, "the first question page");
        People.typicalInnerThighCramp().speaking(es).answerUntil(page, site.url("/check/start"),
                Person::isLocationQuestion, "the location question");
        assertSpanishWithoutViolations(page, "the location question (body map)");
        for (Result r : List.of(Result.EMERGENCY_DEPARTMENT, Result.CALL_EMERGENCY)) {
            Page fresh = spanishPage(site); // a new check, not one to carry on
            Person person = r.person.get().speaking(es);
            person.checkFromHome(fresh, site.url("/"));
            ResultPage.assertLevel(fresh, LanguageJourneysBrowserTest.level(r.levelId, "GB-ENG"), person);
            assertSpanishWithoutViolations(fresh, "the result page at " + r);
        }
        Page diary = site.newPage(new Browser.NewContextOptions().setBypassCSP(true).setColorScheme(scheme));
        Diarist d = Diarist.register(diary, site);
        d.addCramp(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1), "23:00", 3,
                "Calf (back of the lower leg)", "Left leg", 5, "In bed");
        diary.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Español").setExact(true)).click();
        assertThat(diary.url()).endsWith("/diary");
        assertSpanishWithoutViolations(diary, "the diary");
    }

    /** The account and diary pages, each reached as a person reaches it. */
    enum DiaryPage {
        SIGN_IN("/account/sign-in"),
        REGISTER("/account/register"),
        DIARY("/diary"),
        ADD_A_CRAMP("/diary/episodes/new"),
        CHANGE_A_CRAMP("edit"),
        DELETE_A_CRAMP("delete"),
        A_DAY("/diary/days/2026-11-20"),
        INSIGHTS("/diary/insights"),
        EXPORT("/diary/export"),
        QUICK_LOGGED("quick"),
        OFFLINE("/offline"),
        ERASE("/account/erase");

        final String path;

        DiaryPage(String path) {
            this.path = path;
        }
    }

    /**
     * The signed-in browser state (cookies) of one diarist per server, who registered, logged four
     * days and a cramp on the pages: made by the first diary page test, then each test starts a
     * new context from it, rather than registering (two Argon2id hashes) and filling the diary again.
     */
    private static final Map<String, String> DIARISTS = new ConcurrentHashMap<>();

    private static String diaristWithADiary(Site site, Page page) {
        Diarist d = Diarist.register(page, site);
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
        for (int i = 0; i < 4; i++) {
            d.logDay(day.minusDays(i), java.util.Map.of("How many units of alcohol did you drink?", i % 2 == 0 ? "3" : "0"),
                    "None");
        }
        d.addCramp(day, "23:00", 3, "Calf (back of the lower leg)", "Left leg", 5, "In bed");
        return page.context().storageState();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DiaryPage.class)
    void every_account_and_diary_page_has_no_accessibility_violations(DiaryPage which, Site site) {
        if (which == DiaryPage.SIGN_IN || which == DiaryPage.REGISTER) {
            Page page = page(site);
            page.navigate(site.url(which.path));
            assertNoViolations(page, "the page " + which);
            return;
        }
        String signedIn = DIARISTS.computeIfAbsent(site.base(), k -> diaristWithADiary(site, page(site)));
        Page page = site.newPage(new Browser.NewContextOptions().setBypassCSP(true).setColorScheme(scheme)
                .setStorageState(signedIn));
        page.navigate(site.url("/diary"));
        assertThat(page.title()).as("the diarist's diary, signed in").doesNotStartWith("Sign in");
        String path = which.path;
        if (which == DiaryPage.CHANGE_A_CRAMP || which == DiaryPage.DELETE_A_CRAMP) {
            path = page.locator("a:text-is(\"" + (which == DiaryPage.CHANGE_A_CRAMP ? "Change" : "Delete") + "\")")
                    .first().getAttribute("href");
            assertThat(path).startsWith("/diary/episodes/");
        }
        if (which == DiaryPage.QUICK_LOGGED) {
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("I had a cramp just now").setExact(true)).click();
            page.waitForLoadState();
            assertThat(page.title()).startsWith("Change a cramp");
            assertNoViolations(page, "the page " + which);
            return;
        }
        page.navigate(site.url(path));
        assertNoViolations(page, "the page " + which);
    }

    @Test
    void forms_showing_errors_on_the_account_and_diary_pages_have_no_accessibility_violations(Site site) {
        Page page = page(site);
        page.navigate(site.url("/account/register"));
        page.getByLabel("Email address").fill("not an address");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.title()).startsWith("Error:");
        assertNoViolations(page, "register with errors");
        Diarist d = Diarist.register(page, site);
        page.navigate(site.url("/diary/episodes/new"));
        page.getByLabel("How long did it last?").fill("forever");
        d.button("Save this cramp");
        assertThat(page.title()).startsWith("Error:");
        assertNoViolations(page, "a cramp with errors");
        page.navigate(site.url("/diary/days/2026-11-20"));
        page.getByLabel("How many hours did you sit?").fill("30");
        d.button("Save this day");
        assertThat(page.title()).startsWith("Error:");
        assertNoViolations(page, "a day with errors");
    }
}
