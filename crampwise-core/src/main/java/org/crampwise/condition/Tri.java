package org.crampwise.condition;

/** Kleene's three truth values: a condition over unknown findings is {@link #UNKNOWN}, never false. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
}
