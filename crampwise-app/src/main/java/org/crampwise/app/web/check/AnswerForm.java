package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crampwise.condition.FindingType;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Question;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * Reads the answer to one question from a submitted form. Field names are {@code f.<finding id>};
 * the body map sends the place as {@code f.location} and, when its page asks the leg too,
 * {@code f.side}. Nothing is guessed: an answer that is missing or out of range comes back as an
 * error for that field.
 */
final class AnswerForm {
    static final String UNKNOWN = "unknown";
    static final String NONE = "none";

    /** An error to show beside a field and in the summary at the top. */
    record FieldError(String field, String messageKey, List<Object> args) {
    }

    /** Either the evidence with the answer applied, or the errors. */
    record Result(Evidence evidence, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final KnowledgeBase kb;

    AnswerForm(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The answer to {@code q}, whose page asks the findings of {@code screen}. */
    Result read(Question q, List<Finding> screen, Evidence e, Function<String, String> param,
                Function<String, List<String>> params) {
        if (q instanceof Question.Group g) {
            return group(g, e, params);
        }
        Finding f = q.findings().get(0);
        if (BodyMap.asks(f, kb)) {
            return place(f, screen.contains(kb.finding(BodyMap.SIDE)), e, param);
        }
        String value = param.apply("f." + f.id());
        if (f.type() == FindingType.NUMBER) {
            return number(f, e, value, param.apply("f." + f.id() + "." + UNKNOWN));
        }
        if (value == null || value.isBlank()) {
            return error("f." + f.id(), f.type() == FindingType.BOOL ? "error.chooseYesNo" : "error.chooseOne");
        }
        if (value.equals(UNKNOWN)) {
            return new Result(e.skip(f), List.of());
        }
        // A yes/no question's radio buttons say yes or no; its finding takes true or false.
        Object raw = f.type() != FindingType.BOOL ? value : value.equals("yes") ? (Object) true
                : value.equals("no") ? (Object) false : value;
        Answer a = f.tryAnswer(raw).orElse(null);
        return a != null ? new Result(e.with(f, a), List.of()) : error("f." + f.id(), "error.chooseOne");
    }

    private Result number(Finding f, Evidence e, String value, String unknown) {
        boolean dontKnow = unknown != null;
        boolean blank = value == null || value.isBlank();
        if (dontKnow && blank) {
            return new Result(e.skip(f), List.of());
        }
        String field = "f." + f.id();
        if (blank) {
            return error(field, "error.enterNumber", Finding.formatNumber(f.min()), Finding.formatNumber(f.max()));
        }
        try {
            Answer a = f.tryAnswer(Double.parseDouble(value.trim())).orElse(null);
            if (a != null && !dontKnow) {
                return new Result(e.with(f, a), List.of());
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        return error(field, dontKnow ? "error.numberOrDontKnow" : "error.enterNumber",
                Finding.formatNumber(f.min()), Finding.formatNumber(f.max()));
    }

    private Result place(Finding location, boolean askLeg, Evidence e, Function<String, String> param) {
        String field = "f." + location.id();
        String value = param.apply(field);
        List<FieldError> errors = new ArrayList<>();
        Evidence out = e;
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "error.chooseRegion", List.of()));
        } else if (value.equals(UNKNOWN)) {
            out = out.skip(location);
        } else {
            Optional<Answer> place = location.tryAnswer(value);
            if (place.isPresent()) {
                out = out.with(location, place.get());
            } else {
                errors.add(new FieldError(field, "error.chooseRegion", List.of()));
            }
        }
        if (askLeg) {
            Finding side = kb.finding(BodyMap.SIDE);
            String leg = param.apply("f." + side.id());
            Answer a = side.tryAnswer(leg).orElse(null);
            if (a != null) {
                out = out.with(side, a);
            } else if (!UNKNOWN.equals(value) || (leg != null && !leg.isBlank())) {
                // The leg is needed with a place; with "I don't know" it may be left out.
                errors.add(new FieldError("f." + side.id(), "error.chooseLeg", List.of()));
            }
        }
        return errors.isEmpty() ? new Result(out, List.of()) : new Result(null, List.copyOf(errors));
    }

    private Result group(Question.Group g, Evidence e, Function<String, List<String>> params) {
        boolean none = params.apply(NONE).contains("yes");
        List<Finding> ticked = new ArrayList<>();
        for (Finding f : g.items()) {
            if (params.apply("f." + f.id()).contains("yes")) {
                ticked.add(f);
            }
        }
        String first = "f." + g.items().get(0).id();
        if (none && !ticked.isEmpty()) {
            return error(first, "error.noneAndSome");
        }
        if (!none && ticked.isEmpty()) {
            return error(first, "error.tickOrNone");
        }
        for (Finding f : g.items()) {
            e = e.with(f, ticked.contains(f));
        }
        return new Result(e, List.of());
    }

    private static Result error(String field, String key, Object... args) {
        return new Result(null, List.of(new FieldError(field, key, List.of(args))));
    }
}
