package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import org.crampwise.app.web.Messages;

/** What the result page says, read as a person (or a screen reader) would. */
final class ResultPage {
    /** The words before the level in the banner (result.level in messages.properties). */
    static final String WHAT_TO_DO = "What to do:";

    private ResultPage() {
    }

    /** Checks that this is the result page and that it tells the person to do {@code level}. */
    static void assertLevel(Page page, String level, Person person) {
        assertThat(URI.create(page.url()).getPath()).as("the page after the questions %s", person.asked())
                .isEqualTo("/check/result");
        Messages words = person.words();
        assertThat(page.title()).as("the title of the result page").startsWith(words.get("result.title") + ": " + level);
        assertThat(banner(page, words).innerText()).as("the banner of the result page after %s", person.asked())
                .contains(level);
    }

    /** The banner: the region that says what to do. */
    static Locator banner(Page page) {
        return banner(page, new Messages(java.util.Locale.ENGLISH, "", ""));
    }

    /** The banner of a page in the language of {@code words}. */
    static Locator banner(Page page, Messages words) {
        String whatToDo = words.get("result.level");
        Locator banner = page.getByRole(AriaRole.REGION).filter(new Locator.FilterOptions().setHasText(whatToDo));
        assertThat(banner.count()).as("one banner region saying \"%s\"", whatToDo).isEqualTo(1);
        return banner;
    }

    /** A section of the result, found by its heading. */
    static Locator section(Page page, String heading) {
        Locator s = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading).setExact(true));
        assertThat(s.count()).as("a section headed \"%s\"", heading).isEqualTo(1);
        return s;
    }

    static Path screenshot(Page page, String name) {
        Path file = BrowserTestExtension.SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        System.out.println("Screenshot: " + file.toAbsolutePath());
        return file;
    }
}
