package org.crampwise.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Symbols;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads and checks a knowledge base. Every problem is collected and reported together, each
 * naming its file and id; a knowledge base with any problem is never returned.
 */
public final class KnowledgeBaseLoader {
    static final List<String> FILES = List.of("kb.yaml", "sources.yaml", FindingsReader.FILE, "screens.yaml",
            RulesReader.FILE, CausesReader.FILE, AdviceReader.FILE);
    /** The files a language translates (in its folder, knowledge/LANG/); sources keep their own titles. */
    static final List<String> TRANSLATED = List.of("kb.yaml", FindingsReader.FILE, "screens.yaml", RulesReader.FILE,
            CausesReader.FILE, AdviceReader.FILE);

    private KnowledgeBaseLoader() {
    }

    /**
     * The knowledge base shipped with Crampwise: its compiled form when the jar has one (fast to
     * read) with every check but the proofs (the build ran them, CompiledKnowledge#main, and
     * CompiledKnowledgeTest runs them on the compiled form), else its YAML files with every check:
     * a damaged jar does not start (docs/SAFETY.md, C10).
     */
    public static KnowledgeBase builtIn() {
        Map<String, Object> compiled;
        try {
            compiled = CompiledKnowledge.builtIn();
        } catch (IOException e) {
            compiled = null;
        }
        if (compiled == null) {
            return load(KbSource.classpath());
        }
        Problems problems = new Problems();
        for (String file : FILES) {
            if (!compiled.containsKey(file)) {
                problems.add(file, null, "file is missing from the built-in knowledge base");
            }
        }
        return checked(compiled, problems, Checks.SPANNING);
    }

    /**
     * The built-in knowledge base read from its YAML files with every check, proofs and every
     * translation included, as the build checks it: what {@code kb validate} reports on.
     */
    public static KnowledgeBase builtInChecked() {
        return load(KbSource.classpath());
    }

    /**
     * The files of a knowledge base: the fixed ones, the region packs kb.yaml lists, and for each
     * language after the first the same files translated, in the language's folder.
     */
    static List<String> files(Object kbYaml) {
        List<String> english = new ArrayList<>(FILES);
        RegionsReader.ids(kbYaml).forEach(id -> english.add(RegionsReader.file(id)));
        List<String> all = new ArrayList<>(english);
        for (String lang : Languages.others(kbYaml)) {
            english.stream().filter(KnowledgeBaseLoader::translated).forEach(f -> all.add(lang + "/" + f));
        }
        return all;
    }

    private static boolean translated(String file) {
        return TRANSLATED.contains(file) || file.startsWith("regions/");
    }

    public static KnowledgeBase load(KbSource source) {
        Problems problems = new Problems();
        return checked(parseAll(source, problems), problems, Checks.WITH_PROOFS);
    }

    static Map<String, Object> parseAll(KbSource source, Problems problems) {
        Map<String, Object> yaml = new HashMap<>();
        yaml.put("kb.yaml", parse(source, "kb.yaml", problems));
        for (String file : files(yaml.get("kb.yaml"))) {
            if (!yaml.containsKey(file)) { // kb.yaml, read above, once: its problems said once
                yaml.put(file, parse(source, file, problems));
            }
        }
        return yaml;
    }

    /**
     * Which checks across files (KbChecks) run: also the ones that try every answer at build time and
     * for a knowledge base from files (the compiled built-in one passed them when it was built); none
     * for an older release read only to compare with (OlderRelease).
     */
    enum Checks { NONE, SPANNING, WITH_PROOFS }

