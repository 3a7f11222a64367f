package org.crampwise.kb;

/** What a person is told at a triage level. */
public record LevelText(Level level, String label, String action) {
}
