package org.crampwise.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The languages a knowledge base speaks (kb.yaml {@code languages}: the first is the one its
 * files are written in; each other has a folder of translations). One table is shared by the
 * knowledge base in every language, filled once by the loader; a language's knowledge base may be
 * made when first asked for.
 */
final class Languages {
    private static final String SOURCE = "en";
    private volatile Map<Locale, Supplier<KnowledgeBase>> table = Map.of();

    /** The language the files themselves are written in. */
    static Locale first(Object kbYaml) {
        List<String> all = tags(kbYaml);
        return Locale.forLanguageTag(all.isEmpty() ? SOURCE : all.get(0));
    }

    /** The translated languages' tags (their folder names), in kb.yaml's order. */
    static List<String> others(Object kbYaml) {
        List<String> all = tags(kbYaml);
        return all.isEmpty() ? List.of() : all.subList(1, all.size());
    }

    private static List<String> tags(Object kbYaml) {
        List<String> out = new ArrayList<>();
        if (kbYaml instanceof Map<?, ?> m && m.get("languages") instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    /** kb.yaml's list: lower-case ISO 639-1 codes, each once. */
    static void check(YamlMap kb) {
        if (!kb.has("languages")) {
            return;
        }
        List<String> seen = new ArrayList<>();
        for (String tag : kb.strList("languages")) {
            if (!tag.matches("[a-z]{2}")) {
                kb.problem("languages: '" + tag + "' is not a two-letter ISO 639-1 code in lower case");
            } else if (seen.contains(tag)) {
                kb.problem("languages: '" + tag + "' is listed twice");
            }
            seen.add(tag);
        }
    }

    /** Sets the knowledge base of every language (each made by its supplier). */
    void fill(Map<Locale, Supplier<KnowledgeBase>> all) {
        table = Collections.unmodifiableMap(new LinkedHashMap<>(all));
    }

    /** A supplier that makes its value once, on the first call, for every thread. */
    static Supplier<KnowledgeBase> once(Supplier<KnowledgeBase> make) {
        return new Supplier<>() {
            private KnowledgeBase made;

            @Override
            public synchronized KnowledgeBase get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    List<Locale> list() {
        return List.copyOf(table.keySet());
    }

    /** The knowledge base in this language (its language only: en-US is en), or null. */
    KnowledgeBase get(Locale language) {
        Supplier<KnowledgeBase> s = table.get(Locale.forLanguageTag(language.getLanguage()));
        return s == null ? null : s.get();
    }
}
