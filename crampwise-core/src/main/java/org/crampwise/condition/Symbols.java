package org.crampwise.condition;

import java.util.List;

/** How the parser learns what a name in a condition stands for. */
public interface Symbols {

    /** The finding or rule with this id, or null when there is none. */
    Symbol resolve(String name);

    sealed interface Symbol permits FindingSymbol, RuleSymbol {
    }

    record FindingSymbol(int index, FindingType type, List<String> options, double min, double max)
            implements Symbol {
    }

    record RuleSymbol(int index) implements Symbol {
    }
}
