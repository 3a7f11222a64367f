package org.crampwise.condition;

/** The three kinds of answer a finding takes (shared/contract/findings.tsv). */
public enum FindingType {
    BOOL, NUMBER, CHOICE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
