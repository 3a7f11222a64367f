package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.crampwise.app.web.Messages;

/**
 * Someone going through the check in a real browser, answering what the page asks as a person
 * with these facts would. Each question page is read as it comes (the interview chooses the
 * order): its title is recorded, and the answer is chosen by the finding id in the input names
 * ({@code f.<id>}; on the location question the place on the body map, {@code f.location}, and the
 * leg, {@code f.side}, when the page asks it). On a checklist the person ticks what is true and
 * otherwise "None of these"; a single question that is not part of their story is answered "I
 * don't know".
 *
 * <p>The words it looks for (Start now, Continue, Get my result) are the ones in
 * messages.properties.
 */
final class Person {
    /** How the person works the page. */
    enum Hands {
        /** Clicks and types: Playwright's ordinary actions. */
        MOUSE,
        /** Tab, Shift+Tab, Space, Enter and arrow keys only, and typing numbers. */
        KEYBOARD
    }

    static final String START = "Start now";
    static final String CONTINUE = "Continue";
    static final String GET_RESULT = "Get my result";
    private static final int MAX_PAGES = 60;
    private static final int MAX_TABS = 120;

    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Hands hands = Hands.MOUSE;
    /** The words of the pages this person reads (their buttons and titles): English unless {@link #speaking}. */
    private Messages words = new Messages(Locale.ENGLISH, "", "");
    /** Answers "no" or the first choice where it has no fact (else "I don't know"). */
    private boolean plain;
    private Page page;
    private int navigations;

    /**
     * Facts as pairs: a finding id and its answer (Boolean, a number, or an option value). The
     * place and leg may be given together as {@code "region"}, such as {@code "inner_thigh:left"}.
     */
    static Person with(Object... pairs) {
        Person p = new Person();
        for (int i = 0; i < pairs.length; i += 2) {
            p.facts.put((String) pairs[i], pairs[i + 1]);
        }
        // Someone who can point at the place knows it when asked in words too.
        if (p.facts.get("region") instanceof String region && region.contains(":")) {
            p.facts.putIfAbsent("location", region.substring(0, region.indexOf(':')));
            p.facts.putIfAbsent("side", region.substring(region.indexOf(':') + 1));
        }
        return p;
    }

    /**
     * Someone with nothing to report: "None of these" on a checklist, "No" to a yes/no question,
     * the first choice of any other, "I don't know" for a number, and the first place and leg on
     * the body map. Whatever order the interview asks in, this person can answer it.
     */
    static Person sayingNo() {
        Person p = new Person();
        p.plain = true;
        return p;
    }

    Person using(Hands h) {
        this.hands = h;
        return this;
    }

    /** Someone who reads the pages in {@code language}: finds the buttons by that bundle's words. */
    Person speaking(Locale language) {
        this.words = new Messages(language, "", "");
        return this;
    }

    /** The words of the pages as this person reads them. */
    Messages words() {
        return words;
    }

    /** The questions this person was asked, in order. */
    List<String> asked() {
        return asked;
    }

    /** Anything worth telling about how the pages were worked (such as a fallback taken). */
    List<String> notes() {
        return notes;
    }

    /** From the home page to the result page, through "Check your answers" when the check shows it. */
    void checkFromHome(Page p, String homeUrl) {
        use(p);
        page.navigate(homeUrl);
        assertThat(page.title()).as("the home page").contains("Crampwise");
        act(() -> {
            if (hands == Hands.KEYBOARD) {
                String start = words.get("home.start");
                tabUntil(() -> focusedText().equals(start), "the " + start + " button");
                page.keyboard().press("Enter");
            } else {
                page.locator(":is(a,button):text-is(\"" + words.get("home.start") + "\")").first().click();
            }
        });
        goOnToResult();
    }

    /**
     * Opens {@code startUrl} (such as /check/start) and answers questions until {@code stop} holds
     * for the page shown; fails if the questions end first.
     */
    void answerUntil(Page p, String startUrl, Predicate<Page> stop, String what) {
        use(p);
        page.navigate(startUrl);
        for (int i = 0; i < MAX_PAGES && isQuestion(); i++) {
            if (stop.test(page)) {
                return;
            }
            answerThisQuestion();
        }
        if (!stop.test(page)) {
            throw new AssertionError("The questions ended at " + page.url() + " (" + page.title() + ") before "
                    + what + "; asked " + asked);
        }
    }

    /** Whether the page shows the location question (the body map and its list of places). */
    static boolean isLocationQuestion(Page page) {
        return page.locator("input[name=\"f.location\"]").count() > 0;
    }

    /** Answers until the result page. */
    void goOnToResult() {
        for (int i = 0; i < MAX_PAGES; i++) {
            String path = path();
            if (isQuestion()) {
                answerThisQuestion();
            } else if (path.equals("/check/answers")) {
                assertThat(page.title()).startsWith(words.get("answers.title"));
                act(() -> press(words.get("answers.getResult")));
            } else if (path.equals("/check/result")) {
                return;
            } else {
                throw new AssertionError("Unexpected page " + page.url() + " (" + page.title() + ") after the questions "
                        + asked);
            }
        }
        throw new AssertionError("No result after " + MAX_PAGES + " pages; asked " + asked);
    }

