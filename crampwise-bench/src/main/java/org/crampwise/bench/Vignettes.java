package org.crampwise.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the benchmark inputs: the {@code evidence} object of every vignette file, as JSON bytes.
 * Read at setup time from where they live, never copied into the project (the public vignettes
 * are not ours to ship). Package-private: only the benchmarks here need it.
 */
final class Vignettes {
    static final String PROPERTY = "crampwise.vignettes";
    static final String DEFAULT_DIR = "../shared/vignettes";
    static final String FALLBACK_DIR = "crampwise-core/src/test/resources/scenarios";

    private static final JsonFactory JSON = new JsonFactory();

    private Vignettes() {
    }

    /** One vignette's name (its file) and its evidence JSON. */
    record Input(String name, byte[] evidence) {
    }

    /** The folder to read: the system property, else the shared vignettes, else the project's scenarios. */
    static Path folder() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null) {
            Path p = Path.of(chosen);
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + chosen + " is not a folder (working dir "
                        + Path.of("").toAbsolutePath() + ")");
            }
            return p;
        }
        for (String candidate : List.of(DEFAULT_DIR, FALLBACK_DIR)) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no vignettes: neither " + DEFAULT_DIR + " nor " + FALLBACK_DIR
                + " exists under the working dir " + Path.of("").toAbsolutePath()
                + "; run from the project root or pass -D" + PROPERTY + "=FOLDER");
    }

    /** Every *.json file of the folder that has an "evidence" object, sorted by file name. */
    static List<Input> load(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<Input> out = new ArrayList<>();
        for (Path f : files) {
            byte[] evidence = evidenceOf(f);
            if (evidence != null) {
                out.add(new Input(f.getFileName().toString(), evidence));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no *.json file with an \"evidence\" object in " + folder.toAbsolutePath());
        }
        return out;
    }

    /** The top-level "evidence" object copied out byte for byte (re-serialised compactly), or null. */
    private static byte[] evidenceOf(Path file) {
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("evidence") && t == JsonToken.START_OBJECT) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (JsonGenerator g = JSON.createGenerator(out)) {
                        g.copyCurrentStructure(p);
                    }
                    return out.toByteArray();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
