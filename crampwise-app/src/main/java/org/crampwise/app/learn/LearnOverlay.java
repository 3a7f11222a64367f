package org.crampwise.app.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampwise.kb.KnowledgeBaseException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The learn pages in another language: {@code knowledge/<lang>/learn.yaml} gives, for every page
 * of learn.yaml in the same order, its id and its texts translated (title, summary, and each
 * section's heading, paragraphs and bullets, as many as the English). Dates, sources, related
 * pages and knowledge base lists stay the English file's. A page, section, text or placeholder
 * missing or extra is an error naming the file, the page and the section.
 */
final class LearnOverlay {
    private static final Set<String> PAGE_KEYS = Set.of("id", "title", "summary", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("heading", "paragraphs", "bullets");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private LearnOverlay(String file) {
        this.file = file;
    }

    /** The English pages with the texts of {@code yaml}; {@code file} names it in errors ("es/learn.yaml"). */
    static Learn apply(Learn english, String yaml, String file) {
        return new LearnOverlay(file).read(english, yaml);
    }

    private Learn read(Learn english, String yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new KnowledgeBaseException(List.of(file + ": not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof List<?> list)) {
            throw new KnowledgeBaseException(List.of(file + ": expected a list of pages, as learn.yaml"));
        }
        List<LearnPage> pages = new ArrayList<>();
        for (int i = 0; i < Math.max(list.size(), english.pages().size()); i++) {
            if (i >= list.size()) {
                problem("page '" + english.pages().get(i).id() + "'", "missing (learn.yaml has it)");
            } else if (i >= english.pages().size()) {
                problem("page #" + (i + 1), "extra (learn.yaml has " + english.pages().size() + " pages)");
            } else {
                pages.add(page(english.pages().get(i), list.get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new Learn(pages);
    }

    private LearnPage page(LearnPage en, Object o) {
        String where = "page '" + en.id() + "'";
        if (!(o instanceof Map<?, ?> m)) {
            problem(where, "expected a mapping");
            return en;
        }
        unknownKeys(m, PAGE_KEYS, where);
        if (!en.id().equals(m.get("id"))) {
            problem(where, "id is '" + m.get("id") + "' where learn.yaml has '" + en.id() + "' (same ids, same order)");
            return en;
        }
        String title = text(m, "title", en.title(), where);
        String summary = text(m, "summary", en.summary(), where);
        List<LearnPage.Section> sections = new ArrayList<>();
        Object raw = m.get("sections");
        List<?> given = raw instanceof List<?> l ? l : List.of();
        if (given.size() != en.sections().size()) {
            problem(where, given.size() + " sections where learn.yaml has " + en.sections().size());
        }
        for (int i = 0; i < en.sections().size(); i++) {
            LearnPage.Section s = en.sections().get(i);
            sections.add(i < given.size() ? section(s, given.get(i), where + ": section #" + (i + 1)) : s);
        }
        return new LearnPage(en.id(), title, summary, en.published(), en.reviewed(), sections, en.sources(),
                en.related());
    }

    private LearnPage.Section section(LearnPage.Section en, Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            problem(where, "expected a mapping");
            return en;
        }
        unknownKeys(m, SECTION_KEYS, where);
        return new LearnPage.Section(text(m, "heading", en.heading(), where),
                texts(m, "paragraphs", en.paragraphs(), where), texts(m, "bullets", en.bullets(), where),
                en.knowledge());
    }

    /** A translated text with the English one's placeholders; the English when missing (and a problem). */
    private String text(Map<?, ?> m, String key, String english, String where) {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            problem(where, v == null ? "missing '" + key + "'" : "'" + key + "' must be a text");
            return english;
        }
        if (!placeholders(s).keySet().equals(placeholders(english).keySet())) {
            problem(where, "'" + key + "' has placeholders " + placeholders(s).keySet() + " where learn.yaml has "
                    + placeholders(english).keySet());
        }
        return s.strip();
    }

    private List<String> texts(Map<?, ?> m, String key, List<String> english, String where) {
        Object v = m.get(key);
        List<?> given = v instanceof List<?> l ? l : List.of();
        if (v != null && !(v instanceof List<?>)) {
            problem(where, "'" + key + "' must be a list");
        } else if (given.size() != english.size()) {
            problem(where, given.size() + " " + key + " where learn.yaml has " + english.size());
            return english;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < english.size() && i < given.size(); i++) {
            out.add(text(Map.of(key, given.get(i) == null ? "" : given.get(i)), key, english.get(i),
                    where + ": " + key + " #" + (i + 1)));
        }
        return out.size() == english.size() ? out : english;
    }

    private void unknownKeys(Map<?, ?> m, Set<String> keys, String where) {
        for (Object k : m.keySet()) {
            if (!keys.contains(String.valueOf(k))) {
                problem(where, "unknown field '" + k + "' (only texts are translated: " + keys + ")");
            }
        }
    }

    /** Each placeholder and how often (a translation may say one twice, or once where English says it twice). */
    private static Map<String, Integer> placeholders(String text) {
        Map<String, Integer> out = new TreeMap<>();
        Matcher p = PLACEHOLDER.matcher(text);
        while (p.find()) {
            out.merge(p.group(), 1, Integer::sum);
        }
        return out;
    }

    private void problem(String where, String message) {
        problems.add(file + ": " + where + ": " + message);
    }
}