    boolean isQuestion() {
        return path().startsWith("/check/q/") && page.locator("input[name=findings]").count() == 1;
    }

    /** Asks the page which findings it asks about, reads the question, answers and continues. */
    void answerThisQuestion() {
        List<String> ids = List.of(page.locator("input[name=findings]").inputValue().split(","));
        String question = page.locator("h1").first().innerText().trim();
        assertThat(question).as("the question on the page").isNotBlank();
        asked.add(question);
        if (page.locator("input[name=none]").count() > 0) { // a checklist
            List<String> ticks = new ArrayList<>();
            for (String id : ids) {
                if (Boolean.TRUE.equals(facts.get(id))) {
                    ticks.add("f." + id);
                }
            }
            if (ticks.isEmpty()) {
                ticks.add("none");
            }
            for (String name : ticks) {
                tick(page.locator("input[type=checkbox][name=\"" + name + "\"]"));
            }
        } else if (isLocationQuestion(page)) {
            chooseRegion(String.valueOf(facts.getOrDefault("location", plain ? firstValue("f.location") : "unknown")));
            if (page.locator("input[name=\"f.side\"]").count() > 0 && (facts.containsKey("side") || plain)) {
                choose("f.side", String.valueOf(facts.getOrDefault("side", firstValue("f.side"))));
            }
        } else {
            String name = "f." + ids.get(0);
            Object fact = facts.get(ids.get(0));
            Locator text = page.locator("input[type=text][name=\"" + name + "\"]");
            if (text.count() == 1) {
                if (fact instanceof Number n) {
                    type(text, n.toString());
                } else {
                    tick(page.locator("input[type=checkbox][name=\"" + name + ".unknown\"]"));
                }
            } else {
                String value = fact == null ? (plain ? firstValue(name) : "unknown")
                        : fact instanceof Boolean b ? (b ? "yes" : "no") : fact.toString();
                choose(name, value);
            }
        }
        Response r = act(() -> press(words.get("question.continue")));
        assertThat(page.title()).as("the page after answering: %s", question).doesNotStartWith("Error:");
        assertThat(r.status()).as("the page after answering: %s", question).isLessThan(400);
    }

    /** "no" when the question offers it, else the value of its first radio. */
    private String firstValue(String name) {
        Locator no = page.locator("input[type=radio][name=\"" + name + "\"][value=no]");
        return no.count() == 1 ? "no" : page.locator("input[type=radio][name=\"" + name + "\"]").first().getAttribute("value");
    }

    /** The location: the body map's shape when there is one, else the list of places. */
    private void chooseRegion(String value) {
        Locator shape = page.locator("[data-region=\"" + value + "\"]");
        if (value.equals("unknown") || shape.count() == 0) {
            if (!value.equals("unknown")) {
                notes.add("no body map shape [data-region=\"" + value + "\"] on the page: chose from the list");
            }
            choose("f.location", value);
            return;
        }
        if (hands == Hands.KEYBOARD) {
            regionByKeyboard(value);
        } else {
            shape.first().click();
            notes.add("clicked the body map shape [data-region=\"" + value + "\"]");
        }
        assertThat(regionChosen(value)).as("choosing %s on the body map ticks its place", value).isTrue();
    }

    /**
     * Tab to the body map (or the list of places), then move with the arrow keys (a radio group
     * is one Tab stop) or Tab (shapes that are each a Tab stop) to the place, and choose it with
     * Space, or Enter for a shape that is not a radio.
     */
    private void regionByKeyboard(String value) {
        tabUntil(() -> focus().inRegions(), "the body map or the list of places");
        for (int i = 0; i < 40; i++) {
            Focus f = focus();
            if (f.is(value)) {
                if (f.radio()) {
                    if (!regionChosen(value)) {
                        page.keyboard().press("Space");
                    }
                } else {
                    page.keyboard().press("Space");
                    if (!regionChosen(value)) {
                        page.keyboard().press("Enter");
                    }
                }
                notes.add("chose " + value + " by keyboard on " + f.describe());
                assertThat(regionChosen(value)).as("choosing %s by keyboard on %s", value, f.describe()).isTrue();
                return;
            }
            if (f.radio()) {
                page.keyboard().press("ArrowDown");
                if (focus().equals(f)) {
                    page.keyboard().press("Tab");
                }
            } else {
                page.keyboard().press("Tab");
            }
        }
        throw new AssertionError("The keyboard did not reach the place " + value + " on the body map or in the list");
    }

