package org.crampwise.kb;

import java.util.List;
import java.util.Map;

/**
 * Where a person is: the numbers to ring and the names of the services there, read from a
 * reviewed pack (knowledge/regions/*.yaml). Texts of the knowledge base and the pages never
 * write these; they write placeholders ({@link #PLACEHOLDERS}) that a region fills.
 *
 * @param emergencyNumber the number to dial in an emergency (for tel: links)
 * @param urgentNumber    the same-day number to dial, or null where there is none
 * @param words           what each placeholder says here, one for every placeholder
 * @param sources         the official page behind every number
 * @param countries       ISO 3166-1 countries a browser's language may point here from (en-US: US)
 * @param edFinder        the official page that finds the nearest emergency department, or null
 *                        where the pack names none (then no "find the nearest" link is shown)
 */
public record Region(String id, String name, String emergencyNumber, String urgentNumber,
                     Map<String, String> words, List<NumberSource> sources, List<String> countries,
                     String edFinder) {
    /** Every placeholder a region fills; a text naming another is an error. */
    public static final List<String> PLACEHOLDERS = List.of("emergency", "urgent", "ed", "edFull", "gp",
            "urgentCare", "outOfHours", "maternity");

    public Region {
        words = Map.copyOf(words);
        sources = List.copyOf(sources);
        countries = List.copyOf(countries);
    }

    /** The official page that gives a number. */
    public record NumberSource(String number, String title, String url) {
    }

    /** The same region with other numbers (a deployment's own): null keeps the region's. */
    public Region withNumbers(String emergency, String urgent) {
        if (emergency == null && urgent == null) {
            return this;
        }
        java.util.HashMap<String, String> w = new java.util.HashMap<>(words);
        if (emergency != null) {
            w.put("emergency", emergency);
        }
        if (urgent != null) {
            w.put("urgent", urgent);
        }
        return new Region(id, name, emergency == null ? emergencyNumber : emergency,
                urgent == null ? urgentNumber : urgent, w, sources, countries, edFinder);
    }

    /** Fills every region placeholder in a text; other braces (the diary's {date}) are left. */
    public String fill(String template) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String word = words.get(template.substring(open + 1, close));
            out.append(template, i, open).append(word == null ? template.substring(open, close + 1) : word);
            i = close + 1;
        }
        return out.toString();
    }
}
