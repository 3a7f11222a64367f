package org.crampwise.kb;

import java.util.List;

/**
 * What a cramp diary makes of its entries (kb.yaml, {@code diary}): when it should send a person
 * to a doctor, and which daily factors it compares cramp rates by. Texts carry {recent},
 * {earlier}, {date} and {minutes} for the person's own figures; {@code tagWords} carries {tag}.
 *
 * @param factors  the daily factors made from a day log's fields, in the order of kb.yaml
 * @param tagWords the words for a free tag the person put on a day: each tag is a factor too
 */
public record DiaryRules(double fortnightRatio, int fortnightMinimum, int longEpisodeMinutes, Level level,
                         String opening, String fortnightText, String longEpisodeText, List<String> sources,
                         List<DayFactor> factors, String tagWords) {

    /** A tag's factor id: tags are free words, so the prefix keeps them apart from kb.yaml factors. */
    public static final String TAG_PREFIX = "tag:";

    public DiaryRules {
        sources = List.copyOf(sources);
        factors = List.copyOf(factors);
    }

    /** The words for a factor id: a kb.yaml factor's, a tag's, or the id itself when unknown. */
    public String wordsFor(String factorId) {
        if (factorId.startsWith(TAG_PREFIX)) {
            return tagWords.replace("{tag}", factorId.substring(TAG_PREFIX.length()));
        }
        return factors.stream().filter(f -> f.id().equals(factorId)).map(DayFactor::words).findFirst().orElse(factorId);
    }
}
