package org.crampwise.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service worker adds at most 10 KB to a first visit (issue 15's budget): a first visit of
 * the home page with an empty cache, with the worker and with workers blocked, in Chromium,
 * counting every request of the browser context (the worker's own too) as transferred: headers
 * and bodies.
 */
@ExtendWith(BrowserTestExtension.class)
class ServiceWorkerWeightBrowserTest {
    static final int BUDGET = 10 * 1024;

    /** The bytes a first visit of {@code path} transferred, with a line per request in {@code report}. */
    private static long firstVisit(Site site, String path, boolean worker, StringBuilder report) {
        Page page = site.newPage(new Browser.NewContextOptions()
                .setServiceWorkers(worker ? ServiceWorkerPolicy.ALLOW : ServiceWorkerPolicy.BLOCK));
        List<Request> done = new ArrayList<>();
        page.context().onRequestFinished(done::add);
        page.navigate(site.url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (worker) {
            page.waitForFunction("() => navigator.serviceWorker.ready.then(r => r.active && r.active.state === 'activated')");
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        page.waitForTimeout(500);
        long total = 0;
        report.append(String.format("%n%s, service worker %s:", path, worker ? "allowed" : "blocked"));
        for (Request r : List.copyOf(done)) {
            var s = r.sizes();
            long bytes = s.responseHeadersSize + s.responseBodySize;
            total += bytes;
            report.append(String.format("%n  %6d B  %s %s", bytes, r.method(), r.url()));
        }
        report.append(String.format("%n  total %d B", total));
        return total;
    }

    @Test
    void the_service_worker_adds_at_most_10_kb_to_a_first_visit(Site site) {
        StringBuilder report = new StringBuilder();
        long without = firstVisit(site, "/", false, report);
        long with = firstVisit(site, "/", true, report);
        report.append(String.format("%nthe service worker adds %d B (budget %d B)", with - without, BUDGET));
        System.out.println(report);
        assertThat(report.toString()).as("the worker's own requests are counted").contains("/sw.js")
                .contains("/offline");
        assertThat(with - without).as(report.toString()).isLessThanOrEqualTo(BUDGET);
    }
}
