package org.crampwise.app.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * Answers the interview pages as a person with these answers would: ticks what is true on a
 * checklist, "None of these" when nothing is, "I don't know" for anything else.
 */
final class Person {
    private final KnowledgeBase kb;
    private final Map<String, Object> truth;

    Person(KnowledgeBase kb, Object... pairs) {
        this.kb = kb;
        this.truth = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            truth.put((String) pairs[i], pairs[i + 1]);
        }
    }

    /** Answers the question on this page; returns the next page. */
    HttpResponse<String> answer(Browserless b, String page) throws IOException, InterruptedException {
        Map<String, String> form = new HashMap<>(Browserless.hidden(page));
        List<String> ids = List.of(form.get("findings").split(","));
        if (page.contains("name=\"none\"")) { // a checklist
            boolean any = false;
            for (String id : ids) {
                if (Boolean.TRUE.equals(truth.get(id))) {
                    form.put("f." + id, "yes");
                    any = true;
                }
            }
            if (!any) {
                form.put("none", "yes");
            }
        } else {
            Finding f = kb.finding(ids.get(0));
            Object v = truth.get(f.id());
            if (f.id().equals("location")) {
                // The body map: the place, and the leg when the page asks it too.
                form.put("f.location", v == null ? "unknown" : String.valueOf(v));
                if (ids.contains("side") && truth.get("side") != null) {
                    form.put("f.side", String.valueOf(truth.get("side")));
                }
            } else if (v == null) {
                form.put(f.type().id().equals("number") ? "f." + f.id() + ".unknown" : "f." + f.id(),
                        f.type().id().equals("number") ? "yes" : "unknown");
            } else if (v instanceof Boolean yes) {
                form.put("f." + f.id(), yes ? "yes" : "no");
            } else {
                form.put("f." + f.id(), String.valueOf(v));
            }
        }
        return b.post(Browserless.action(page), form);
    }

    /** Goes through the whole interview from the start; returns the page it ends on. */
    HttpResponse<String> interview(Browserless b) throws IOException, InterruptedException {
        HttpResponse<String> page = b.get("/check/start");
        for (int i = 0; i < 40 && page.body().contains("name=\"findings\""); i++) {
            page = answer(b, page.body());
        }
        return page;
    }
}
