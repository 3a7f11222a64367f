package org.crampwise.kb;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, validated knowledge base: immutable. Built by {@link KnowledgeBaseLoader}; the engine
 * and the interview take it as an object and read no files themselves.
 */
public final class KnowledgeBase {
    private final String version;
    private final String disclaimer;
    /** The region whose words fill the texts. */
    private final Region region;
    /** Every region pack by upper-case id, the default first. */
    private final Map<String, Region> regions;
    private final Map<Level, LevelText> levels;
    private final List<Finding> findings;
    private final List<Screen> screens;
    private final List<Rule> rules;
    private final List<Cause> causes;
    private final List<AdviceItem> adviceItems;
    private final List<AdviceRule> adviceRules;
    private final List<Source> sources;
    private final double likelyAt;
    private final double possibleAt;
    private final InterviewPlan interview;
    private final DiaryRules diary;
    private final Map<String, Finding> findingById = new HashMap<>();
    private final Map<String, Rule> ruleById = new HashMap<>();
    private final Map<String, Source> sourceById = new HashMap<>();
    private final Screen[] screenOfFinding;
    /** The language of every text here; the table of the same knowledge in the others. */
    private final Locale language;
    private final Languages languages;

    KnowledgeBase(String version, String disclaimer, Region region, Map<String, Region> regions,
                  Map<Level, LevelText> levels, List<Finding> findings, List<Screen> screens, List<Rule> rules,
                  List<Cause> causes, List<AdviceItem> adviceItems, List<AdviceRule> adviceRules,
                  List<Source> sources, double likelyAt, double possibleAt, InterviewPlan interview, DiaryRules diary) {
        this(version, disclaimer, region, regions, levels, findings, screens, rules, causes, adviceItems, adviceRules,
                sources, likelyAt, possibleAt, interview, diary, Locale.ENGLISH, new Languages());
    }

    private KnowledgeBase(String version, String disclaimer, Region region, Map<String, Region> regions,
                  Map<Level, LevelText> levels, List<Finding> findings, List<Screen> screens, List<Rule> rules,
                  List<Cause> causes, List<AdviceItem> adviceItems, List<AdviceRule> adviceRules,
                  List<Source> sources, double likelyAt, double possibleAt, InterviewPlan interview, DiaryRules diary,
                  Locale language, Languages languages) {
        this.language = language;
        this.languages = languages;
        this.version = version;
        this.disclaimer = disclaimer;
        this.region = region;
        this.regions = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
        this.levels = Collections.unmodifiableMap(new EnumMap<>(levels));
        this.findings = List.copyOf(findings);
        this.screens = List.copyOf(screens);
        this.rules = List.copyOf(rules);
        this.causes = List.copyOf(causes);
        this.adviceItems = List.copyOf(adviceItems);
        this.adviceRules = List.copyOf(adviceRules);
        this.sources = List.copyOf(sources);
        this.likelyAt = likelyAt;
        this.possibleAt = possibleAt;
        this.interview = interview;
        this.diary = diary;
        findings.forEach(f -> findingById.put(f.id(), f));
        rules.forEach(r -> ruleById.put(r.id(), r));
        sources.forEach(s -> sourceById.put(s.id(), s));
        screenOfFinding = new Screen[findings.size()];
        for (Screen s : screens) {
            for (Finding f : s.items()) {
                screenOfFinding[f.index()] = s;
            }
        }
    }

    /**
     * The same knowledge with other phone numbers for {emergency} and {urgent} (a deployment's
     * own, overriding the region's); null keeps the region's.
     */
    public KnowledgeBase withNumbers(String emergency, String urgent) {
        return forRegion(region.withNumbers(emergency, urgent));
    }

    /** The same knowledge speaking to a person in this region. */
    public KnowledgeBase forRegion(Region where) {
        return new KnowledgeBase(version, disclaimer, where, regions, levels, findings, screens, rules, causes,
                adviceItems, adviceRules, sources, likelyAt, possibleAt, interview, diary, language, languages);
    }

    /** This knowledge marked as written in {@code lang}, knowing the others through {@code table} (the loader). */
    KnowledgeBase speaking(Locale lang, Languages table) {
        return new KnowledgeBase(version, disclaimer, region, regions, levels, findings, screens, rules, causes,
                adviceItems, adviceRules, sources, likelyAt, possibleAt, interview, diary, lang, table);
    }

