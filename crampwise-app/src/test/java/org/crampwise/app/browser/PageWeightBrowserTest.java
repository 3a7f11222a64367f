package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Sizes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The location question (the body map) is light enough for a slow phone connection: its HTML
 * and every file it loads come to at most 30 KB over the wire, and nothing comes from another
 * site. Measured in Chromium with an empty cache: headers and bodies as transferred.
 */
@ExtendWith(BrowserTestExtension.class)
class PageWeightBrowserTest {
    static final int BUDGET = 30 * 1024;

    /** One thing the page loaded, and its size on the wire. */
    record Load(String url, String type, int status, long headerBytes, long bodyBytes, long decodedBytes) {
        long transferred() {
            return headerBytes + bodyBytes;
        }
    }

    @Test
    void the_location_question_page_with_its_css_and_js_weighs_at_most_30_kb_all_from_its_own_origin(Site site) {
        // Reach the question as a person does, then open it afresh in a new context with the same
        // cookies: an empty cache, so that every file is fetched and counted.
        Page first = site.newPage();
        People.typicalInnerThighCramp().answerUntil(first, site.url("/check/start"), Person::isLocationQuestion,
                "the location question");
        String cookies = first.context().storageState();

        Page page = site.newPage(new Browser.NewContextOptions().setStorageState(cookies));
        List<Request> requests = new ArrayList<>();
        page.onRequestFinished(requests::add);
        List<String> failed = new ArrayList<>();
        page.onRequestFailed(r -> failed.add(r.url() + ": " + r.failure()));
        page.navigate(first.url()); // the question's own address
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(Person.isLocationQuestion(page)).as("the fresh page shows the location question").isTrue();
        assertThat(failed).as("requests that failed").isEmpty();

        List<Load> loads = new ArrayList<>();
        for (Request r : requests) {
            Sizes s = r.sizes();
            var response = r.response();
            loads.add(new Load(r.url(), r.resourceType(), response == null ? 0 : response.status(),
                    s.responseHeadersSize, s.responseBodySize, response == null ? 0 : response.body().length));
        }
        long total = loads.stream().mapToLong(Load::transferred).sum();
        StringBuilder report = new StringBuilder("The location question page loaded:");
        for (Load l : loads) {
            report.append(String.format("%n  %-10s %3d %6d B (%d headers + %d body; %d decoded)  %s", l.type(),
                    l.status(), l.transferred(), l.headerBytes(), l.bodyBytes(), l.decodedBytes(), l.url()));
        }
        report.append(String.format("%n  total %d bytes transferred (budget %d)", total, BUDGET));
        System.out.println(report);

        assertThat(loads).as(report.toString()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.status()).as("status of %s", l.url()).isBetween(200, 299);
            assertThat(sameOrigin(l.url(), site.base()) || l.url().startsWith("data:"))
                    .as("%s comes from the site's own origin %s", l.url(), site.base()).isTrue();
        });
        assertThat(loads).as("the page's HTML is counted").anyMatch(l -> l.type().equals("document"));
        List<String> declared = declaredFiles(page);
        assertThat(declared).as("the page uses CSS and JS files").isNotEmpty();
        for (String url : declared) {
            assertThat(loads).as("%s, which the page links, was loaded and counted%n%s", url, report)
                    .anyMatch(l -> l.url().equals(url));
        }
        assertThat(total).as(report.toString()).isLessThanOrEqualTo(BUDGET);
    }

    /** The stylesheets and scripts the page's HTML names, as absolute addresses. */
    @SuppressWarnings("unchecked")
    private static List<String> declaredFiles(Page page) {
        List<String> out = new ArrayList<>();
        out.addAll((List<String>) (List<?>) page.locator("link[rel=stylesheet]").evaluateAll("ls => ls.map(l => l.href)"));
        out.addAll((List<String>) (List<?>) page.locator("script[src]").evaluateAll("ss => ss.map(s => s.src)"));
        return out;
    }

    private static boolean sameOrigin(String url, String base) {
        URI u = URI.create(url);
        URI b = URI.create(base);
        return u.getScheme().equals(b.getScheme()) && u.getHost().equals(b.getHost()) && u.getPort() == b.getPort();
    }
}
