package org.crampwise.app.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core, run inside the page against WCAG 2.0, 2.1 and 2.2 A and AA. The script comes from
 * the axe-core jar (test scope) and is injected as an inline script, so the page must be in a
 * context with {@code bypassCSP}: the site's own policy rightly forbids inline scripts.
 */
final class Axe {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule broken, with where. */
    record Violation(String rule, String impact, String help, String helpUrl, List<String> nodes) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder().append(rule).append(" (").append(impact).append("): ").append(help)
                    .append(" ").append(helpUrl);
            for (String n : nodes) {
                s.append("\n      - ").append(n);
            }
            return s.toString();
        }
    }

    /** The version of axe-core in use, as it says of itself. */
    static String version() {
        int start = SOURCE.indexOf("axe v");
        return start < 0 ? "?" : SOURCE.substring(start + 5, SOURCE.indexOf('\n', start)).trim();
    }

    /** Runs axe on the page as it is now; returns the violations (empty when it passes). */
    static List<Violation> run(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        Object out = page.evaluate("async (tags) => {"
                + "  const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});"
                + "  return r.violations.map(v => ({rule: v.id, impact: String(v.impact), help: v.help,"
                + "    helpUrl: v.helpUrl, nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.slice(0, 200)"
                + "      + '  | ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}));"
                + "}", TAGS);
        List<Violation> violations = new ArrayList<>();
        for (Object o : (List<?>) out) {
            Map<?, ?> v = (Map<?, ?>) o;
            List<String> nodes = new ArrayList<>();
            for (Object n : (List<?>) v.get("nodes")) {
                nodes.add(String.valueOf(n));
            }
            violations.add(new Violation(String.valueOf(v.get("rule")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), String.valueOf(v.get("helpUrl")), nodes));
        }
        return violations;
    }

    /** Fails, listing them, if axe finds any violation on the page as it is now. */
    static void assertNone(Page page, String where) {
        List<Violation> violations = run(page);
        System.out.println("axe " + version() + " on " + where + " (" + page.url() + "): " + violations.size()
                + " violation(s)");
        org.assertj.core.api.Assertions.assertThat(violations).as(() -> describe(where + " " + page.url(), violations))
                .isEmpty();
    }

    /** The violations as a readable list, for a failure message. */
    static String describe(String where, List<Violation> violations) {
        StringBuilder s = new StringBuilder().append(violations.size()).append(" axe-core ").append(version())
                .append(" violation(s) of ").append(TAGS).append(" on ").append(where).append(':');
        for (Violation v : violations) {
            s.append("\n  * ").append(v);
        }
        return s.toString();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path: the test dependency "
                        + "com.deque.html.axe-core:playwright of crampwise-app/pom.xml brings it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
