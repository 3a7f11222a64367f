package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampwise.app.web.Messages;
import org.crampwise.condition.FindingType;
import org.crampwise.evidence.Answer;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Question;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/** Builds the view of a question page from the question, the current answers and any errors. */
final class QuestionViews {
    private final KnowledgeBase kb;

    QuestionViews(KnowledgeBase kb) {
        this.kb = kb;
    }

    QuestionView view(int step, Question q, Evidence e, List<AnswerForm.FieldError> errors, Messages m,
                      String backUrl, boolean returnToAnswers) {
        List<QuestionView.Error> errs = new ArrayList<>();
        for (AnswerForm.FieldError fe : errors) {
            errs.add(new QuestionView.Error(fe.field(), m.get(fe.messageKey(), fe.args().toArray())));
        }
        if (q instanceof Question.Group g) {
            List<QuestionView.Choice> items = new ArrayList<>();
            boolean anyKnown = false;
            boolean anyTrue = false;
            for (Finding f : g.items()) {
                boolean yes = e.isYes(f);
                anyKnown |= e.isKnown(f);
                anyTrue |= yes;
                items.add(new QuestionView.Choice("f." + f.id(), "yes", f.shortText(), yes, null, null));
            }
            return new QuestionView(step, q.id(), "group", q.text(), q.help(), "f." + g.items().get(0).id(),
                    List.of(), null, null, false, items, anyKnown && !anyTrue, List.of(), false, errs, backUrl,
                    returnToAnswers);
        }
        Finding f = q.findings().get(0);
        String name = "f." + f.id();
        if (BodyMap.asks(f, kb)) {
            return bodyMap(step, f, e, errs, m, backUrl, returnToAnswers);
        }
        if (f.type() == FindingType.NUMBER) {
            String value = e.isKnown(f) ? Finding.formatNumber(e.value(f.index())) : "";
            return new QuestionView(step, q.id(), "number", f.question(), f.help(), name, List.of(), value, f.unit(),
                    e.isSkipped(f), List.of(), false, List.of(), false, errs, backUrl, returnToAnswers);
        }
        List<QuestionView.Choice> choices = new ArrayList<>();
        if (f.type() == FindingType.BOOL) {
            choices.add(new QuestionView.Choice(name, "yes", m.get("answer.yes"), e.isYes(f), null, null));
            choices.add(new QuestionView.Choice(name, "no", m.get("answer.no"), e.answer(f).equals(Optional.of(new Answer.Bool(false))), null, null));
        } else {
            for (int i = 0; i < f.options().size(); i++) {
                Finding.Option o = f.options().get(i);
                choices.add(new QuestionView.Choice(name, o.value(), o.label(), e.isChoice(f, i), null, null));
            }
        }
        choices.add(new QuestionView.Choice(name, AnswerForm.UNKNOWN, m.get("answer.dontKnow"), e.isSkipped(f),
                null, null));
        return new QuestionView(step, q.id(), f.type() == FindingType.BOOL ? "bool" : "choice", f.question(), f.help(),
                name, choices, null, null, false, List.of(), false, List.of(), false, errs, backUrl, returnToAnswers);
    }

    private QuestionView bodyMap(int step, Finding location, Evidence e, List<QuestionView.Error> errs, Messages m,
                                 String backUrl, boolean returnToAnswers) {
        Finding side = kb.finding("side");
        String chosen = e.isKnown(location) && e.isKnown(side)
                ? option(e, location) + ":" + option(e, side)
                : null;
        boolean both = chosen != null && chosen.endsWith(":both");
        List<QuestionView.Choice> regions = new ArrayList<>();
        for (BodyMap.Region r : BodyMap.regions(kb, location)) {
            boolean checked = r.value().equals(chosen)
                    || (both && chosen.startsWith(r.location() + ":") && r.side().equals("left"));
            regions.add(new QuestionView.Choice(AnswerForm.REGION, r.value(), r.label(), checked, r.side(),
                    r.location()));
        }
        regions.add(new QuestionView.Choice(AnswerForm.REGION, AnswerForm.UNKNOWN, m.get("answer.dontKnow"),
                e.isSkipped(location), null, null));
        return new QuestionView(step, location.id(), "bodymap", location.question(), location.help(), AnswerForm.REGION,
                List.of(), null, null, false, List.of(), false, regions, both, errs, backUrl, returnToAnswers);
    }

    /** The option chosen for a known choice finding. */
    private static String option(Evidence e, Finding f) {
        return ((Answer.Choice) e.answer(f).orElseThrow()).option();
    }
}
