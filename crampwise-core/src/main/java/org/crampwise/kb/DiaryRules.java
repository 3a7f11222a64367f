package org.crampwise.kb;

import java.util.List;

/**
 * When a cramp diary should send a person to a doctor (kb.yaml, {@code diary}). Texts carry
 * {recent}, {earlier}, {date} and {minutes} for the person's own figures.
 */
public record DiaryRules(double fortnightRatio, int fortnightMinimum, int longEpisodeMinutes, Level level,
                         String opening, String fortnightText, String longEpisodeText, List<String> sources) {
}
