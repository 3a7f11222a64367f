package org.crampwise.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the knowledge base's YAML files are read from: the jar, or a folder under review. */
public interface KbSource {

    /** The text of one file, or null when it does not exist. */
    String read(String fileName) throws IOException;

    /** Where the files are, for messages. */
    String describe();

    /** The knowledge base shipped in the jar (copied there from knowledge/ by the build). */
    static KbSource classpath() {
        return new KbSource() {
            @Override public String read(String fileName) throws IOException {
                try (InputStream in = KbSource.class.getResourceAsStream("/knowledge/" + fileName)) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            @Override public String describe() {
                return "the built-in knowledge base";
            }
        };
    }

    static KbSource directory(Path dir) {
        return new KbSource() {
            @Override public String read(String fileName) throws IOException {
                try {
                    return Files.readString(dir.resolve(fileName), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    return null;
                }
            }
            @Override public String describe() {
                return dir.toString();
            }
        };
    }
}
