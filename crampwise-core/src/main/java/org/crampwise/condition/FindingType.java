package org.crampwise.condition;

/** The three kinds of answer a finding takes (shared/contract/findings.tsv). */
public enum FindingType {
    BOOL, NUMBER, CHOICE;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() {
        return id;
    }
}