    /** The language every text here is in. */
    public Locale language() {
        return language;
    }

    /** Every language this knowledge speaks, the one its files are written in first. */
    public List<Locale> languages() {
        List<Locale> all = languages.list();
        return all.isEmpty() ? List.of(language) : all;
    }

    /** Whether this knowledge speaks {@code lang} (its language part: es-MX is es). */
    public boolean supports(Locale lang) {
        return lang != null && languages().stream().anyMatch(l -> l.getLanguage().equals(lang.getLanguage()));
    }

    /**
     * The same knowledge (ids, rules, numbers) in another language, speaking to the same region,
     * with the same deployment numbers if this one has them.
     *
     * @throws IllegalArgumentException for a language it does not speak (ask {@link #supports} first)
     */
    public KnowledgeBase in(Locale lang) {
        if (!supports(lang)) {
            throw new IllegalArgumentException("no texts in '" + lang + "'; languages: " + languages());
        }
        if (lang.getLanguage().equals(language.getLanguage())) {
            return this;
        }
        KnowledgeBase other = languages.get(lang);
        Region own = region(region.id());
        Region there = other.region(region.id());
        if (there == null || own == null) {
            return other;
        }
        // A deployment's own numbers (withNumbers) stay: numbers are the same in every language.
        String emergency = region.emergencyNumber().equals(own.emergencyNumber()) ? null : region.emergencyNumber();
        String urgent = Objects.equals(region.urgentNumber(), own.urgentNumber()) ? null : region.urgentNumber();
        if (emergency == null && urgent == null && there.equals(other.region())) {
            return other;
        }
        return other.forRegion(there.withNumbers(emergency, urgent));
    }

    /** Fills the region's numbers and service names into a text of the knowledge base. */
    public String fill(String template) {
        return region.fill(template);
    }

    /** The region pack with this id (ISO 3166, any case), or null. */
    public Region region(String id) {
        return id == null ? null : regions.get(id.toUpperCase(Locale.ROOT));
    }

    /** The region whose words this knowledge speaks with. */
    public Region region() { return region; }
    /** Every region pack by upper-case id, the knowledge base's default first. */
    public Map<String, Region> regions() { return regions; }
    /** The disclaimer as written, with its placeholders. */
    public String rawDisclaimer() { return disclaimer; }

    public String version() { return version; }
    public String disclaimer() { return fill(disclaimer); }
    public String emergencyNumber() { return region.emergencyNumber(); }
    /** The same-day number to dial, or null where the region has none. */
    public String urgentNumber() { return region.urgentNumber(); }
    public LevelText level(Level level) { return levels.get(level); }
    public List<Finding> findings() { return findings; }
    public List<Screen> screens() { return screens; }
    public List<Rule> rules() { return rules; }
    public List<Cause> causes() { return causes; }
    public List<AdviceItem> adviceItems() { return adviceItems; }
    public List<AdviceRule> adviceRules() { return adviceRules; }
    public List<Source> sources() { return sources; }
    public double likelyAt() { return likelyAt; }
    public double possibleAt() { return possibleAt; }
    /** How the interview is ordered and when it ends. */
    public InterviewPlan interview() { return interview; }
    public Level stopWhenSettledAtOrAbove() { return interview.stopWhenSettledAtOrAbove(); }
    public int topCauses() { return interview.topCauses(); }
    /** Findings the interview asks of everyone once the level is settled. */
    public List<Finding> askAlways() { return interview.askAlways(); }
    /** When a cramp diary should send a person to a doctor. */
    public DiaryRules diary() { return diary; }

    /** The finding with this id, or null. */
    public Finding finding(String id) { return findingById.get(id); }

    /** The triage rule with this id, or null. */
    public Rule rule(String id) { return ruleById.get(id); }

    /** The source with this id, or null. */
    public Source source(String id) { return sourceById.get(id); }

    /** The screen that asks this finding, or null when it is asked on its own. */
    public Screen screenOf(Finding finding) { return screenOfFinding[finding.index()]; }
}
