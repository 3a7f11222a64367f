package org.crampwise.kb;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading, so that all are reported at once. */
final class Problems {
    private final List<String> list;
    /** Put before every file name: a translation's folder ("es/"), so a problem names its real file. */
    private final String folder;

    Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<String> list, String folder) {
        this.list = list;
        this.folder = folder;
    }

    /** The same collection, naming files inside {@code folder} (e.g. "es/"). */
    Problems within(String folder) {
        return new Problems(list, folder);
    }

    void add(String file, String where, String message) {
        list.add(folder + file + ": " + (where == null || where.isEmpty() ? "" : where + ": ") + message);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<String> list() {
        return list;
    }
}