    /** What has the keyboard focus, as far as the location question cares. */
    private record Focus(String tag, String type, String role, String name, String value, String region,
                         boolean shapeInLabel) {
        boolean radio() {
            return "radio".equals(type) || "radio".equals(role);
        }

        boolean inRegions() {
            return region != null || "f.location".equals(name);
        }

        boolean is(String v) {
            return "f.location".equals(name) ? v.equals(value) : v.equals(region);
        }

        String describe() {
            return (shapeInLabel ? "a body map region, a radio whose label holds the shape" : region != null
                    ? "a body map shape" : "the list of places") + " (<" + tag.toLowerCase()
                    + (type != null ? " type=" + type : "") + (role != null ? " role=" + role : "") + ">)";
        }
    }

    private Focus focus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate("() => { const e = document.activeElement;"
                + " const own = e && e.closest ? e.closest('[data-region]') : null;"
                + " const inLabel = !own && e && e.labels ? Array.from(e.labels).map(l => l.querySelector('[data-region]'))"
                + "   .find(x => x) : null;"
                + " const r = own || inLabel;"
                + " return {tag: e ? e.tagName : '', type: e && e.type ? String(e.type) : null,"
                + " role: e && e.getAttribute ? e.getAttribute('role') : null, name: e && e.name ? String(e.name) : null,"
                + " value: e && e.value ? String(e.value) : null, region: r ? r.getAttribute('data-region') : null,"
                + " shapeInLabel: !!inLabel}; }");
        return new Focus(String.valueOf(m.get("tag")), (String) m.get("type"), (String) m.get("role"),
                (String) m.get("name"), (String) m.get("value"), (String) m.get("region"),
                Boolean.TRUE.equals(m.get("shapeInLabel")));
    }

    private boolean regionChosen(String value) {
        return page.locator("input[name=\"f.location\"][value=\"" + value + "\"]").isChecked();
    }

    /** Ticks a checkbox. */
    private void tick(Locator box) {
        assertThat(box.count()).as("a checkbox %s", box).isEqualTo(1);
        if (hands == Hands.KEYBOARD) {
            tabUntil(() -> isFocused(box), "the checkbox " + box);
            page.keyboard().press("Space");
        } else {
            box.check();
        }
        assertThat(box.isChecked()).as("%s is ticked", box).isTrue();
    }

    /** Chooses one radio of a group by its value. */
    private void choose(String name, String value) {
        Locator radio = page.locator("input[type=radio][name=\"" + name + "\"][value=\"" + value + "\"]");
        assertThat(radio.count()).as("a radio %s=%s on the page %s", name, value, asked).isEqualTo(1);
        if (hands == Hands.KEYBOARD) {
            Locator group = page.locator("input[type=radio][name=\"" + name + "\"]:focus");
            tabUntil(() -> group.count() > 0, "the radios " + name);
            int n = page.locator("input[type=radio][name=\"" + name + "\"]").count();
            for (int i = 0; i <= n && !isFocused(radio); i++) {
                page.keyboard().press("ArrowDown");
            }
            assertThat(isFocused(radio)).as("arrow keys reach %s=%s", name, value).isTrue();
            if (!radio.isChecked()) {
                page.keyboard().press("Space");
            }
        } else {
            radio.check();
        }
        assertThat(radio.isChecked()).as("%s=%s is chosen", name, value).isTrue();
    }

    private void type(Locator field, String text) {
        if (hands == Hands.KEYBOARD) {
            tabUntil(() -> isFocused(field), "the field " + field);
            page.keyboard().type(text);
        } else {
            field.click();
            field.pressSequentially(text);
        }
        assertThat(field.inputValue()).isEqualTo(text);
    }

    /** Presses a button or a link that looks like one, found by its words. */
    private void press(String words) {
        if (hands == Hands.KEYBOARD) {
            tabUntil(() -> focusedText().equals(words), "the " + words + " button");
            page.keyboard().press("Enter");
        } else {
            page.locator(":is(a,button):text-is(\"" + words + "\")").first().click();
        }
    }

    /** Does something that loads a new page, and waits until it has loaded. */
    private Response act(Runnable action) {
        int before = navigations;
        Response r = page.waitForResponse(resp -> resp.request().isNavigationRequest()
                && (resp.status() < 300 || resp.status() >= 400), action);
        // The response comes before the new document replaces the old one: wait for that too.
        page.waitForCondition(() -> navigations > before);
        page.waitForLoadState();
        return r;
    }

    private void use(Page p) {
        if (this.page != p) {
            this.page = p;
            p.onFrameNavigated(f -> {
                if (f == p.mainFrame()) {
                    navigations++;
                }
            });
        }
    }

    private void tabUntil(BooleanSupplier focused, String what) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused.getAsBoolean()) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab did not reach " + what + " in " + MAX_TABS + " presses on " + page.url()
                + " (question: " + (asked.isEmpty() ? "-" : asked.get(asked.size() - 1)) + ")");
    }

    private static boolean isFocused(Locator l) {
        return (Boolean) l.evaluate("e => e === document.activeElement");
    }

    private String focusedText() {
        Locator f = page.locator(":focus");
        String text = f.count() == 0 ? null : f.first().textContent();
        return text == null ? "" : text.trim();
    }

    private String path() {
        return java.net.URI.create(page.url()).getPath();
    }
}
