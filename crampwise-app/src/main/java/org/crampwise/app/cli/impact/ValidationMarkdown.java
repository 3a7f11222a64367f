package org.crampwise.app.cli.impact;

import java.util.List;
import java.util.Locale;
import org.crampwise.engine.impact.ValidationReport;

/**
 * docs/VALIDATION.md: how often the knowledge base gives each case its expected level. Nothing in
 * it depends on the time or the machine, so regenerating it shows only real changes in a diff.
 */
final class ValidationMarkdown {
    private ValidationMarkdown() {
    }

    static String render(Compared.Loaded kb, List<CaseFolders.Folder> folders, ValidationReport v) {
        StringBuilder md = new StringBuilder();
        md.append("# Validation: triage level on the project's cases\n\n");
        md.append("<!-- Written by `crampwise kb impact --validation`; regenerate it rather than edit it. -->\n\n");
        md.append("Knowledge base ").append(kb.kb().version()).append(". Each case's evidence is assessed and its ")
                .append("level compared with the level the case expects (`expect.triage`). Cases read from:\n\n");
        for (CaseFolders.Folder f : folders) {
            md.append("- `").append(f.path()).append("`: ")
                    .append(f.found() ? f.cases().size() + " cases" : "not found").append('\n');
        }
        md.append('\n').append(String.format(Locale.ROOT, "**%d of %d cases (%.1f%%) get exactly the expected level**; "
                        + "%d are over-triaged (more urgent than expected) and %d under-triaged (less urgent).\n\n",
                v.exact(), v.cases(), 100 * v.accuracy(), v.over(), v.under()));
        md.append("| expected level | cases | exact | over-triaged | under-triaged |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (ValidationReport.Row r : v.rows()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |\n", r.expected().id(), r.cases(), r.exact(),
                    r.over(), r.under()));
        }
        md.append(String.format(Locale.ROOT, "| **all** | **%d** | **%d** | **%d** | **%d** |\n\n", v.cases(), v.exact(),
                v.over(), v.under()));
        misses(md, v);
        uncounted(md, v);
        md.append("## How to read this\n\n")
                .append("These cases are the project's own scenarios and the clinical contract's public vignettes. ")
                .append("They were written together with the rules they test, so they are not an independent test ")
                .append("set, and this figure is not a measure of accuracy with real people. It is published so ")
                .append("that anyone can check it and see it change from one knowledge base to the next.\n\n")
                .append("For comparison, published studies of symptom checkers find 49-58% correct triage ")
                .append("(Semigran et al., BMJ 2015), measured on independent vignettes.\n\n")
                .append("To regenerate this file from the project folder, with the contract's `shared/` folder beside ")
                .append("it: `./crampwise kb impact --validation` (see the README, \"crampwise kb impact\").\n");
        return md.toString();
    }

    private static void misses(StringBuilder md, ValidationReport v) {
        md.append("## Cases not at their expected level\n\n");
        List<ValidationReport.Outcome> misses = v.rows().stream().flatMap(r -> r.misses().stream()).toList();
        if (misses.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (ValidationReport.Outcome o : misses) {
            md.append("- ").append(o.kase().id()).append(' ').append(escape(o.kase().title())).append(" (`")
                    .append(o.kase().source()).append("`): expected ").append(o.expected().id()).append(", got ")
                    .append(o.actual().id()).append(o.over() ? " (over-triaged)" : " (under-triaged)").append('\n');
        }
        md.append('\n');
    }

    private static void uncounted(StringBuilder md, ValidationReport v) {
        if (v.uncounted().isEmpty()) {
            return;
        }
        md.append("## Cases not counted\n\n");
        for (ValidationReport.Uncounted u : v.uncounted()) {
            md.append("- ").append(u.kase().id()).append(' ').append(escape(u.kase().title())).append(" (`")
                    .append(u.kase().source()).append("`): ").append(escape(u.reason())).append('\n');
        }
        md.append('\n');
    }

    /** Keeps a title from being read as Markdown or HTML (an underscore inside a word is never emphasis). */
    private static String escape(String s) {
        return s.replaceAll("([\\\\`*\\[\\]<>|#]|\\b_|_\\b)", "\\\\$1");
    }
}
