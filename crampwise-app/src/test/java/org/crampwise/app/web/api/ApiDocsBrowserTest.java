package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.browser.BrowserTestExtension;
import org.crampwise.app.browser.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api-docs in Debian's Chromium, under the site's real Content-Security-Policy (not bypassed):
 * Swagger UI draws every operation of the document, and the browser reports no CSP violation
 * and no script error.
 */
@ExtendWith(BrowserTestExtension.class)
class ApiDocsBrowserTest {
    static final Path SCREENSHOT = Paths.get("target", "screenshots", "api-docs.png");

    @Test
    void swagger_ui_draws_every_operation_with_no_csp_violation_or_script_error(Site site) {
        Page page = site.newPage();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.text().contains("Content Security Policy")) {
                problems.add("console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(r.status() + " for " + r.url());
            }
        });
        // Runs before the page's own scripts; reports what the CSP blocks, inline styles included.
        page.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + "  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' '"
                + "    + (e.sourceFile || '') + ':' + e.lineNumber);"
                + "});");
        page.navigate(site.url("/api-docs"));
        page.locator(".opblock").first().waitFor();
        page.locator(".opblock-summary-path").last().waitFor();

        int documented = 0;
        for (String path : new OpenApiSpec(page.request().get(site.url("/openapi.json")).text()).operations()
                .keySet()) {
            documented++;
            assertThat(page.locator(".opblock-summary-path[data-path=\"" + path + "\"]").count()).as(path)
                    .isPositive();
        }
        assertThat(page.locator(".opblock").count()).isGreaterThanOrEqualTo(documented);
        assertThat(page.locator(".info .title").innerText()).contains("Crampwise API");

        // Open an operation, as a person would, and see its request body and responses drawn.
        page.locator(".opblock-summary-path[data-path=\"/api/v1/assessments\"]").click();
        page.locator(".opblock.is-open .responses-wrapper").waitFor();
        assertThat(page.locator(".opblock.is-open").innerText()).contains("Request body").contains("413");
        // Try it out: Swagger UI posts the example evidence to the API, from the page, under the CSP.
        page.locator(".opblock.is-open .try-out__btn").click();
        page.locator(".opblock.is-open .execute").click();
        page.locator(".opblock.is-open .live-responses-table tr.response .response-col_status").first().waitFor();
        assertThat(page.locator(".opblock.is-open .live-responses-table tr.response .response-col_status").first().innerText())
                .contains("200");
        assertThat(page.locator(".opblock.is-open .live-responses-table").innerText()).contains("\"triage\"");
        // And the schemas, drawn by Swagger UI from the document: the findings, as the knowledge base has them.
        page.locator("section.models h4").click();
        Locator findings = page.locator("section.models article[data-json-schema-level=\"0\"]").filter(
                new Locator.FilterOptions().setHas(page.getByText("Findings", new Page.GetByTextOptions().setExact(true))));
        findings.locator(".json-schema-2020-12-expand-deep-button").first().click();
        findings.getByText("age_years").first().waitFor();
        assertThat(findings.innerText()).contains("pain_score").contains("inner_thigh");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));

        Object violations = page.evaluate("() => window.__cspViolations");
        assertThat((List<?>) violations).as("CSP violations").isEmpty();
        assertThat(problems).isEmpty();
    }
}
