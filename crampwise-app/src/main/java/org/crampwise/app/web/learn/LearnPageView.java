package org.crampwise.app.web.learn;

import java.util.List;

/** What the page template shows: every text final, numbers filled, knowledge base lists read. */
public record LearnPageView(String id, String title, String summary, DateView published, DateView reviewed,
                            List<SectionView> sections, List<LinkView> related, List<SourceView> sources,
                            String feedbackUrl, boolean thanks) {

    /** A date for a {@code <time>} element: ISO for machines, words for people. */
    public record DateView(String iso, String text) {
    }

    /**
     * {@code items} come from the knowledge base: causes (shown each under its own heading, as on
     * the result page, when {@code itemHeadings}) or advice.
     */
    public record SectionView(String heading, List<String> paragraphs, List<String> bullets, List<ItemView> items,
                              boolean itemHeadings) {
    }

    /** {@code lead}, when set, is a cause's name or an avoid text (shown in bold); null for other advice. */
    public record ItemView(String lead, String text) {
    }

    public record LinkView(String href, String title) {
    }

    /** {@code url} is null for a source with no public address. */
    public record SourceView(String title, String publisher, String url) {
    }
}
