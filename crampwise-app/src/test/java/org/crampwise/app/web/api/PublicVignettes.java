package org.crampwise.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The contract's public vignettes (shared/vignettes, beside the repository), or, where they are
 * not there, the engine's own scenarios in crampwise-core, which have the same form.
 */
public final class PublicVignettes {
    /** From the crampwise-app folder, where Maven runs the tests. */
    static final Path SHARED = Path.of("..", "..", "shared", "vignettes");
    static final Path SCENARIOS = Path.of("..", "crampwise-core", "src", "test", "resources", "scenarios");

    public record Vignette(String id, String title, JsonNode json) {
        public JsonNode evidence() {
            return json.get("evidence");
        }

        public String evidenceJson() {
            return evidence().toString();
        }

        public String expectedTriage() {
            return json.path("expect").path("triage").asText();
        }

        @Override
        public String toString() {
            return id + " " + title;
        }
    }

    private PublicVignettes() {
    }

    static Path folder() {
        return Files.isDirectory(SHARED) ? SHARED : SCENARIOS;
    }

    public static List<Vignette> all() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Vignette> out = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(PublicVignettes::read).toList();
            if (out.isEmpty()) {
                throw new IllegalStateException("no vignettes in " + folder().toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Vignette> byId(String id) {
        return all().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static Vignette read(Path file) {
        try {
            JsonNode json = OpenApiSpec.MAPPER.readTree(file.toFile());
            return new Vignette(json.path("id").asText(file.getFileName().toString()), json.path("title").asText(""),
                    json);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
