package org.crampwise.condition;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the condition language of knowledge/README.md and checks its types: a yes/no finding is
 * compared only with true or false, a number only with a number in its range, a choice only with
 * one of its listed values.
 */
public final class ConditionParser {
    private final Symbols symbols;
    private final boolean rulesAllowed;
    private String text;
    private List<String> tokens;
    private int pos;

    /**
     * @param rulesAllowed whether a condition may name a triage rule (advice and causes may; the
     *                     triage rules themselves and skip conditions may not)
     */
    public ConditionParser(Symbols symbols, boolean rulesAllowed) {
        this.symbols = symbols;
        this.rulesAllowed = rulesAllowed;
    }

    public Condition parse(String source) throws ConditionException {
        if (source == null || source.isBlank()) {
            throw new ConditionException("empty condition");
        }
        text = source.trim();
        tokens = tokenize(text);
        pos = 0;
        Condition c = or();
        if (pos < tokens.size()) {
            throw error("unexpected '" + tokens.get(pos) + "'");
        }
        return c;
    }

    private Condition or() throws ConditionException {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (accept("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Any(List.copyOf(parts));
    }

    private Condition and() throws ConditionException {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        while (accept("and")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(List.copyOf(parts));
    }

    private Condition unary() throws ConditionException {
        if (accept("not")) {
            return new Condition.Not(unary());
        }
        if (accept("(")) {
            Condition inner = or();
            expect(")");
            return inner;
        }
        return comparison();
    }

    private Condition comparison() throws ConditionException {
        String name = next("a finding");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw error("expected a finding, found '" + name + "'");
        }
        Symbols.Symbol symbol = symbols.resolve(name);
        if (symbol == null) {
            throw error("unknown finding '" + name + "'");
        }
        if (symbol instanceof Symbols.RuleSymbol) {
            Symbols.RuleSymbol rule = (Symbols.RuleSymbol) symbol;
            if (!rulesAllowed) {
                throw error("'" + name + "' is a triage rule; only advice and causes may name rules");
            }
            if (peekOperator() != null || "is".equals(peek())) {
                throw error("triage rule '" + name + "' cannot be compared");
            }
            return new Condition.RuleRef(rule.index(), name);
        }
        Symbols.FindingSymbol finding = (Symbols.FindingSymbol) symbol;
        if (accept("is")) {
            boolean negated = accept("not");
            String what = next("known or unknown");
            if (!what.equals("known") && !what.equals("unknown")) {
                throw error("expected 'known' or 'unknown' after 'is', found '" + what + "'");
            }
            return new Condition.Known(finding.index(), name, what.equals("known") != negated);
        }
        Op op = peekOperator();
        if (op == null) {
            if (finding.type() != FindingType.BOOL) {
                throw error(finding.type().id() + " finding '" + name + "' must be compared, e.g. '" + name
                        + (finding.type() == FindingType.NUMBER ? " >= 1'" : " = " + finding.options().get(0) + "'"));
            }
            return new Condition.Present(finding.index(), name);
        }
        pos++;
        String value = next("a value");
        return compare(finding, name, op, value);
    }

    private Condition compare(Symbols.FindingSymbol f, String name, Op op, String value) throws ConditionException {
        switch (f.type()) {
            case BOOL:
                if (isNumber(value)) {
                    throw error("compares bool finding '" + name + "' with a number");
                }
                if (!value.equals("true") && !value.equals("false")) {
                    throw error("bool finding '" + name + "' compared with '" + value + "'; use true or false");
                }
                if (op.isOrdering()) {
                    throw error("bool finding '" + name + "' compared with '" + op.symbol() + "'; use = or !=");
                }
                return new Condition.Compare(f.index(), name, op, value.equals("true") ? 1 : 0, value);
            case NUMBER:
                if (!isNumber(value)) {
                    throw error("compares number finding '" + name + "' with '" + value + "'");
                }
                double d = Double.parseDouble(value);
                if (d < f.min() || d > f.max()) {
                    throw error("compares '" + name + "' with " + value + ", outside its range "
                            + fmt(f.min()) + ".." + fmt(f.max()));
                }
                return new Condition.Compare(f.index(), name, op, d, value);
            default:
                if (isNumber(value)) {
                    throw error("compares choice finding '" + name + "' with a number");
                }
                int index = f.options().indexOf(value);
                if (index < 0) {
                    throw error("choice value '" + value + "' is not in the list of '" + name + "' "
                            + f.options());
                }
                if (op.isOrdering()) {
                    throw error("choice finding '" + name + "' compared with '" + op.symbol() + "'; use = or !=");
                }
                return new Condition.Compare(f.index(), name, op, index, value);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    private Op peekOperator() {
        String t = peek();
        if (t == null) {
            return null;
        }
        for (Op op : Op.values()) {
            if (op.symbol().equals(t)) {
                return op;
            }
        }
        return null;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) throws ConditionException {
        if (!accept(token)) {
            throw error("expected '" + token + "'" + (peek() == null ? " at the end" : ", found '" + peek() + "'"));
        }
    }

    private String next(String what) throws ConditionException {
        String t = peek();
        if (t == null) {
            throw error("expected " + what + " at the end");
        }
        pos++;
        return t;
    }

    private ConditionException error(String message) {
        return new ConditionException("condition '" + text + "': " + message);
    }

    private List<String> tokenize(String s) throws ConditionException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if ("<>=!".indexOf(c) >= 0) {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '=') {
                    j++;
                }
                String op = s.substring(i, j);
                if (op.equals("!") || op.equals("==")) {
                    throw new ConditionException("condition '" + s + "': unknown operator '" + op + "'");
                }
                out.add(op);
                i = j;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "_-.".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                throw new ConditionException("condition '" + s + "': unexpected character '" + c + "'");
            }
        }
        return out;
    }
}
