package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The location question is asked with a body map: one region per place and leg, each setting
 * both {@code location} and {@code side}. The regions come from the finding's options, so a new
 * option in the knowledge base appears without code changes (its shape is added to the SVG).
 */
final class BodyMap {
    static final String LOCATION = "location";
    private static final String[] SIDES = {"left", "right"};

    /** One region: a place on one leg. */
    record Region(String location, String side, String label) {
        String value() {
            return location + ":" + side;
        }
    }

    private BodyMap() {
    }

    /** Whether this finding is asked with the body map (it needs a side finding to set). */
    static boolean asks(Finding f, KnowledgeBase kb) {
        return f.id().equals(LOCATION) && kb.finding("side") != null;
    }

    static List<Region> regions(KnowledgeBase kb, Finding location) {
        Finding side = kb.finding("side");
        List<Region> out = new ArrayList<>();
        for (Finding.Option place : location.options()) {
            for (String s : SIDES) {
                String sideLabel = side.options().get(side.optionIndex(s)).label();
                out.add(new Region(place.value(), s, sideLabel + ": " + lower(place.label())));
            }
        }
        return out;
    }

    static Region parse(String value, KnowledgeBase kb) {
        Finding location = kb.finding(LOCATION);
        for (Region r : regions(kb, location)) {
            if (r.value().equals(value)) {
                return r;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
