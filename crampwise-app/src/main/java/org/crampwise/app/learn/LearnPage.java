package org.crampwise.app.learn;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of {@code knowledge/learn.yaml}: reviewed text, the dates it was published and last
 * reviewed, the sources behind it (ids of sources.yaml) and related pages (page ids). Texts may
 * hold {emergency} and {urgent}, filled with the configured numbers when shown.
 */
public record LearnPage(String id, String title, String summary, LocalDate published, LocalDate reviewed,
                        List<Section> sections, List<String> sources, List<String> related) {

    public LearnPage {
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    /**
     * A part of a page under its own heading: paragraphs, then a bulleted list, then a list taken
     * from the knowledge base when the page asks for one.
     */
    public record Section(String heading, List<String> paragraphs, List<String> bullets, FromKnowledge knowledge) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
        }
    }

    /**
     * A list whose texts are read from the knowledge base when the page is shown, so that a page
     * never says something other than the engine: cause names and summaries (causes.yaml), or
     * advice texts (advice.yaml). {@code ids} picks items in that order (empty: all of them);
     * {@code kind} keeps only causes of that kind (cramp_cause, injury, condition).
     */
    public record FromKnowledge(Kind list, String kind, List<String> ids) {
        public FromKnowledge {
            ids = List.copyOf(ids);
        }

        public enum Kind {
            CAUSES("causes"), RELIEF("relief"), PREVENTION("prevention"), AVOID("avoid");

            private final String id;

            Kind(String id) {
                this.id = id;
            }

            public String id() {
                return id;
            }
        }
    }
}
