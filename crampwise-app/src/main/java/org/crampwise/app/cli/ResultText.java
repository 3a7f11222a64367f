package org.crampwise.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crampwise.app.web.Messages;
import org.crampwise.engine.Assessment;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/** An assessment as plain text for a terminal, in the words of its person ({@link Voice}). */
final class ResultText {
    private static final int MAX_CAUSES = 3;
    private static final int MAX_WATCH = 6;

    private ResultText() {
    }

    static void print(Voice voice, Assessment a, List<Assessment.WatchFor> watchFor, PrintWriter out,
                      Style style) {
        KnowledgeBase kb = voice.kb();
        Messages words = voice.words();
        Assessment.Triage t = a.triage();
        out.println();
        out.println(style.level(t.level(), " " + label(kb, t.level()).toUpperCase(voice.language()) + " "));
        out.println(style.bold(t.headline()));
        if (!t.headline().equals(t.action())) {
            out.println(t.action());
        }
        if (!t.reasons().isEmpty()) {
            section(out, style, words.get("result.why"));
            for (Assessment.Reason r : t.reasons()) {
                out.println("- " + r.explanation());
                for (String answer : r.answers()) {
                    out.println("    " + words.get("terminal.youSaid") + answer);
                }
            }
        }
        if (!t.complete()) {
            out.println();
            out.println(style.warn(words.get("terminal.incomplete")));
        }
        List<Assessment.CauseResult> causes = a.causes().stream()
                .filter(c -> c.likelihood() != Assessment.Likelihood.UNLIKELY).limit(MAX_CAUSES).toList();
        if (!causes.isEmpty()) {
            section(out, style, words.get("result.causes"));
            for (Assessment.CauseResult c : causes) {
                String likelihood = words.get("likelihood." + c.likelihood().id()).toLowerCase(voice.language());
                out.println("- " + c.name() + " (" + likelihood + ")");
            }
        }
        items(out, style, words.get("result.ease"), a.advice().relief());
        items(out, style, words.get("result.avoid"), a.advice().avoid());
        items(out, style, words.get("result.prevent"), a.advice().prevention());
        List<Assessment.WatchFor> watch = watchFor.stream().limit(MAX_WATCH).toList();
        if (!watch.isEmpty()) {
            section(out, style, words.get("result.sooner"));
            for (Assessment.WatchFor w : watch) {
                out.println("- " + w.text() + ": " + label(kb, w.level()));
            }
        }
        out.println();
        out.println(style.dim(a.disclaimer()));
        out.flush();
    }

    private static String label(KnowledgeBase kb, Level level) {
        return kb.fill(kb.level(level).label());
    }

    private static void items(PrintWriter out, Style style, String title, List<Assessment.AdviceGiven> items) {
        if (items.isEmpty()) {
            return;
        }
        section(out, style, title);
        for (Assessment.AdviceGiven i : items) {
            out.println("- " + i.text() + (i.why() == null ? "" : " " + i.why()));
        }
    }

    private static void section(PrintWriter out, Style style, String title) {
        out.println();
        out.println(style.bold(title));
    }
}
