package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A copy of the built-in knowledge base in a folder, to be broken on purpose by small textual
 * edits. Every edit checks that the text it changes occurs exactly once, so a test cannot pass
 * because its edit silently did nothing after the real knowledge base changed.
 */
final class BrokenKb {
    private final Path dir;

    private BrokenKb(Path dir) {
        this.dir = dir;
    }

    /** Copies every file of the built-in knowledge base (from the classpath) into {@code dir}. */
    static BrokenKb copyInto(Path dir) {
        KbSource builtIn = KbSource.classpath();
        try {
            String kbYaml = builtIn.read("kb.yaml");
            for (String file : KnowledgeBaseLoader.files(KnowledgeBaseLoader.parseYaml(kbYaml))) {
                String text = builtIn.read(file);
                assertThat(text).as("built-in %s", file).isNotNull();
                Files.createDirectories(dir.resolve(file).getParent());
                Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BrokenKb(dir);
    }

    Path dir() {
        return dir;
    }

    String text(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BrokenKb write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the one occurrence of {@code old} in {@code file} by {@code replacement}. */
    BrokenKb replace(String file, String old, String replacement) {
        String text = text(file);
        int at = text.indexOf(old);
        assertThat(at).as("'%s' occurs in %s", old, file).isNotNegative();
        assertThat(text.indexOf(old, at + 1)).as("'%s' occurs only once in %s", old, file).isNegative();
        return write(file, text.substring(0, at) + replacement + text.substring(at + old.length()));
    }

    /** Adds {@code extra} to the end of {@code file}, on a line of its own. */
    BrokenKb append(String file, String extra) {
        String text = text(file);
        return write(file, text + (text.endsWith("\n") ? "" : "\n") + extra);
    }

    /** Adds a second copy of the top-level list entry whose first line is {@code "- id: " + id}. */
    BrokenKb duplicateEntry(String file, String id) {
        return append(file, entry(file, "- id: " + id + "\n"));
    }

    /**
     * The lines of {@code file} from {@code firstLine} up to the next line at the same indentation
     * that starts a list entry, or up to the next line that is less indented (exclusive).
     */
    String entry(String file, String firstLine) {
        String text = text(file);
        int found = text.indexOf(firstLine);
        assertThat(found).as("'%s' occurs in %s", firstLine.strip(), file).isNotNegative();
        assertThat(text.indexOf(firstLine, found + 1)).as("'%s' occurs only once in %s", firstLine.strip(), file)
                .isNegative();
        int start = found + firstLine.length() - firstLine.stripLeading().length();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String indent = text.substring(lineStart, start);
        assertThat(indent).as("indentation of '%s'", firstLine.strip()).isBlank();
        int end = text.indexOf('\n', start) + 1;
        while (end < text.length()) {
            int next = text.indexOf('\n', end);
            String line = text.substring(end, next < 0 ? text.length() : next);
            boolean blankOrComment = line.isBlank() || line.strip().startsWith("#");
            if (!blankOrComment) {
                int lineIndent = line.length() - line.stripLeading().length();
                if (lineIndent < indent.length() || (lineIndent == indent.length() && line.stripLeading().startsWith("- "))) {
                    break;
                }
                if (lineIndent == indent.length() && indent.isEmpty()) {
                    break; // a new top-level key
                }
            }
            end = next < 0 ? text.length() : next + 1;
        }
        return text.substring(lineStart, end);
    }

    BrokenKb delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Loads the copy; every problem the loader reports, or an empty list when it loads. */
    List<String> problems() {
        try {
            KnowledgeBaseLoader.load(KbSource.directory(dir));
            return List.of();
        } catch (KnowledgeBaseException e) {
            return e.problems();
        }
    }

    /** Loads the copy and fails the test unless it is rejected. */
    List<String> rejected() {
        List<String> problems = problems();
        if (problems.isEmpty()) {
            fail("the broken knowledge base in " + dir + " was accepted");
        }
        return problems;
    }
}
