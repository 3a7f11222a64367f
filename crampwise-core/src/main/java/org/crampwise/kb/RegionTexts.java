package org.crampwise.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that texts write placeholders, never a region's numbers or service names: every text
 * a person reads is checked here, by the loader (knowledge base texts) and by the app's tests
 * (message bundle, templates, rendered pages).
 */
public final class RegionTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** A short name of a service ("A&E", "GP", "ER"): capitals, maybe with '&'. */
    /** The words that name a service: their short names are the region's ("NHS" in a route is a publisher too). */
    private static final Set<String> SERVICES = Set.of("ed", "edFull", "gp", "urgentCare", "maternity");
    private static final Pattern SHORT_NAME = Pattern.compile("(?<![\\w&])[A-Z][A-Z&]+(?![\\w&])");
    /** Placeholders filled by their own code: the diary's sentences, an answer said back. */
    private static final Set<String> DIARY = Set.of("recent", "earlier", "date", "minutes", "value", "label");

    private final Set<String> numbers = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    /** What no text may write literally: every region's numbers and short service names. */
    public RegionTexts(Collection<Region> regions) {
        for (Region r : regions) {
            r.sources().forEach(s -> numbers.add(s.number()));
            for (Map.Entry<String, String> w : r.words().entrySet()) {
                Matcher n = RegionsReader.NUMBER.matcher(w.getValue());
                while (n.find()) {
                    numbers.add(n.group());
                }
                Matcher m = SHORT_NAME.matcher(w.getValue());
                while (m.find() && SERVICES.contains(w.getKey())) {
                    names.add(m.group());
                }
            }
        }
    }

    private RegionTexts(Set<String> numbers, Set<String> names) {
        this.numbers.addAll(numbers);
        this.names.addAll(names);
    }

    /** The same rule less what this region itself writes (its own numbers and names are right for it). */
    public RegionTexts except(Region own) {
        RegionTexts mine = new RegionTexts(List.of(own));
        Set<String> n = new HashSet<>(numbers);
        n.removeAll(mine.numbers);
        Set<String> s = new HashSet<>(names);
        s.removeAll(mine.names);
        return new RegionTexts(n, s);
    }

    /** What is wrong with one text: literal numbers or service names, unknown placeholders. */
    public List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher p = PLACEHOLDER.matcher(text);
        while (p.find()) {
            String key = p.group(1);
            if (!Region.PLACEHOLDERS.contains(key) && !DIARY.contains(key) && !key.matches("\\d+")) {
                out.add("unknown placeholder {" + key + "}");
            }
        }
        Matcher n = RegionsReader.NUMBER.matcher(text);
        while (n.find()) {
            if (numbers.contains(n.group())) {
                out.add("writes the number " + n.group() + " instead of its placeholder");
            }
        }
        Matcher m = SHORT_NAME.matcher(text);
        while (m.find()) {
            if (names.contains(m.group())) {
                out.add("writes the service name " + m.group() + " instead of its placeholder");
            }
        }
        return out;
    }

    /** Every text of the knowledge base a person reads, by where it is. */
    public static Map<String, String> of(KnowledgeBase kb) {
        Map<String, String> t = new LinkedHashMap<>();
        BiConsumer<String, String> put = (k, v) -> {
            if (v != null) {
                t.put(k, v);
            }
        };
        put.accept("kb.yaml: disclaimer", kb.rawDisclaimer());
        for (Level l : Level.values()) {
            put.accept("kb.yaml: level '" + l.id() + "': label", kb.level(l).label());
            put.accept("kb.yaml: level '" + l.id() + "': action", kb.level(l).action());
        }
        DiaryRules d = kb.diary();
        put.accept("kb.yaml: diary: opening", d.opening());
        put.accept("kb.yaml: diary: fortnightText", d.fortnightText());
        put.accept("kb.yaml: diary: longEpisodeText", d.longEpisodeText());
        for (Rule r : kb.rules()) {
            String w = "rules.yaml: rule '" + r.id() + "': ";
            put.accept(w + "headline", r.headline());
            put.accept(w + "explanation", r.explanation());
            put.accept(w + "action", r.action());
        }
        for (Finding f : kb.findings()) {
            String w = "findings.yaml: finding '" + f.id() + "': ";
            put.accept(w + "question", f.question());
            put.accept(w + "help", f.help());
            put.accept(w + "short", f.shortText());
            put.accept(w + "whenTrue", f.whenTrue());
            put.accept(w + "whenFalse", f.whenFalse());
            put.accept(w + "says", f.says());
            f.options().forEach(o -> put.accept(w + "option '" + o.value() + "'", o.label()));
        }
        for (Screen s : kb.screens()) {
            put.accept("screens.yaml: screen '" + s.id() + "': text", s.text());
            put.accept("screens.yaml: screen '" + s.id() + "': help", s.help());
        }
        for (Cause c : kb.causes()) {
            put.accept("causes.yaml: cause '" + c.id() + "': name", c.name());
            put.accept("causes.yaml: cause '" + c.id() + "': summary", c.summary());
        }
        for (AdviceItem a : kb.adviceItems()) {
            put.accept("advice.yaml: advice '" + a.id() + "': text", a.text());
        }
        for (AdviceRule r : kb.adviceRules()) {
            r.avoid().forEach(a -> put.accept("advice.yaml: advice rule '" + r.id() + "': why " + a.id(), a.why()));
        }
        return t;
    }

    /** Checks every knowledge base text, naming where each problem is. */
    static void check(KnowledgeBase kb, Problems problems) {
        RegionTexts texts = new RegionTexts(kb.regions().values());
        for (Map.Entry<String, String> e : of(kb).entrySet()) {
            for (String p : texts.problems(e.getValue())) {
                int colon = e.getKey().indexOf(": ");
                problems.add(e.getKey().substring(0, colon), e.getKey().substring(colon + 2), p);
            }
        }
    }
}
