package org.crampwise.app.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The learn pages, in the order of learn.yaml. */
public final class Learn {
    private final List<LearnPage> pages;
    private final Map<String, LearnPage> byId = new LinkedHashMap<>();

    Learn(List<LearnPage> pages) {
        this.pages = List.copyOf(pages);
        pages.forEach(p -> byId.put(p.id(), p));
    }

    public List<LearnPage> pages() {
        return pages;
    }

    /** The page with this id, or null. */
    public LearnPage page(String id) {
        return byId.get(id);
    }
}
