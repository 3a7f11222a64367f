package org.crampwise.app.web;

import org.crampwise.kb.Level;

/**
 * Told each time a triage level is given to someone, for the operator's counts. Only the level
 * and where it was given: never the evidence, nor anything that could tell people apart.
 */
@FunctionalInterface
public interface TriageRecorder {
    /** Records nothing: for parts built without a server (tools, tests of one class). */
    TriageRecorder NONE = (channel, level) -> { };

    void given(Channel channel, Level level);

    /** Where the level was given. */
    enum Channel {
        API, PAGES, FHIR;

        private final String id = name().toLowerCase(java.util.Locale.ROOT);

        public String id() {
            return id;
        }
    }
}
