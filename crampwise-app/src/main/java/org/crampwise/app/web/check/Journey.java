package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Question;
import org.crampwise.interview.Step;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * Where each screen of a person's interview lives, and where they go next. Every screen asked has
 * its own address, {@code /check/q/<question id>} (a screen asked a second time, for answers that
 * only then applied, gets {@code -2}), so the browser's Back and Forward walk the questions. The
 * order is the interview engine's: nothing here decides what to ask.
 */
final class Journey {
    static final String START = "/check/start";
    static final String ANSWERS = "/check/answers";
    static final String RESULT = "/check/result";
    static final String QUESTION = "/check/q/";
    /** Query of a question asked while changing answers: afterwards, back to "Check your answers". */
    static final String CHANGING = "?change=yes";

    /** A screen at its place: 1-based step, its question, and whether it was answered before. */
    record Place(int step, Question question, boolean answered, String slug) {
    }

    private final KnowledgeBase kb;
    private final Interview interview;

    Journey(KnowledgeBase kb, Interview interview) {
        this.kb = kb;
        this.interview = interview;
    }

    /** The screen at this address for this person: one they answered, or the one to answer now; else null. */
    Place locate(InterviewState s, String slug) {
        for (int i = 0; i < s.steps().size(); i++) {
            if (slug(s, i).equals(slug)) {
                Question q = question(s.steps().get(i));
                return q == null ? null : new Place(i + 1, q, true, slug);
            }
        }
        Step next = interview.next(s.evidence());
        if (!next.shouldStop() && slug(s, next.question()).equals(slug)) {
            return new Place(s.steps().size() + 1, next.question(), false, slug);
        }
        return null;
    }

    /** Where the person is now: the next question, or the result (urgent or above), or "Check your answers". */
    String current(InterviewState s) {
        Step next = interview.next(s.evidence());
        if (!next.shouldStop()) {
            return QUESTION + slug(s, next.question());
        }
        return getHelpNow(next) ? RESULT : ANSWERS;
    }

    /** The address of step {@code step} (1-based) of the screens answered. */
    String url(InterviewState s, int step) {
        return QUESTION + slug(s, step - 1);
    }

    /** The question asked before this one; the home page before the first. */
    String back(InterviewState s, Place p) {
        return p.step() <= 1 ? "/" : url(s, p.step() - 1);
    }

    /** The last question asked, for the Back link of "Check your answers"; the start without any. */
    String lastAsked(InterviewState s) {
        return s.started() ? url(s, s.steps().size()) : START;
    }

    /**
     * Where to go after answering a screen. An answer that makes the level urgent or above ends the
     * interview at the result, the first time as after a change. While changing answers, new
     * questions are asked and then "Check your answers" again; otherwise the next screen in order.
     */
    String after(InterviewState before, Place answeredAt, InterviewState after, boolean changing) {
        Step next = interview.next(after.evidence());
        if (next.shouldStop() && getHelpNow(next)) {
            return RESULT;
        }
        if (changing) {
            return next.shouldStop() ? ANSWERS : QUESTION + slug(after, next.question()) + CHANGING;
        }
        if (answeredAt.answered()) {
            List<Finding> screen = before.steps().get(answeredAt.step() - 1);
            int at = after.steps().indexOf(screen);
            if (at >= 0 && at + 1 < after.steps().size()) {
                return url(after, at + 2);
            }
        }
        return current(after);
    }

    /** Whether the interview, now ended, sends the person for help (urgent or above). */
    boolean getHelpNow(Step ended) {
        return !Level.URGENT.isAbove(ended.assessment().triage().level());
    }

    /** Whether the interview has no question left. */
    boolean finished(InterviewState s) {
        return interview.next(s.evidence()).shouldStop();
    }

    /** Drops answers to questions that no longer apply after a change (lump details without a lump). */
    Evidence pruned(Evidence e) {
        Evidence out = e;
        for (Finding f : kb.findings()) {
            if ((e.isKnown(f) || e.isSkipped(f)) && f.askIf() != null && !interview.applies(f, e)) {
                out = out.without(f);
            }
        }
        return out;
    }

    /** The question a recorded screen asked: its findings, a checklist, or the body map (place and leg). */
    Question question(List<Finding> fs) {
        if (fs.size() == 1 || BodyMap.asks(fs.get(0), kb)) {
            return new Question.Single(fs.get(0));
        }
        return kb.screenOf(fs.get(0)) == null ? null : new Question.Group(kb.screenOf(fs.get(0)), List.copyOf(fs));
    }

    private String slug(InterviewState s, int index) {
        return slug(s.steps().subList(0, index), question(s.steps().get(index)));
    }

    private String slug(InterviewState s, Question q) {
        return slug(s.steps(), q);
    }

    private String slug(List<List<Finding>> earlier, Question q) {
        String id = q == null ? "unknown" : q.id();
        int seen = 0;
        for (List<Finding> screen : earlier) {
            Question e = question(screen);
            if (e != null && e.id().equals(id)) {
                seen++;
            }
        }
        return seen == 0 ? id : id + "-" + (seen + 1);
    }

    /** The findings a screen answers: as recorded, or for a new one its question's (the body map adds the leg when not known). */
    List<Finding> screen(InterviewState s, Place p) {
        if (p.answered()) {
            return s.steps().get(p.step() - 1);
        }
        List<Finding> fs = new ArrayList<>(p.question().findings());
        Finding side = kb.finding(BodyMap.SIDE);
        Evidence e = s.evidence();
        if (BodyMap.asks(fs.get(0), kb) && !e.isKnown(side) && !e.isSkipped(side)) {
            fs.add(side);
        }
        return List.copyOf(fs);
    }

    /** The finding ids of a screen, as its form names them. */
    static String ids(List<Finding> screen) {
        List<String> ids = new ArrayList<>();
        screen.forEach(f -> ids.add(f.id()));
        return String.join(",", ids);
    }
}
