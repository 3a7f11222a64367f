package org.crampwise.app.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crampwise.app.learn.LearnPage.FromKnowledge;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads and checks {@code learn.yaml} against a loaded knowledge base. Every problem is collected
 * and reported together, each naming the page, as in {@code learn.yaml: page 'causes': unknown
 * source 'x'}; pages with any problem are never shown. It throws the knowledge base's own
 * exception, so a broken file stops Crampwise the same way a broken knowledge base does.
 */
public final class LearnLoader {
    static final String FILE = "learn.yaml";
    private static final Set<String> PAGE_KEYS =
            Set.of("id", "title", "summary", "published", "reviewed", "sections", "sources", "related");
    private static final Set<String> SECTION_KEYS = Set.of("heading", "paragraphs", "bullets", "knowledge");
    private static final Set<String> KNOWLEDGE_KEYS = Set.of("list", "kind", "ids");
    /** Page ids are part of the address (/learn/{id}): lower-case words joined by hyphens. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final KnowledgeBase kb;
    private final List<String> problems = new ArrayList<>();
    private final LearnFields fields = new LearnFields(problems);

    private LearnLoader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * The pages shipped with Crampwise (copied into the jar from knowledge/ by the build), in the
     * knowledge base's language: another than the source's is read from {@code knowledge/<lang>/learn.yaml}.
     */
    public static Learn builtIn(KnowledgeBase kb) {
        return translated(load(resource(FILE), kb), kb, LearnLoader::resource);
    }

