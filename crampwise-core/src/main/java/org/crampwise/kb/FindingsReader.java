package org.crampwise.kb;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.ConditionException;
import org.crampwise.condition.ConditionParser;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Symbols;

/** Reads findings.yaml: types, texts, answers and skip conditions. */
final class FindingsReader {
    static final String FILE = "findings.yaml";
    private static final Set<String> FIELDS = Set.of("id", "type", "category", "safety", "question", "short", "help",
            "whenTrue", "whenFalse", "says", "min", "max", "unit", "options", "askIf");

    private final Problems problems;
    private final List<YamlMap> entries = new ArrayList<>();

    FindingsReader(Problems problems) {
        this.problems = problems;
    }

    /** First pass: everything but skip conditions, which may name any finding. */
    List<Finding> read(Object yaml) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap m : YamlMap.listOf(yaml, FILE, "finding", problems)) {
            m.allowOnly(FIELDS);
            String id = m.str("id");
            if (!seen.add(id)) {
                m.problem("duplicate finding id");
                continue;
            }
            FindingType type = type(m);
            double min = 0;
            double max = 0;
            List<Finding.Option> options = List.of();
            String says = null;
            String whenTrue = null;
            String whenFalse = null;
            String shortText = m.optStr("short");
            if (type == FindingType.NUMBER) {
                min = m.num("min");
                max = m.num("max");
                if (min > max) {
                    m.problem("min " + min + " is above max " + max);
                }
                says = m.str("says");
                if (!says.contains("{value}")) {
                    m.problem("'says' must contain {value}");
                }
            } else if (type == FindingType.CHOICE) {
                options = options(m);
                says = m.str("says");
                if (!says.contains("{label}")) {
                    m.problem("'says' must contain {label}");
                }
            } else {
                whenTrue = m.str("whenTrue");
                whenFalse = m.str("whenFalse");
                if (shortText == null) {
                    m.problem("missing 'short' (the line shown in a checklist)");
                }
            }
            entries.add(m);
            out.add(new Finding(out.size(), id, type, m.str("category"), m.bool("safety"), m.str("question"),
                    shortText, m.str("help"), whenTrue, whenFalse, says, min, max, m.optStr("unit"), options, null));
        }
        return out;
    }

    private FindingType type(YamlMap m) {
        String t = m.str("type");
        for (FindingType ft : FindingType.values()) {
            if (ft.id().equals(t)) {
                return ft;
            }
        }
        m.problem("unknown type '" + t + "' (bool, number or choice)");
        return FindingType.BOOL;
    }

    private List<Finding.Option> options(YamlMap m) {
        List<Finding.Option> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (YamlMap o : m.maps("options", "option")) {
            o.allowOnly(Set.of("value", "label"));
            String value = o.str("value");
            if (!values.add(value)) {
                m.problem("duplicate option '" + value + "'");
            }
            options.add(new Finding.Option(value, o.str("label")));
        }
        if (options.isEmpty()) {
            m.problem("a choice needs 'options'");
        }
        return options;
    }

    /** Second pass: skip conditions, checked to be readable and possible to meet. */
    List<Finding> withSkipConditions(List<Finding> findings, Symbols symbols) {
        List<Finding> out = new ArrayList<>(findings);
        ConditionParser parser = new ConditionParser(symbols, false);
        for (Finding f : findings) {
            YamlMap m = entries.get(f.index());
            String text = m.optStr("askIf");
            if (text == null) {
                continue;
            }
            try {
                Condition askIf = parser.parse(text);
                BitSet reads = new BitSet();
                askIf.reads(reads);
                if (reads.get(f.index())) {
                    m.problem("askIf names the finding itself, so it can never be asked");
                } else if (!Satisfiability.canBeTrue(askIf, findings)) {
                    m.problem("skip condition can never be met: '" + text + "'");
                }
                out.set(f.index(), new Finding(f.index(), f.id(), f.type(), f.category(), f.safety(), f.question(),
                        f.shortText(), f.help(), f.whenTrue(), f.whenFalse(), f.says(), f.min(), f.max(), f.unit(),
                        f.options(), askIf));
            } catch (ConditionException e) {
                m.problem("askIf: " + e.getMessage());
            }
        }
        return out;
    }
}
