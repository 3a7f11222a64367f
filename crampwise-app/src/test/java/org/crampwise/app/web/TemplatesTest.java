package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What keeps the pages safe from injected script (docs/SECURITY.md, XSS): every template escapes
 * its output (JTE in HTML mode, never {@code $unsafe}), and none has inline script, inline style
 * or an event handler, so the strict Content-Security-Policy can refuse all of them.
 */
class TemplatesTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }

    @Test
    void no_template_writes_unescaped_output_inline_script_inline_style_or_an_event_handler() throws IOException {
        List<Path> all = templates();
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (Path t : all) {
            String text = Files.readString(t);
            assertThat(text).as(t.toString()).doesNotContain("$unsafe").doesNotContain("<style")
                    .doesNotContainPattern(INLINE_SCRIPT).doesNotContainPattern(EVENT_HANDLER)
                    .doesNotContainPattern(Pattern.compile("\\sstyle\\s*="));
        }
    }
}
