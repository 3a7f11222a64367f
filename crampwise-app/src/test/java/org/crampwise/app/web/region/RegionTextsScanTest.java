package org.crampwise.app.web.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.crampwise.app.web.TestServer;
import org.crampwise.kb.RegionTexts;
import org.junit.jupiter.api.Test;

/**
 * No text of the app writes a phone number or a service name of any region: the message bundle
 * and the templates write placeholders ({emergency}, {gp} ...) that the person's region fills.
 */
class RegionTextsScanTest {
    private static final RegionTexts RULE = new RegionTexts(TestServer.KB.regions().values());

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"messages.properties", "messages_es.properties"})
    void no_message_of_a_bundle_writes_a_number_or_a_service_name(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/crampwise/app/web/" + bundle)) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(messages).hasSizeGreaterThan(50);
        messages.forEach((k, v) -> assertThat(RULE.problems((String) v)).as("%s: %s", bundle, k).isEmpty());
    }

    @Test
    void no_template_writes_a_number_or_a_service_name() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            templates = files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path t : templates) {
            // ${...} and !{...} are the template's code, and inside tags are drawings' coordinates: not text.
            String text = Files.readString(t).replaceAll("[$!]\\{[^}]*}", "").replaceAll("(?s)<[^>]*>", " ");
            assertThat(RULE.problems(text)).as("%s", t).isEmpty();
        }
    }

    @Test
    void the_rule_catches_a_literal_number_and_a_service_name() {
        assertThat(RULE.problems("Call 999 or go to A&E.")).containsExactly(
                "writes the number 999 instead of its placeholder", "writes the service name A&E instead of its placeholder");
        assertThat(RULE.problems("Call {emergency} or go to {ed}.")).isEmpty();
        assertThat(RULE.problems("Call {ambulance}.")).containsExactly("unknown placeholder {ambulance}");
    }
}
