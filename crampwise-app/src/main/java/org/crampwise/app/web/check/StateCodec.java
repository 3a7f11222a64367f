package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.web.SignedText;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
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
            if (e.isKnown(f)) {
                p.append(first ? "" : ",").append(f.index()).append('=').append(Finding.formatNumber(e.value(f.index())));
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

    private InterviewState parse(String p) {
        String[] parts = p.split("\\|", -1);
        if (parts.length != 5 || !parts[0].equals("1") || !parts[1].equals(kb.version())) {
            return null;
        }
        Evidence e = Evidence.empty(kb);
        for (String pair : split(parts[2])) {
            String[] kv = pair.split("=", 2);
            e = e.with(finding(kv[0]), Double.parseDouble(kv[1]));
        }
        for (String idx : split(parts[3])) {
            e = e.skip(finding(idx));
        }
        List<List<Finding>> steps = new ArrayList<>();
        for (String step : split(parts[4])) {
            List<Finding> fs = new ArrayList<>();
            for (String idx : step.split("-")) {
                fs.add(finding(idx));
            }
            steps.add(List.copyOf(fs));
        }
        return new InterviewState(e, List.copyOf(steps));
    }

    private Finding finding(String index) {
        return kb.findings().get(Integer.parseInt(index));
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(",");
    }
}
