package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.crampwise.app.browser.Person.Hands;
import org.crampwise.app.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Whole visits, from the home page to the result, in Chromium, worked as people do. */
@ExtendWith(BrowserTestExtension.class)
class JourneysBrowserTest {
    /** Counts real (trusted) pointer presses across the pages of a visit, in the tab's session storage. */
    private static final String COUNT_POINTER = "addEventListener('pointerdown', e => { if (e.isTrusted) {"
            + " sessionStorage.setItem('pointerPresses', String(Number(sessionStorage.getItem('pointerPresses') || 0) + 1));"
            + " } }, true);";

    @Test
    void a_typical_inner_thigh_cramp_done_by_keyboard_alone_is_looked_after_at_home(Site site) {
        Page page = site.newPage();
        page.addInitScript(COUNT_POINTER);
        Person person = People.typicalInnerThighCramp().using(Hands.KEYBOARD);

        person.checkFromHome(page, site.url("/"));

        report("typical cramp, keyboard", person);
        ResultPage.assertLevel(page, "Look after it at home", person);
        assertThat(person.asked()).as("the questions asked").anyMatch(q -> q.startsWith("Where is the cramp"));
        assertThat(person.notes()).as("how the place was chosen").anyMatch(n -> n.contains("by keyboard on a body map"));
        assertThat(page.evaluate("() => sessionStorage.getItem('pointerPresses')"))
                .as("pointer presses during a keyboard-only visit").isNull();
        ResultPage.screenshot(page, "typical-inner-thigh-cramp-keyboard");
        page.mouse().click(5, 5);
        assertThat(page.evaluate("() => sessionStorage.getItem('pointerPresses')"))
                .as("the pointer counter counts (one click after the visit)").isEqualTo("1");
    }

    @Test
    void a_swollen_warm_calf_without_javascript_gets_help_today_and_is_told_not_to_massage_it(Site site) {
        Page page = site.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Person person = People.swollenWarmLeftCalf().using(Hands.MOUSE);

        person.checkFromHome(page, site.url("/"));

        report("swollen warm calf, no JavaScript", person);
        ResultPage.assertLevel(page, "Get help today", person);
        assertThat(ResultPage.section(page, "Avoid").innerText()).contains("Do not rub or massage the leg.");
        ResultPage.screenshot(page, "swollen-warm-calf-no-javascript");
    }

    @Test
    void a_painful_groin_lump_with_vomiting_goes_to_a_and_e_now(Site site) {
        Page page = site.newPage();
        Person person = People.painfulGroinLumpWithVomiting().using(Hands.MOUSE);

        person.checkFromHome(page, site.url("/"));

        report("painful groin lump with vomiting, mouse", person);
        ResultPage.assertLevel(page, "Go to A&E now", person);
        ResultPage.screenshot(page, "painful-groin-lump-a-and-e");
    }

    /**
     * The swollen calf's check settles on "Get help today" before the location question (only the
     * leg is asked), so the body map is clicked without JavaScript here, on the way to a result.
     */
    @Test
    void the_body_map_can_be_clicked_without_javascript_and_the_place_is_said_back(Site site) {
        Page page = site.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Person person = People.typicalInnerThighCramp().using(Hands.MOUSE);

        person.answerUntil(page, site.url("/check/start"), p -> p.url().endsWith("/check/answers"),
                "Check your answers");

        report("typical cramp, no JavaScript, mouse", person);
        assertThat(person.asked()).as("the questions asked").anyMatch(q -> q.startsWith("Where is the cramp"));
        assertThat(person.notes()).as("how the place was chosen").contains(
                "clicked the body map shape [data-region=\"inner_thigh\"]");
        assertThat(page.locator("main").innerText()).as("Check your answers").contains("Inside of the thigh")
                .contains("Left leg");
        person.goOnToResult();
        ResultPage.assertLevel(page, "Look after it at home", person);
    }

    /**
     * One leg, front and back, each place labelled on the drawing: the front of the thigh is drawn
     * on the front of the thigh (the middle of it, not its outer edge), the inner thigh towards
     * the middle of the body, the calf on the back view; and the leg is three choices of its own.
     */
    @Test
    void the_body_map_labels_each_place_and_draws_the_front_of_the_thigh_on_its_front(Site site) {
        Page page = site.newPage();
        People.typicalInnerThighCramp().answerUntil(page, site.url("/check/start"), Person::isLocationQuestion,
                "the location question");

        var front = page.locator(".bm-v").nth(0);
        var back = page.locator(".bm-v").nth(1);
        var leg = front.locator(".bm-bg .bm-leg").boundingBox();
        double frontThigh = centreX(front, "front_thigh");
        assertThat(frontThigh).as("the front of the thigh, across the thigh's width")
                .isBetween(leg.x + leg.width * 0.3, leg.x + leg.width * 0.7);
        assertThat(centreX(front, "inner_thigh")).as("the inner thigh is further in than the front of it")
                .isGreaterThan(frontThigh);
        assertThat(back.locator("[data-region=calf]").count()).as("the calf, on the back view").isEqualTo(1);
        assertThat(front.locator(".bm-lbl").allTextContents()).contains("Front of thigh", "Inside of thigh", "Groin", "Foot");
        assertThat(back.locator(".bm-lbl").allTextContents()).contains("Back of thigh", "Calf");
        for (var label : page.locator(".bm-lbl").all()) {
            assertThat(label.isVisible()).as("the label %s is visible", label.textContent()).isTrue();
        }
        assertThat(page.locator("input[type=radio][name=\"f.location\"]").count()).as("one radio a place, and I don't know")
                .isEqualTo(TestServer.KB.finding("location").options().size() + 1);
        assertThat(page.locator("input[type=radio][name=\"f.side\"]").count()).as("the leg: left, right or both")
                .isEqualTo(TestServer.KB.finding("side").options().size());
        ResultPage.screenshot(page, "body-map-1024");
    }

    private static double centreX(com.microsoft.playwright.Locator view, String place) {
        var box = view.locator("[data-region=\"" + place + "\"]").boundingBox();
        assertThat(box).as("the body map shape of %s", place).isNotNull();
        return box.x + box.width / 2;
    }

    private static void report(String journey, Person person) {
        System.out.println("Journey (" + journey + "): " + person.asked().size() + " questions: " + person.asked());
        person.notes().forEach(n -> System.out.println("  note: " + n));
    }
}
