package org.crampwise.app.web.learn;

import java.util.List;

/** The list of learn pages. */
public record LearnIndexView(List<Entry> pages) {

    public record Entry(String href, String title, String summary) {
    }
}
