package org.crampwise.kb;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, validated knowledge base: immutable. Built by {@link KnowledgeBaseLoader}; the engine
 * and the interview take it as an object and read no files themselves.
 */
public final class KnowledgeBase {
    private final String version;
    private final String disclaimer;
    private final String emergencyNumber;
    private final String urgentNumber;
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

    KnowledgeBase(String version, String disclaimer, String emergencyNumber, String urgentNumber,
                  Map<Level, LevelText> levels, List<Finding> findings, List<Screen> screens, List<Rule> rules,
                  List<Cause> causes, List<AdviceItem> adviceItems, List<AdviceRule> adviceRules,
                  List<Source> sources, double likelyAt, double possibleAt, InterviewPlan interview, DiaryRules diary) {
        this.version = version;
        this.disclaimer = disclaimer;
        this.emergencyNumber = emergencyNumber;
        this.urgentNumber = urgentNumber;
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

    /** The same knowledge with other phone numbers for {emergency} and {urgent}. */
    public KnowledgeBase withNumbers(String emergency, String urgent) {
        return new KnowledgeBase(version, disclaimer, emergency, urgent, levels, findings, screens, rules, causes,
                adviceItems, adviceRules, sources, likelyAt, possibleAt, interview, diary);
    }

    /** Fills the {emergency} and {urgent} numbers into a text of the knowledge base. */
    public String fill(String template) {
        return template == null ? null
                : template.replace("{emergency}", emergencyNumber).replace("{urgent}", urgentNumber);
    }

    public String version() { return version; }
    public String disclaimer() { return fill(disclaimer); }
    public String emergencyNumber() { return emergencyNumber; }
    public String urgentNumber() { return urgentNumber; }
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
