package org.crampwise.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceMap;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.KnowledgeBase;
import org.yaml.snakeyaml.Yaml;

/**
 * A clinical test case in the vignette format of shared/contract/README.md: evidence and what
 * the assessment must say. The project's own cases live in src/test/resources/scenarios.
 * {@code why} (optional) says why a case was changed and which contract rule says so; checks
 * show it beside a failure. Other unknown fields are ignored, as by shared/tools/check-vignettes.
 */
public record Scenario(String id, String title, String why, Map<String, Object> evidence, Map<String, Object> expect,
                       Path file) {

    @SuppressWarnings("unchecked")
    public static Scenario read(Path file) {
        try {
            Map<String, Object> m = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
            Object why = m.get("why");
            return new Scenario(String.valueOf(m.get("id")), String.valueOf(m.get("title")),
                    why == null ? null : String.valueOf(why), (Map<String, Object>) m.get("evidence"), (Map<String, Object>) m.get("expect"), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Scenario> readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Scenario> out = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted()
                    .forEach(p -> out.add(read(p)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios that ship with the project's tests. */
    public static List<Scenario> own() {
        return readAll(Path.of("src/test/resources/scenarios"));
    }

    /** The contract's public vignettes, when shared/ sits beside the project (as in CI). */
    public static Path sharedVignettes() {
        return Path.of("../../shared/vignettes").toAbsolutePath().normalize();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> findings() {
        return (Map<String, Object>) evidence.get("findings");
    }

    public Evidence toEvidence(KnowledgeBase kb) {
        try {
            return new EvidenceMap(kb).read(evidence); // a scenario's evidence is the contract's JSON as plain values
        } catch (InvalidEvidenceException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    public String triage() {
        return (String) expect.get("triage");
    }

    @SuppressWarnings("unchecked")
    public List<String> expectList(String key) {
        return (List<String>) expect.getOrDefault(key, List.of());
    }

    @Override
    public String toString() {
        return id + " " + title;
    }

    /** The case and, when it says one, why it is as it is: for failure messages. */
    public String describe() {
        return why == null ? toString() : toString() + " (why: " + why + ")";
    }
}
