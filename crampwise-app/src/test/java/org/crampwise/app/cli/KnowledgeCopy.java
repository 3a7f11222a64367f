package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A copy of the project's knowledge base in a folder, to change for a test. */
public final class KnowledgeCopy {
    private static final Path KNOWLEDGE = Path.of("../knowledge");

    private final Path dir;

    private KnowledgeCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies every YAML file of knowledge/, its region packs included, into {@code dir} (created when missing). */
    public static KnowledgeCopy in(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.walk(KNOWLEDGE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Path to = dir.resolve(KNOWLEDGE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return new KnowledgeCopy(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Replaces text in one file, failing when the text is not there. */
    public KnowledgeCopy replace(String file, String text, String with) throws IOException {
        Path f = dir.resolve(file);
        String s = Files.readString(f);
        assertThat(s).as(file).contains(text);
        Files.writeString(f, s.replace(text, with));
        return this;
    }

    /** Sets the level of the triage rule with this id, whatever it was. */
    public KnowledgeCopy ruleLevel(String rule, String level) throws IOException {
        return ruleField(rule, "level", level);
    }

    /** Sets a field of one triage rule (the line must be there), or removes it when {@code value} is null. */
    public KnowledgeCopy ruleField(String rule, String field, String value) throws IOException {
        Path f = dir.resolve("rules.yaml");
        Matcher m = Pattern.compile("(- id: " + rule + "\\n(?:(?!- )[^\\n]*\\n)*?)  " + field + ": [^\\n]*\\n")
                .matcher(Files.readString(f));
        assertThat(m.find()).as("%s of rule %s in rules.yaml", field, rule).isTrue();
        Files.writeString(f, m.replaceFirst("$1" + (value == null ? "" : "  " + field + ": " + value + "\n")));
        return this;
    }

    /** Renames a finding in every file, so that evidence naming it is unknown here. */
    public KnowledgeCopy renameFinding(String id, String newId) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, Files.readString(f).replaceAll("\\b" + id + "\\b", newId));
            }
        }
        return this;
    }
}