    static KnowledgeBase checked(Map<String, Object> yaml, Problems problems, Checks checks) {
        if (!problems.isEmpty()) {
            // Files that cannot be read would make every reference into them look wrong: report
            // those problems alone rather than a flood of consequences.
            throw new KnowledgeBaseException(problems.list());
        }
        KnowledgeBase kb = build(yaml, problems, checks);
        if (!problems.isEmpty()) {
            // A translation of a broken file would only repeat its problems: the English's alone.
            throw new KnowledgeBaseException(problems.list());
        }
        Languages languages = new Languages();
        KnowledgeBase english = kb.speaking(Languages.first(yaml.get("kb.yaml")), languages);
        Map<java.util.Locale, java.util.function.Supplier<KnowledgeBase>> table = new java.util.LinkedHashMap<>();
        table.put(english.language(), () -> english);
        for (String lang : Languages.others(yaml.get("kb.yaml"))) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
            if (checks == Checks.WITH_PROOFS) {
                // Files just read: every translation is checked now, its problems reported with the rest.
                KnowledgeBase t = translated(yaml, lang, problems).speaking(locale, languages);
                table.put(locale, () -> t);
            } else {
                // The built-in knowledge base passed these checks when it was built: a translation is
                // made when first asked for, so a start-up in one language pays for that one only.
                table.put(locale, Languages.once(() -> {
                    Problems p = new Problems();
                    KnowledgeBase t = translated(yaml, lang, p);
                    if (!p.isEmpty()) {
                        throw new KnowledgeBaseException(p.list());
                    }
                    return t.speaking(locale, languages);
                }));
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems.list());
        }
        languages.fill(table);
        return english;
    }

    /**
     * The knowledge base in another language: every translated file laid over its English one,
     * then read and checked as the English is (texts too: no region's number written out). The
     * checks that try every answer are not repeated: a translation changes no condition.
     */
    private static KnowledgeBase translated(Map<String, Object> yaml, String lang, Problems problems) {
        Problems within = problems.within(lang + "/");
        Map<String, Object> merged = new HashMap<>(yaml);
        for (Map.Entry<String, Object> e : yaml.entrySet()) {
            if (translated(e.getKey())) {
                merged.put(e.getKey(), Translation.merge(e.getKey(), e.getValue(), yaml.get(lang + "/" + e.getKey()),
                        within));
            }
        }
        KnowledgeBase kb = build(merged, within, Checks.NONE);
        RegionTexts.check(kb, within);
        return kb;
    }

    private static Object parse(KbSource source, String file, Problems problems) {
        String text;
        try {
            text = source.read(file);
        } catch (IOException e) {
            problems.add(file, null, "cannot be read: " + e.getMessage());
            return null;
        }
        if (text == null) {
            problems.add(file, null, "file is missing from " + source.describe());
            return null;
        }
        try {
            return parseYaml(text);
        } catch (MarkedYAMLException e) {
            problems.add(file, "line " + (e.getProblemMark().getLine() + 1), "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.add(file, null, "not valid YAML: " + e.getMessage());
        }
        return null;
    }

    /** Parses one YAML file as the loader does: safe types only, no key given twice. */
    static Object parseYaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options)).load(text);
    }

    private static KnowledgeBase build(Map<String, Object> yaml, Problems problems, Checks checks) {
        YamlMap kb = root(yaml.get("kb.yaml"), "kb.yaml", problems);
        kb.allowOnly(Set.of("version", "disclaimer", "region", "regions", "languages", "levels", "scoring", "interview",
                "diary"));
        Languages.check(kb);
        Set<String> sourceIds = new HashSet<>();
        List<Source> sources = new ArrayList<>();
        for (YamlMap m : YamlMap.listOf(yaml.get("sources.yaml"), "sources.yaml", "source", problems)) {
            m.allowOnly(Set.of("id", "title", "publisher", "url"));
            String id = m.str("id");
            if (!sourceIds.add(id)) {
                m.problem("duplicate source id");
            } else {
                sources.add(new Source(id, m.str("title"), m.str("publisher"), m.optStr("url")));
            }
        }
        Refs refs = new Refs(sourceIds);

        FindingsReader findingsReader = new FindingsReader(problems);
        List<Finding> findings = findingsReader.read(yaml.get(FindingsReader.FILE));
        Map<String, Symbols.Symbol> symbols = new HashMap<>();
        for (Finding f : findings) {
            symbols.put(f.id(), new Symbols.FindingSymbol(f.index(), f.type(),
                    f.options().stream().map(Finding.Option::value).toList(), f.min(), f.max()));
        }
        // Triage rules and skip conditions may not name rules; knowing the rule ids lets the
        // parser say so rather than call them unknown findings.
        Map<String, Symbols.Symbol> findingSymbols = new HashMap<>(symbols);
        for (String ruleId : RulesReader.ids(yaml.get(RulesReader.FILE))) {
            findingSymbols.putIfAbsent(ruleId, new Symbols.RuleSymbol(-1));
        }
        findings = findingsReader.withSkipConditions(findings, findingSymbols::get);

        List<Rule> rules = RulesReader.read(yaml.get(RulesReader.FILE), findingSymbols::get, symbols.keySet(),
                refs, problems);
        for (Rule r : rules) {
            symbols.putIfAbsent(r.id(), new Symbols.RuleSymbol(r.index()));
        }
        List<Cause> causes = CausesReader.read(yaml.get(CausesReader.FILE), symbols::get, refs, problems);
        AdviceReader advice = new AdviceReader();
        advice.read(yaml.get(AdviceReader.FILE), symbols::get, refs, problems);
        List<Screen> screens = screens(yaml.get("screens.yaml"), findings, problems);

        Map<Level, LevelText> levels = levels(kb, problems);
        Map<String, Region> regions = RegionsReader.read(kb, yaml, problems);
        Region region = regions.get(kb.str("region").toUpperCase(java.util.Locale.ROOT));
        if (region == null) {
            kb.problem("region '" + kb.str("region") + "' is not one of the listed regions");
            region = new Region("", "", "", null, Map.of(), List.of(), List.of(), null);
        }
        YamlMap scoring = kb.map("scoring");
        InterviewPlan plan = interviewPlan(kb.map("interview"), findings, screens);
        DiaryRules diary = DiaryReader.read(kb.map("diary"), refs);
        double likely = scoring.num("likely");
        double possible = scoring.num("possible");
        if (possible > likely) {
            scoring.problem("'possible' must not be above 'likely'");
        }
        KnowledgeBase built = new KnowledgeBase(kb.str("version"), kb.str("disclaimer"), region, regions, levels, findings,
                screens, rules, causes, advice.items(), advice.rules(), sources,
                likely, possible, plan, diary);
        if (checks != Checks.NONE) {
            KbChecks.run(built, problems, checks == Checks.WITH_PROOFS);
            RegionTexts.check(built, problems);
        }
        return built;
    }

    private static InterviewPlan interviewPlan(YamlMap m, List<Finding> findings, List<Screen> screens) {
        m.allowOnly(Set.of("first", "basics", "stopWhenSettledAtOrAbove", "topCauses", "askAlways"));
        String stopText = m.str("stopWhenSettledAtOrAbove");
        Level stop = Level.fromId(stopText);
        if (stop == null) {
            m.problem("unknown level '" + stopText + "'");
        }
        Screen first = null;
        String firstId = m.optStr("first");
        if (firstId != null) {
            first = screens.stream().filter(s -> s.id().equals(firstId)).findFirst().orElse(null);
            if (first == null) {
                m.problem("first: unknown screen '" + firstId + "'");
            }
        }
        return new InterviewPlan(first, findingList(m, "basics", findings), stop == null ? Level.URGENT : stop,
                (int) m.num("topCauses"), findingList(m, "askAlways", findings));
    }

    private static List<Finding> findingList(YamlMap m, String key, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (String id : m.strList(key)) {
            Finding f = findings.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (f == null) {
                m.problem(key + ": unknown finding '" + id + "'");
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static YamlMap root(Object yaml, String file, Problems problems) {
        if (yaml != null && !(yaml instanceof Map)) {
            problems.add(file, null, "expected a mapping");
        }
        return new YamlMap(yaml instanceof Map ? (Map<?, ?>) yaml : Map.of(), file, null, problems);
    }

    private static Map<Level, LevelText> levels(YamlMap kb, Problems problems) {
        Map<Level, LevelText> levels = new EnumMap<>(Level.class);
        for (YamlMap m : kb.maps("levels", "level")) {
            m.allowOnly(Set.of("id", "label", "action"));
            String id = m.str("id");
            Level level = Level.fromId(id);
            if (level == null) {
                m.problem("unknown level");
            } else if (levels.put(level, new LevelText(level, m.str("label"), m.str("action"))) != null) {
                m.problem("duplicate level");
            }
        }
        for (Level l : Level.values()) {
            if (!levels.containsKey(l)) {
                problems.add("kb.yaml", "levels", "level '" + l.id() + "' is missing");
                levels.put(l, new LevelText(l, l.id(), l.id()));
            }
        }
        return levels;
    }

    private static List<Screen> screens(Object yaml, List<Finding> findings, Problems problems) {
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        Set<String> ids = new HashSet<>();
        Set<String> used = new HashSet<>();
        List<Screen> out = new ArrayList<>();
        for (YamlMap m : YamlMap.listOf(yaml, "screens.yaml", "screen", problems)) {
            m.allowOnly(Set.of("id", "text", "help", "items"));
            String id = m.str("id");
            if (!ids.add(id) || byId.containsKey(id)) {
                m.problem(byId.containsKey(id) ? "screen id is also a finding id" : "duplicate screen id");
                continue;
            }
            List<Finding> items = new ArrayList<>();
            for (String item : m.strList("items")) {
                Finding f = byId.get(item);
                if (f == null) {
                    m.problem("unknown finding '" + item + "'");
                } else if (f.type() != FindingType.BOOL) {
                    m.problem("finding '" + item + "' is a " + f.type().id() + "; a screen asks yes/no findings only");
                } else if (!used.add(item)) {
                    m.problem("finding '" + item + "' is already on another screen");
                } else {
                    items.add(f);
                }
            }
            if (items.size() < 2) {
                m.problem("a screen needs at least 2 findings");
            }
            out.add(new Screen(id, m.str("text"), m.str("help"), List.copyOf(items)));
        }
        return out;
    }
}
