package org.crampwise.condition;

/** Comparison operators of the condition language. */
public enum Op {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isOrdering() {
        return this != EQ && this != NE;
    }

    public boolean test(double v, double c) {
        switch (this) {
            case EQ: return v == c;
            case NE: return v != c;
            case LT: return v < c;
            case LE: return v <= c;
            case GT: return v > c;
            default: return v >= c;
        }
    }
}
