package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampwise.app.web.Messages;
import org.crampwise.condition.FindingType;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Question;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/** Builds the view of a question page from the question, the current answers and any errors. */
final class QuestionViews {
    private final KnowledgeBase kb;

    QuestionViews(KnowledgeBase kb) {
        this.kb = kb;
    }

    QuestionView view(int step, Question q, List<Finding> screen, Evidence e, List<AnswerForm.FieldError> errors,
                      Messages m, String backUrl, boolean returnToAnswers) {
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
                items.add(new QuestionView.Choice("f." + f.id(), "yes", f.shortText(), yes, null));
            }
            return new QuestionView(step, q.id(), "group", q.text(), q.help(), "f." + g.items().get(0).id(),
                    List.of(), null, null, false, items, anyKnown && !anyTrue, List.of(), List.of(), null, errs,
                    backUrl, returnToAnswers);
        }
        Finding f = q.findings().get(0);
        String name = "f." + f.id();
        if (BodyMap.asks(f, kb)) {
            return bodyMap(step, f, screen.contains(kb.finding(BodyMap.SIDE)), e, errs, m, backUrl, returnToAnswers);
        }
        if (f.type() == FindingType.NUMBER) {
            String value = e.answer(f).map(a -> String.valueOf(a.plain())).orElse("");
            return new QuestionView(step, q.id(), "number", f.question(), f.help(), name, List.of(), value, f.unit(),
                    e.isSkipped(f), List.of(), false, List.of(), List.of(), null, errs, backUrl, returnToAnswers);
        }
        List<QuestionView.Choice> choices = new ArrayList<>();
        if (f.type() == FindingType.BOOL) {
            choices.add(new QuestionView.Choice(name, "yes", m.get("answer.yes"), e.isYes(f), null));
            choices.add(new QuestionView.Choice(name, "no", m.get("answer.no"), e.answer(f).equals(Optional.of(new Answer.Bool(false))), null));
        } else {
            for (int i = 0; i < f.options().size(); i++) {
                Finding.Option o = f.options().get(i);
                choices.add(new QuestionView.Choice(name, o.value(), o.label(), e.isChoice(f, i), null));
            }
        }
        choices.add(new QuestionView.Choice(name, AnswerForm.UNKNOWN, m.get("answer.dontKnow"), e.isSkipped(f),
                null));
        return new QuestionView(step, q.id(), f.type() == FindingType.BOOL ? "bool" : "choice", f.question(), f.help(),
                name, choices, null, null, false, List.of(), false, List.of(), List.of(), null, errs, backUrl,
                returnToAnswers);
    }

    /** The places of the body map, each with its shape, then the leg when this page asks it. */
    private QuestionView bodyMap(int step, Finding location, boolean askLeg, Evidence e, List<QuestionView.Error> errs,
                                 Messages m, String backUrl, boolean returnToAnswers) {
        String name = "f." + location.id();
        List<QuestionView.Choice> places = new ArrayList<>();
        for (int i = 0; i < location.options().size(); i++) {
            Finding.Option o = location.options().get(i);
            places.add(new QuestionView.Choice(name, o.value(), o.label(), e.isChoice(location, i), o.value()));
        }
        places.add(new QuestionView.Choice(name, AnswerForm.UNKNOWN, m.get("answer.dontKnow"), e.isSkipped(location),
                null));
        List<QuestionView.Choice> legs = new ArrayList<>();
        Finding side = kb.finding(BodyMap.SIDE);
        if (askLeg) {
            for (int i = 0; i < side.options().size(); i++) {
                Finding.Option o = side.options().get(i);
                legs.add(new QuestionView.Choice("f." + side.id(), o.value(), o.label(), e.isChoice(side, i), null));
            }
        }
        return new QuestionView(step, location.id(), "bodymap", location.question(), location.help(), name,
                List.of(), null, null, false, List.of(), false, places, legs, side.question(), errs, backUrl,
                returnToAnswers);
    }

}
