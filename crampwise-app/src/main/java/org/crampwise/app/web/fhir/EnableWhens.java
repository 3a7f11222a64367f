package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.condition.Condition;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Op;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Type;

/**
 * Translates a finding's skip condition ({@code askIf}) into FHIR {@code enableWhen}.
 *
 * <p>The interview asks a question only when its askIf is TRUE in three-valued logic, so an
 * unanswered finding never makes a comparison true. FHIR's {@code =}, {@code <}, {@code <=},
 * {@code >}, {@code >=} and {@code exists} behave the same way on an unanswered question, which
 * makes these translations exact:
 * <ul>
 *   <li>a yes/no finding standing alone: {@code = true}; {@code not x} or {@code x = false}: {@code = false};
 *   <li>{@code sex = female}: {@code =} with answerCoding;
 *   <li>{@code x is known}: {@code >=} its lowest value (a number), or {@code =} any of its answers;
 *       never {@code exists}, which fails R4's invariant que-7 in HL7's validator;
 *   <li>{@code x is unknown} (a choice or yes/no): FHIR's {@code !=} (true on an unanswered
 *       question) for each answer, all of them; in an {@code or} with {@code x = a}, {@code !=} the
 *       other answers ({@code sex = male or sex is unknown}: {@code sex != female});
 *   <li>number comparisons: the same operator with answerInteger (integer questions) or answerDecimal;
 *       {@code not} turns {@code >=} into {@code <} and so on;
 *   <li>{@code x != v} becomes "any other option" (choice) or "{@code <} or {@code >}" (number), never
 *       FHIR's {@code !=}, which is true on an unanswered question;
 *   <li>a flat {@code and} / {@code or} of these: enableBehavior {@code all} / {@code any}.
 * </ul>
 * enableWhen cannot nest, so a mix of {@code and} and {@code or} cannot be said exactly. Then the
 * translation keeps a condition that is always true when the askIf is (it drops parts of an
 * {@code and}, and replaces an {@code and} inside an {@code or} by one of its parts): the question
 * is shown at least whenever the interview would ask it, never hidden when it would be asked.
 * Such items are marked {@code wider}. Today that is {@code pregnant}: askIf
 * {@code sex = female and (age_years is unknown or (age_years >= 10 and age_years <= 60))}
 * becomes {@code sex = female}, so it is shown to every woman whatever her age.
 */
final class EnableWhens {

    /** The enableWhen conditions, their behavior (null for fewer than two), and whether exact. */
    record Translation(List<QuestionnaireItemEnableWhenComponent> conditions, EnableWhenBehavior behavior,
                       boolean exact) {
    }

    private final KnowledgeBase kb;

