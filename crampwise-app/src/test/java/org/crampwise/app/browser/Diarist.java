package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Someone keeping a cramp diary in the browser: every step is done on the pages, by their labels
 * and buttons (the words of messages.properties), as a person would.
 */
final class Diarist {
    static final String PASSWORD = "slow walks on the beach";
    private static final AtomicInteger COUNT = new AtomicInteger();

    final Page page;
    final Site site;
    final String email;

    private Diarist(Page page, Site site, String email) {
        this.page = page;
        this.site = site;
        this.email = email;
    }

    /** Goes to the diary, is sent to sign in, and creates an account from there. */
    static Diarist register(Page page, Site site) {
        Diarist d = new Diarist(page, site, "diarist" + COUNT.incrementAndGet() + "-" + System.nanoTime() + "@example.com");
        page.navigate(site.url("/diary"));
        assertThat(page.title()).startsWith("Sign in");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account").setExact(true)).click();
        page.getByLabel("Email address").fill(d.email);
        page.getByLabel("Create a password").fill(PASSWORD);
        d.button("Create account");
        // Then, as for a taken address (which must not be told apart), sign in.
        assertThat(page.title()).startsWith("Sign in");
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Sign in with your email address and password");
        page.getByLabel("Email address").fill(d.email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        d.button("Sign in");
        assertThat(d.path()).isEqualTo("/diary");
        return d;
    }

    /** Adds a cramp through "Add a cramp", choosing each answer by its label. */
    void addCramp(LocalDate date, String time, int minutes, String place, String leg, int pain, String doing) {
        page.navigate(site.url("/diary"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a cramp").setExact(true)).click();
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(date.toString());
        page.getByLabel("Time", new Page.GetByLabelOptions().setExact(true)).fill(time);
        page.getByLabel("Time zone").selectOption("Europe/London");
        page.getByLabel("How long did it last?").fill(String.valueOf(minutes));
        page.getByLabel("Where was it worst?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(place));
        page.getByLabel(leg, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("How bad was the pain?").fill(String.valueOf(pain));
        page.getByLabel(doing, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("What helped?").fill("stretching");
        button("Save this cramp");
        assertThat(path()).as("after saving a cramp: %s", page.title()).isEqualTo("/diary");
    }

    /** Logs a day: {@code numbers} by label, and the yes/no questions left as they are. */
    void logDay(LocalDate date, Map<String, String> numbers, String exercise) {
        page.navigate(site.url("/diary/days/" + date));
        numbers.forEach((label, value) -> page.getByLabel(label).fill(value));
        page.getByLabel(exercise, new Page.GetByLabelOptions().setExact(true)).check();
        button("Save this day");
        assertThat(path()).as("after saving a day: %s", page.title()).isEqualTo("/diary");
    }

    void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        page.waitForLoadState();
    }

    String path() {
        return URI.create(page.url()).getPath();
    }
}
