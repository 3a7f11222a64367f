package org.crampwise.kb;

import java.util.List;
import java.util.Locale;

/** One piece of advice of shared/contract/advice.tsv. The same id may exist in two kinds. */
public record AdviceItem(Kind kind, String id, String text, List<String> sources) {

    public enum Kind {
        RELIEF, PREVENTION, AVOID;

        private final String id = name().toLowerCase(Locale.ROOT);

        public String id() {
            return id;
        }
    }
}