    EnableWhens(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The node tree in negation normal form. */
    private sealed interface Node {
    }

    private record Atom(Finding finding, QuestionnaireItemOperator op, Type answer) implements Node {
    }

    private record And(List<Node> parts) implements Node {
    }

    private record Or(List<Node> parts) implements Node {
    }

    /** Always true (nothing to say), or something this translation cannot read: show. */
    private record Show() implements Node {
    }

    /** "x is unknown", until {@link #unknowns} says it with {@code !=}. */
    private record Unknown(Finding finding) implements Node {
    }

    Translation translate(Condition askIf) {
        Node n = flatten(unknowns(flatten(nnf(askIf, false))));
        List<Atom> atoms = new ArrayList<>();
        boolean exact = true;
        EnableWhenBehavior behavior = null;
        if (n instanceof Atom a) {
            atoms.add(a);
        } else if (n instanceof And and) {
            behavior = EnableWhenBehavior.ALL;
            for (Node p : and.parts()) {
                if (p instanceof Atom a) {
                    atoms.add(a);
                } else {
                    exact = false; // dropping a part of an "and" only shows the question more often
                }
            }
        } else if (n instanceof Or or) {
            behavior = EnableWhenBehavior.ANY;
            for (Node p : or.parts()) {
                Atom a = p instanceof Atom atom ? atom : firstAtom(p);
                if (a == null) {
                    return new Translation(List.of(), null, false); // a part we cannot weaken: always show
                }
                exact &= p instanceof Atom;
                atoms.add(a);
            }
        } else {
            exact = false;
        }
        List<QuestionnaireItemEnableWhenComponent> out = new ArrayList<>();
        for (Atom a : atoms) {
            out.add(new QuestionnaireItemEnableWhenComponent().setQuestion(a.finding().id()).setOperator(a.op())
                    .setAnswer(a.answer()));
        }
        return new Translation(out, out.size() > 1 ? behavior : null, exact && !(n instanceof Show));
    }

    /** One part of an "and" inside an "or": a weaker stand-in for it. Null when there is none. */
    private static Atom firstAtom(Node n) {
        if (n instanceof And and) {
            for (Node p : and.parts()) {
                if (p instanceof Atom a) {
                    return a;
                }
            }
        }
        return null;
    }

    private Node nnf(Condition c, boolean negated) {
        if (c instanceof Condition.Present p) {
            return new Atom(kb.findings().get(p.finding()), QuestionnaireItemOperator.EQUAL, new BooleanType(!negated));
        }
        if (c instanceof Condition.Known k) {
            // Not FHIR's exists: R4's own invariant que-7 ("answer is Boolean") fails on every
            // exists in HL7's validator. "Known" is "any value": >= the lowest (numbers are
            // checked against it), or = each answer. "Unknown" has no such form: shown always.
            Finding f = kb.findings().get(k.finding());
            return k.known() != negated ? anyAnswer(f) : new Unknown(f);
        }
        if (c instanceof Condition.Compare cmp) {
            return compare(kb.findings().get(cmp.finding()), negated ? negate(cmp.op()) : cmp.op(), cmp.constant());
        }
        if (c instanceof Condition.Not not) {
            return nnf(not.inner(), !negated);
        }
        if (c instanceof Condition.All all) {
            List<Node> parts = new ArrayList<>();
            all.parts().forEach(p -> parts.add(nnf(p, negated)));
            return negated ? new Or(parts) : new And(parts);
        }
        if (c instanceof Condition.Any any) {
            List<Node> parts = new ArrayList<>();
            any.parts().forEach(p -> parts.add(nnf(p, negated)));
            return negated ? new And(parts) : new Or(parts);
        }
        return new Show(); // Always, and rule names (which a skip condition may not use)
    }

    /** Says every "x is unknown" with FHIR's {@code !=}, where it can; else shows the item (wider). */
    private Node unknowns(Node n) {
        if (n instanceof Unknown u) {
            return noneOf(u.finding(), List.of());
        }
        if (n instanceof And and) {
            return new And(and.parts().stream().map(this::unknowns).toList());
        }
        if (!(n instanceof Or or)) {
            return n;
        }
        List<Node> parts = new ArrayList<>(or.parts());
        for (Node p : or.parts()) {
            if (p instanceof Unknown u) {
                // x is unknown or x = a or x = b: x is none of the other answers.
                List<Atom> same = parts.stream().filter(q -> q instanceof Atom a && a.finding() == u.finding()
                        && a.op() == QuestionnaireItemOperator.EQUAL).map(Atom.class::cast).toList();
                parts.removeAll(same);
                parts.set(parts.indexOf(p), noneOf(u.finding(), same.stream().map(a -> key(a.answer())).toList()));
            }
        }
        return new Or(parts.stream().map(this::unknowns).toList());
    }

    /** x is unknown or one of {@code allowed}: {@code !=} each other answer (Show for a number). */
    private Node noneOf(Finding f, List<String> allowed) {
        if (f.type() == FindingType.NUMBER) {
            return new Show();
        }
        List<Node> not = new ArrayList<>();
        for (Node a : anyAnswer(f) instanceof Or or ? or.parts() : List.of(anyAnswer(f))) {
            Atom atom = (Atom) a;
            if (!allowed.contains(key(atom.answer()))) {
                not.add(new Atom(f, QuestionnaireItemOperator.NOT_EQUAL, atom.answer()));
            }
        }
        return not.isEmpty() ? new Show() : not.size() == 1 ? not.get(0) : new And(not);
    }

    private static String key(Type answer) {
        return answer instanceof Coding c ? c.getCode() : answer.primitiveValue();
    }

    private Node anyAnswer(Finding f) {
        if (f.type() == FindingType.NUMBER) {
            return new Atom(f, QuestionnaireItemOperator.GREATER_OR_EQUAL, number(f, f.min()));
        }
        List<Node> each = new ArrayList<>();
        if (f.type() == FindingType.BOOL) {
            each.add(new Atom(f, QuestionnaireItemOperator.EQUAL, new BooleanType(true)));
            each.add(new Atom(f, QuestionnaireItemOperator.EQUAL, new BooleanType(false)));
        } else {
            for (int i = 0; i < f.options().size(); i++) {
                each.add(new Atom(f, QuestionnaireItemOperator.EQUAL, coding(f, i)));
            }
        }
        return each.size() == 1 ? each.get(0) : new Or(each);
    }

    private static Op negate(Op op) {
        switch (op) {
            case EQ: return Op.NE;
            case NE: return Op.EQ;
            case LT: return Op.GE;
            case LE: return Op.GT;
            case GT: return Op.LE;
            default: return Op.LT;
        }
    }

    private Node compare(Finding f, Op op, double constant) {
        if (f.type() == FindingType.BOOL) {
            boolean value = constant != 0;
            return new Atom(f, QuestionnaireItemOperator.EQUAL, new BooleanType(op == Op.EQ ? value : !value));
        }
        if (f.type() == FindingType.CHOICE) {
            if (op == Op.EQ) {
                return new Atom(f, QuestionnaireItemOperator.EQUAL, coding(f, (int) constant));
            }
            List<Node> others = new ArrayList<>();
            for (int i = 0; i < f.options().size(); i++) {
                if (i != (int) constant) {
                    others.add(new Atom(f, QuestionnaireItemOperator.EQUAL, coding(f, i)));
                }
            }
            return others.size() == 1 ? others.get(0) : new Or(others);
        }
        if (op == Op.NE) {
            return new Or(List.of(new Atom(f, QuestionnaireItemOperator.LESS_THAN, number(f, constant)),
                    new Atom(f, QuestionnaireItemOperator.GREATER_THAN, number(f, constant))));
        }
        QuestionnaireItemOperator o;
        switch (op) {
            case EQ: o = QuestionnaireItemOperator.EQUAL; break;
            case LT: o = QuestionnaireItemOperator.LESS_THAN; break;
            case LE: o = QuestionnaireItemOperator.LESS_OR_EQUAL; break;
            case GT: o = QuestionnaireItemOperator.GREATER_THAN; break;
            default: o = QuestionnaireItemOperator.GREATER_OR_EQUAL;
        }
        return new Atom(f, o, number(f, constant));
    }

    private static Coding coding(Finding f, int option) {
        Finding.Option o = f.options().get(option);
        return new Coding(Fhir.choiceSystem(f.id()), o.value(), o.label());
    }

    /** The answer type must match the question's: integer questions take answerInteger. */
    private static Type number(Finding f, double constant) {
        if (QuestionnaireBuilder.isInteger(f) && constant == Math.rint(constant)) {
            return new IntegerType((int) constant);
        }
        return new DecimalType(QuestionnaireBuilder.plain(constant));
    }

    private static Node flatten(Node n) {
        if (n instanceof And and) {
            List<Node> parts = new ArrayList<>();
            for (Node p : and.parts()) {
                Node f = flatten(p);
                if (f instanceof And inner) {
                    parts.addAll(inner.parts());
                } else {
                    parts.add(f);
                }
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts);
        }
        if (n instanceof Or or) {
            List<Node> parts = new ArrayList<>();
            for (Node p : or.parts()) {
                Node f = flatten(p);
                if (f instanceof Show) {
                    return f; // anything "or" always: always
                }
                if (f instanceof Or inner) {
                    parts.addAll(inner.parts());
                } else {
                    parts.add(f);
                }
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }
        return n;
    }
}