    private static String resource(String name) {
        try (InputStream in = LearnLoader.class.getResourceAsStream("/knowledge/" + name)) {
            if (in == null) {
                throw new KnowledgeBaseException(List.of(name + ": file is missing from the built-in knowledge base"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + name, e);
        }
    }

    /**
     * The pages of a learn.yaml file, such as a copy under review, in the knowledge base's
     * language (another than the source's from {@code <lang>/learn.yaml} beside it).
     */
    public static Learn load(Path file, KnowledgeBase kb) {
        return translated(load(read(file, FILE), kb), kb, name -> read(file.resolveSibling(name), name));
    }

    /** Every language's pages, checked now: a broken translation stops the start, not a later request. */
    public static Map<java.util.Locale, Learn> everyLanguage(KnowledgeBase kb, java.util.function.Function<KnowledgeBase,
            Learn> loader) {
        Map<java.util.Locale, Learn> out = new java.util.LinkedHashMap<>();
        for (java.util.Locale lang : kb.languages()) {
            out.put(lang, loader.apply(kb.in(lang)));
        }
        return out;
    }

    private static Learn translated(Learn source, KnowledgeBase kb, java.util.function.Function<String, String> files) {
        java.util.Locale lang = kb.language();
        if (lang.equals(kb.languages().get(0))) {
            return source;
        }
        String overlay = lang.toLanguageTag() + "/" + FILE;
        return LearnOverlay.apply(source, files.apply(overlay), overlay);
    }

    private static String read(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeBaseException(List.of(name + ": cannot be read: " + e.getMessage()));
        }
    }

    /** The pages of the text of a learn.yaml file. */
    public static Learn load(String yaml, KnowledgeBase kb) {
        return new LearnLoader(kb).read(yaml);
    }

    private Learn read(String yaml) {
        Object root = parse(yaml);
        List<LearnPage> pages = new ArrayList<>();
        if (root instanceof List<?> list) {
            Set<String> ids = new HashSet<>();
            List<Map<?, ?>> entries = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int n = 0;
            for (Object o : list) {
                n++;
                if (!(o instanceof Map<?, ?> m)) {
                    fields.problem("page #" + n, "expected a mapping");
                    continue;
                }
                Object id = m.get("id");
                String label = id instanceof String s && !s.isBlank() ? "page '" + s + "'" : "page #" + n;
                if (id instanceof String s && !ids.add(s)) {
                    fields.problem(label, "duplicate page id");
                    continue;
                }
                entries.add(m);
                labels.add(label);
            }
            for (int i = 0; i < entries.size(); i++) {
                LearnPage p = page(entries.get(i), labels.get(i), ids);
                if (p != null) {
                    pages.add(p);
                }
            }
            if (list.isEmpty()) {
                fields.problem(null, "has no pages");
            }
        } else if (problems.isEmpty()) {
            fields.problem(null, "expected a list of pages");
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new Learn(pages);
    }

    private Object parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            fields.problem("line " + (e.getProblemMark().getLine() + 1), "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            fields.problem(null, "not valid YAML: " + e.getMessage());
        }
        return null;
    }

    private LearnPage page(Map<?, ?> m, String where, Set<String> pageIds) {
        int before = problems.size();
        fields.allowOnly(m, PAGE_KEYS, where);
        String id = fields.text(m, "id", where);
        if (id != null && !ID.matcher(id).matches()) {
            fields.problem(where, "id must be lower-case words joined by hyphens, as it is part of the address");
        }
        String title = fields.text(m, "title", where);
        String summary = fields.text(m, "summary", where);
        LocalDate published = fields.date(m, "published", where);
        LocalDate reviewed = fields.date(m, "reviewed", where);
        if (published != null && reviewed != null && reviewed.isBefore(published)) {
            fields.problem(where, "reviewed (" + reviewed + ") before it was published (" + published + ")");
        }
        List<LearnPage.Section> sections = new ArrayList<>();
        List<?> rawSections = fields.list(m, "sections", where, LearnFields.Need.NON_EMPTY);
        if (rawSections != null) {
            int n = 0;
            for (Object o : rawSections) {
                n++;
                LearnPage.Section s = section(o, where, n);
                if (s != null) {
                    sections.add(s);
                }
            }
        }
        List<String> sources = fields.texts(m, "sources", where, LearnFields.Need.NON_EMPTY);
        for (String s : sources) {
            if (kb.source(s) == null) {
                fields.problem(where, "unknown source '" + s + "'");
            }
        }
        List<String> related = fields.texts(m, "related", where, LearnFields.Need.REQUIRED);
        for (String r : related) {
            if (r.equals(id)) {
                fields.problem(where, "related to itself");
            } else if (!pageIds.contains(r)) {
                fields.problem(where, "unknown related page '" + r + "'");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new LearnPage(id, title, summary, published, reviewed, sections, sources, related);
    }

    private LearnPage.Section section(Object o, String page, int n) {
        if (!(o instanceof Map<?, ?> m)) {
            fields.problem(page + ": section #" + n, "expected a mapping");
            return null;
        }
        Object h = m.get("heading");
        String where = page + ": " + (h instanceof String s && !s.isBlank() ? "section '" + s + "'" : "section #" + n);
        fields.allowOnly(m, SECTION_KEYS, where);
        String heading = fields.text(m, "heading", where);
        List<String> paragraphs = fields.texts(m, "paragraphs", where, LearnFields.Need.OPTIONAL);
        List<String> bullets = fields.texts(m, "bullets", where, LearnFields.Need.OPTIONAL);
        FromKnowledge knowledge = m.containsKey("knowledge") ? knowledge(m.get("knowledge"), where) : null;
        if (paragraphs.isEmpty() && bullets.isEmpty() && !m.containsKey("knowledge")) {
            fields.problem(where, "has no paragraphs, bullets or knowledge");
        }
        return new LearnPage.Section(heading, paragraphs, bullets, knowledge);
    }

    private FromKnowledge knowledge(Object o, String section) {
        String where = section + ": knowledge";
        if (!(o instanceof Map<?, ?> m)) {
            fields.problem(where, "expected a mapping with 'list' and optional 'kind' and 'ids'");
            return null;
        }
        fields.allowOnly(m, KNOWLEDGE_KEYS, where);
        String name = fields.text(m, "list", where);
        FromKnowledge.Kind list = null;
        for (FromKnowledge.Kind k : FromKnowledge.Kind.values()) {
            if (k.id().equals(name)) {
                list = k;
            }
        }
        if (name != null && list == null) {
            fields.problem(where, "unknown list '" + name + "' (causes, relief, prevention or avoid)");
        }
        String kind = m.containsKey("kind") ? fields.text(m, "kind", where) : null;
        List<String> ids = fields.texts(m, "ids", where, LearnFields.Need.OPTIONAL);
        if (list == null) {
            return null;
        }
        if (list == FromKnowledge.Kind.CAUSES) {
            Set<String> kinds = new LinkedHashSet<>();
            kb.causes().forEach(c -> kinds.add(c.kind()));
            if (kind != null && !kinds.contains(kind)) {
                fields.problem(where, "unknown cause kind '" + kind + "' (" + String.join(", ", kinds) + ")");
            }
            for (String id : ids) {
                Cause c = kb.causes().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (c == null) {
                    fields.problem(where, "unknown cause '" + id + "'");
                } else if (kind != null && !kind.equals(c.kind())) {
                    fields.problem(where, "cause '" + id + "' is not of kind '" + kind + "'");
                }
            }
        } else {
            if (kind != null) {
                fields.problem(where, "'kind' is only for the list of causes");
            }
            AdviceItem.Kind adviceKind = AdviceItem.Kind.valueOf(list.name());
            for (String id : ids) {
                boolean known = kb.adviceItems().stream().anyMatch(a -> a.kind() == adviceKind && a.id().equals(id));
                if (!known) {
                    fields.problem(where, "unknown " + list.id() + " item '" + id + "'");
                }
            }
        }
        return new FromKnowledge(list, kind, ids);
    }
}
