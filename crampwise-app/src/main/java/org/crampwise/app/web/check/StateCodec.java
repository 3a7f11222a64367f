package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.web.SignedText;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.InvalidAnswerException;
import org.crampwise.kb.KnowledgeBase;

/**
 * Writes an interview state into a short signed text for a cookie, and reads it back. The HMAC
 * means a person's answers cannot be altered on the way, and any server holding the same secret
 * can carry on the interview. Answers are stored by finding position, so the knowledge base
 * version is part of the text: a state from another version is refused, never misread.
 */
final class StateCodec {
    private final KnowledgeBase kb;
    private final SignedText signed;

    StateCodec(KnowledgeBase kb, byte[] secret) {
        this.kb = kb;
        this.signed = new SignedText(secret);
    }

    String write(InterviewState s) {
        StringBuilder p = new StringBuilder("1|").append(kb.version()).append('|');
        Evidence e = s.evidence();
        StringBuilder skipped = new StringBuilder();
        boolean first = true;
        for (Finding f : kb.findings()) {
            Answer a = e.answer(f).orElse(null);
            if (a != null) {
                p.append(first ? "" : ",").append(f.index()).append('=').append(code(a));
                first = false;
            } else if (e.isSkipped(f)) {
                skipped.append(skipped.length() == 0 ? "" : ",").append(f.index());
            }
        }
        p.append('|').append(skipped).append('|');
        for (int i = 0; i < s.steps().size(); i++) {
            p.append(i == 0 ? "" : ",");
            List<Finding> step = s.steps().get(i);
            for (int j = 0; j < step.size(); j++) {
                p.append(j == 0 ? "" : "-").append(step.get(j).index());
            }
        }
        return signed.write(p.toString());
    }

    /** The state, or null when the text is missing, altered or from another knowledge base. */
    InterviewState read(String text) {
        try {
            return signed.read(text, 8192).map(this::parse).orElse(null);
        } catch (RuntimeException e) {
            return null; // unreadable: the person starts again rather than see an error
        }
    }

    /** An answer in the state's short code: yes/no as 1/0, a number as written, a choice by its option's position. */
    private static String code(Answer a) {
        if (a instanceof Answer.Bool b) {
            return b.yes() ? "1" : "0";
        }
        if (a instanceof Answer.Choice c) {
            return Integer.toString(c.index());
        }
        return Finding.formatNumber(((Answer.Number) a).value());
    }

    /** The answer a {@link #code} stands for, checked by its finding. */
    private static Answer answer(Finding f, String code) throws InvalidAnswerException {
        return switch (f.type()) {
            case BOOL -> f.answer(code.equals("1") ? (Object) true : code.equals("0") ? (Object) false : code);
            case CHOICE -> f.answer(f.options().get(Integer.parseInt(code)).value());
            case NUMBER -> f.answer(Double.parseDouble(code));
        };
    }

    private InterviewState parse(String p) {
        String[] parts = p.split("\\|", -1);
        if (parts.length != 5 || !parts[0].equals("1") || !parts[1].equals(kb.version())) {
            return null;
        }
        Evidence.Builder e = Evidence.builder(kb);
        for (String pair : split(parts[2])) {
            String[] kv = pair.split("=", 2);
            Finding f = finding(kv[0]);
            try {
                e.put(f, answer(f, kv[1]));
            } catch (InvalidAnswerException wrong) {
                return null; // signed by this server, so never; refused rather than misread
            }
        }
        for (String idx : split(parts[3])) {
            e.skip(finding(idx));
        }
        List<List<Finding>> steps = new ArrayList<>();
        for (String step : split(parts[4])) {
            List<Finding> fs = new ArrayList<>();
            for (String idx : step.split("-")) {
                fs.add(finding(idx));
            }
            steps.add(List.copyOf(fs));
        }
        return new InterviewState(e.build(), List.copyOf(steps));
    }

    private Finding finding(String index) {
        return kb.findings().get(Integer.parseInt(index));
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(",");
    }
}
