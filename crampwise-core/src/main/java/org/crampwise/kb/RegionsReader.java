package org.crampwise.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the region packs named in kb.yaml ({@code regions/ID.yaml}): a number without its
 * official source, a placeholder not known, a missing word and a number in a word that no
 * source gives are all problems.
 */
final class RegionsReader {
    /** A phone number in a text: digits, maybe in groups ("0800 611 116"). */
    static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{3,4}(?: \\d{3,4})*(?![\\d.,])");

    private RegionsReader() {
    }

    static String file(String id) {
        return "regions/" + id + ".yaml";
    }

    /** The region ids kb.yaml lists, in its order (for reading their files). */
    static List<String> ids(Object kbYaml) {
        if (kbYaml instanceof Map<?, ?> m && m.get("regions") instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static Map<String, Region> read(YamlMap kb, Map<String, Object> yaml, Problems problems) {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (String id : kb.strList("regions")) {
            String file = file(id);
            Object tree = yaml.get(file);
            if (!(tree instanceof Map<?, ?> map)) {
                problems.add(file, null, "region pack is missing or not a map");
                continue;
            }
            Region r = region(new YamlMap(map, file, id, problems), id);
            if (regions.put(id.toUpperCase(Locale.ROOT), r) != null) {
                kb.problem("region '" + id + "' is listed twice");
            }
        }
        return regions;
    }

    private static Region region(YamlMap m, String id) {
        m.allowOnly(Set.of("id", "name", "countries", "emergency", "urgent", "also", "words", "edFinder"));
        if (!id.equals(m.str("id"))) {
            m.problem("id must be '" + id + "', as its file name");
        }
        List<Region.NumberSource> sources = new ArrayList<>();
        Map<String, String> words = new HashMap<>();
        YamlMap emergency = m.map("emergency");
        String emergencyNumber = number(emergency, true, sources);
        words.put("emergency", emergency.has("words") ? emergency.str("words") : emergencyNumber);
        YamlMap urgent = m.map("urgent");
        String urgentNumber = number(urgent, false, sources);
        words.put("urgent", urgent.str("words"));
        for (YamlMap also : m.has("also") ? m.maps("also", "number") : List.<YamlMap>of()) {
            number(also, true, sources);
        }
        YamlMap w = m.map("words");
        for (String p : Region.PLACEHOLDERS) {
            if (!p.equals("emergency") && !p.equals("urgent")) {
                words.put(p, w.str(p));
            }
        }
        w.allowOnly(Set.copyOf(Region.PLACEHOLDERS));
        Set<String> sourced = new java.util.HashSet<>();
        sources.forEach(s -> sourced.add(s.number()));
        for (Map.Entry<String, String> e : words.entrySet()) {
            Matcher n = NUMBER.matcher(e.getValue() == null ? "" : e.getValue());
            while (n.find()) {
                if (!sourced.contains(n.group())) {
                    m.problem("'" + e.getKey() + "' says " + n.group() + ", a number no source gives");
                }
            }
        }
        List<String> countries = m.strList("countries");
        for (String c : countries) {
            if (!c.matches("[A-Z]{2}")) {
                m.problem("countries: '" + c + "' is not an ISO 3166-1 code of two capitals");
            }
        }
        // Optional: an official page that finds the nearest emergency department; https only.
        String edFinder = m.optStr("edFinder");
        if (edFinder != null && !edFinder.startsWith("https://")) {
            m.problem("edFinder must be an https address, got '" + edFinder + "'");
            edFinder = null;
        }
        return new Region(id, m.str("name"), emergencyNumber, urgentNumber, words, sources, countries, edFinder);
    }

    /** The number of a route with its source; a route may lack a number only when not required. */
    private static String number(YamlMap route, boolean required, List<Region.NumberSource> sources) {
        route.allowOnly(Set.of("number", "words", "source", "note"));
        String number = required ? route.str("number") : route.optStr("number");
        if (number == null) {
            if (route.has("source")) {
                route.problem("a source without a number");
            }
            return null;
        }
        if (!route.has("source")) {
            route.problem("number " + number + " has no source (the official page's title and url)");
            return number;
        }
        YamlMap s = route.map("source");
        s.allowOnly(Set.of("title", "url"));
        String url = s.str("url");
        if (url != null && !url.startsWith("https://")) {
            s.problem("url must be an https address of the official page");
        }
        sources.add(new Region.NumberSource(number, s.str("title"), url));
        return number;
    }
}
