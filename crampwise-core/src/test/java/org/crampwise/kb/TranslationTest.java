package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A language is a folder of translated texts laid over the English files: the same knowledge in
 * other words. Tested with a machine-made "translation" (every text marked) so the mechanism is
 * checked apart from the real Spanish texts.
 */
class TranslationTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    /** The knowledge base with a marked copy of every text as its "es" translation (in place of the real one). */
    private BrokenKb withMarkedSpanish() throws IOException {
        BrokenKb kb = BrokenKb.copyInto(dir);
        Object kbYaml = KnowledgeBaseLoader.parseYaml(kb.text("kb.yaml"));
        for (String file : KnowledgeBaseLoader.files(kbYaml)) {
            if (file.startsWith("es/")) {
                String english = file.substring(3);
                Object overlay = marked(KnowledgeBaseLoader.parseYaml(kb.text(english)), false);
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                DumperOptions o = new DumperOptions();
                o.setWidth(1000);
                o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
                Files.writeString(target, new Yaml(o).dump(overlay), StandardCharsets.UTF_8);
            }
        }
        return kb;
    }

    /** Only ids and texts, every text marked "[es] ". */
    private static Object marked(Object node, boolean text) {
        if (node instanceof String s) {
            return text ? "[es] " + s : s;
        }
        if (node instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                boolean t = text || Translation.TEXT_KEYS.contains(String.valueOf(k));
                if (k.equals("id") || k.equals("value")) {
                    out.put(k, v);
                } else if (!k.equals("source") && !k.equals("sources") && (t || Translation.containsText(v))) {
                    out.put(k, marked(v, t));
                }
            });
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(marked(x, text)));
            return out;
        }
        return node;
    }

    private KnowledgeBase load() {
        return KnowledgeBaseLoader.load(KbSource.directory(dir));
    }

    @Test
    void the_knowledge_base_in_another_language_has_the_same_ids_and_rules_in_its_words() throws IOException {
        withMarkedSpanish();
        KnowledgeBase en = load();
        KnowledgeBase es = en.in(ES);

        assertThat(en.languages()).containsExactly(Locale.ENGLISH, ES);
        assertThat(es.language()).isEqualTo(ES);
        assertThat(es.finding("age_years").question()).isEqualTo("[es] " + en.finding("age_years").question());
        assertThat(es.finding("sex").options().get(0).label()).startsWith("[es] ");
        assertThat(es.rules()).extracting(Rule::id).isEqualTo(en.rules().stream().map(Rule::id).toList());
        assertThat(es.causes().get(0).name()).startsWith("[es] ");
        assertThat(es.level(Level.CALL_EMERGENCY).label()).startsWith("[es] ");
        assertThat(es.region("US").words().get("ed")).startsWith("[es] ");
        assertThat(es.region("US").emergencyNumber()).isEqualTo("911");
        // The same knowledge: the way back is the English itself.
        assertThat(es.in(Locale.ENGLISH)).isSameAs(en);
        assertThat(en.in(Locale.forLanguageTag("es-MX")).language()).isEqualTo(ES);
    }

    @Test
    void the_other_language_speaks_to_the_same_region_with_the_same_deployment_numbers() throws IOException {
        withMarkedSpanish();
        KnowledgeBase en = load().forRegion(load().region("US")).withNumbers("112", null);
        KnowledgeBase es = en.in(ES);
        assertThat(es.region().id()).isEqualTo("US");
        assertThat(es.emergencyNumber()).isEqualTo("112");
        assertThat(es.region().words().get("gp")).startsWith("[es] ");
    }

    @Test
    void a_language_it_does_not_speak_is_refused_naming_the_ones_it_does() throws IOException {
        withMarkedSpanish();
        KnowledgeBase en = load();
        assertThat(en.supports(Locale.FRENCH)).isFalse();
        assertThatThrownBy(() -> en.in(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[en, es]");
    }

    @Test
    void a_missing_text_a_changed_placeholder_and_an_unknown_id_are_each_named_with_their_file() throws IOException {
        BrokenKb kb = withMarkedSpanish();
        String findings = kb.text("es/findings.yaml");
        int help = findings.lastIndexOf('\n', findings.indexOf("help: '[es] Some causes of leg pain")) + 1;
        kb.replace("es/findings.yaml", findings.substring(help, findings.indexOf('\n', help) + 1), "");
        kb.replace("es/findings.yaml", "says: '[es] You are {value} years old.'", "says: '[es] You are {valor} years.'");
        kb.append("es/causes.yaml", "- id: not_a_cause\n  name: x\n  summary: y");

        assertThatThrownBy(this::load).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems()).contains(
                        "es/findings.yaml: id 'age_years': help: no translation (English: \"Some causes of leg pain are"
                                + " more common at certain ages. Crampwise is made for people aged 16 and over.\")",
                        "es/findings.yaml: id 'age_years': says: placeholders [{valor}] differ from the English [{value}]",
                        "es/causes.yaml: id 'not_a_cause': unknown: the English has no such entry"));
    }

    @Test
    void a_translation_that_writes_a_number_instead_of_its_placeholder_is_refused() throws IOException {
        BrokenKb kb = withMarkedSpanish();
        kb.replace("es/kb.yaml", "label: '[es] Call {emergency} now'", "label: '[es] Llame al {emergency} o al 999'");
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(String.join("\n", ((KnowledgeBaseException) e).problems()))
                        .contains("es/kb.yaml").contains("999"));
    }

    @Test
    void a_missing_translation_file_is_named() throws IOException {
        withMarkedSpanish();
        Files.delete(dir.resolve("es/screens.yaml"));
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems())
                        .anyMatch(p -> p.startsWith("es/screens.yaml: ")));
    }
}
