package org.crampwise.kb;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading, so that all are reported at once. */
final class Problems {
    private final List<String> list = new ArrayList<>();

    void add(String file, String where, String message) {
        list.add(file + ": " + (where == null || where.isEmpty() ? "" : where + ": ") + message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<String> list() {
        return list;
    }
}
