package org.crampwise.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.crampwise.condition.FindingType;
import org.crampwise.engine.Assessment;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Question;
import org.crampwise.interview.Step;
import org.crampwise.app.web.Messages;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.InvalidAnswerException;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * The interview in a terminal: numbered answers, {@code ?} for why we ask, {@code b} to go back,
 * {@code q} or end of input to leave. Reads lines, so it works the same when typed or piped. Every
 * word is the person's: the knowledge base's texts in their language and region, the prompts
 * from the message bundle for the same audience ({@link Voice}).
 */
final class TerminalInterview {
    private final KnowledgeBase kb;
    private final Messages words;
    private final Interview interview;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Style style;

    TerminalInterview(Voice voice, Interview interview, BufferedReader in, PrintWriter out, Style style) {
        this.kb = voice.kb();
        this.words = voice.words();
        this.interview = interview;
        this.in = in;
        this.out = out;
        this.style = style;
    }

    /** The end of an interview: the final step and the evidence it was given. */
    record Finished(Step step, Evidence evidence) {
    }

    /** Runs the interview: how it ended, or null when the person left before the end. */
    Finished run() throws IOException {
        String name = words.get("site.name");
        out.println(words.get("terminal.title", name).replace(name, style.bold(name)));
        out.println(kb.disclaimer());
        out.println(words.get("terminal.howTo"));
        Deque<Evidence> history = new ArrayDeque<>();
        Evidence e = Evidence.empty(kb);
        while (true) {
            Step step = interview.next(e);
            if (step.shouldStop()) {
                return new Finished(step, e);
            }
            out.println();
            out.println(style.dim(words.get("question.step", history.size() + 1)));
            Outcome outcome = ask(step.question(), e, !history.isEmpty());
            if (outcome instanceof Outcome.Quit) {
                out.println();
                out.println(words.get("terminal.stopped"));
                // Leaving early must not hide what the answers so far already show (docs/SAFETY.md HAZ-10).
                Assessment.Triage so = step.assessment().triage();
                if (so.level().isAbove(Level.SELF_CARE)) {
                    out.println(style.bold(words.get("terminal.soFar")) + so.headline());
                }
                out.println(kb.disclaimer());
                out.flush();
                return null;
            }
            if (outcome instanceof Outcome.Answered a) {
                history.push(e);
                e = a.evidence();
            } else {
                e = history.pop();
            }
        }
    }

    /** What the person did with a question. */
    sealed interface Outcome {
        record Answered(Evidence evidence) implements Outcome {
        }

        record Back() implements Outcome {
        }

        record Quit() implements Outcome {
        }
    }

    private Outcome ask(Question q, Evidence e, boolean canGoBack) throws IOException {
        Prompt prompt = Prompt.of(q, words);
        while (true) {
            out.println(style.bold(q.text()));
            prompt.printChoices(out);
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.trim().equalsIgnoreCase("q")) {
                return new Outcome.Quit();
            }
            line = line.trim();
            if (line.equals("?")) {
                out.println(style.dim(words.get("terminal.whyWeAsk")) + q.help());
                continue;
            }
            if (line.equalsIgnoreCase("b")) {
                if (canGoBack) {
                    return new Outcome.Back();
                }
                out.println(words.get("terminal.firstQuestion"));
                continue;
            }
            Prompt.Result r = prompt.answer(line, e);
            if (r.error() != null) {
                out.println(style.warn(r.error()));
                continue;
            }
            return new Outcome.Answered(r.evidence());
        }
    }

    /** How one question is offered and answered in text. */
    record Prompt(Question question, List<String> choices, Finding single, Messages words) {

        record Result(Evidence evidence, String error) {
        }

        static Prompt of(Question q, Messages words) {
            if (q instanceof Question.Group g) {
                return new Prompt(q, g.items().stream().map(Finding::shortText).toList(), null, words);
            }
            Finding f = q.findings().get(0);
            String dontKnow = words.get("answer.dontKnow");
            switch (f.type()) {
                case BOOL: return new Prompt(q, List.of(words.get("answer.yes"), words.get("answer.no"), dontKnow), f,
                        words);
                case CHOICE: {
                    List<String> labels = new java.util.ArrayList<>();
                    f.options().forEach(o -> labels.add(o.label()));
                    labels.add(dontKnow);
                    return new Prompt(q, List.copyOf(labels), f, words);
                }
                default: return new Prompt(q, List.of(), f, words);
            }
        }

        void printChoices(PrintWriter out) {
            for (int i = 0; i < choices.size(); i++) {
                out.printf("  %d) %s%n", i + 1, choices.get(i));
            }
            if (single == null) {
                out.println("  0) " + words.get("answer.noneOfThese"));
                out.println(words.get("terminal.pickAll"));
            } else if (single.type() == FindingType.NUMBER) {
                String min = Finding.formatNumber(single.min());
                String max = Finding.formatNumber(single.max());
                out.println(single.unit() == null ? words.get("terminal.typeNumber", min, max)
                        : words.get("terminal.typeNumberIn", min, max, single.unit()));
            }
        }

        Result answer(String line, Evidence e) {
            if (single == null) {
                return group(line, e);
            }
            if (single.type() == FindingType.NUMBER) {
                if (line.equalsIgnoreCase("d")) {
                    return new Result(e.skip(single), null);
                }
                try {
                    return new Result(e.with(single, single.answer(Double.parseDouble(line))), null);
                } catch (NumberFormatException | InvalidAnswerException ignored) {
                    // falls through to the message
                }
                return new Result(null, words.get("terminal.badNumber", Finding.formatNumber(single.min()),
                        Finding.formatNumber(single.max())));
            }
            int n = number(line);
            if (n < 1 || n > choices.size()) {
                return new Result(null, words.get("terminal.badChoice", String.valueOf(choices.size())));
            }
            if (n == choices.size()) {
                return new Result(e.skip(single), null);
            }
            // Yes and No, or the options in their order.
            Answer a = single.type() == FindingType.BOOL ? new Answer.Bool(n == 1)
                    : new Answer.Choice(n - 1, single.options().get(n - 1).value());
            return new Result(e.with(single, a), null);
        }

        private Result group(String line, Evidence e) {
            List<Finding> items = question.findings();
            boolean[] ticked = new boolean[items.size()];
            for (String part : line.equals("0") ? new String[0] : line.split("[\\s,]+")) {
                int n = number(part);
                if (n < 1 || n > items.size()) {
                    return new Result(null, words.get("terminal.badItems", String.valueOf(items.size())));
                }
                ticked[n - 1] = true;
            }
            for (int i = 0; i < items.size(); i++) {
                e = e.with(items.get(i), ticked[i]);
            }
            return new Result(e, null);
        }

        private static int number(String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException ex) {
                return -1;
            }
        }
    }
}
