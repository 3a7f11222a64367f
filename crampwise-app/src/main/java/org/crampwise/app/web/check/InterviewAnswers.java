package org.crampwise.app.web.check;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.crampwise.evidence.EvidenceMap;
import org.crampwise.kb.KnowledgeBase;

/**
 * The answers of a person's interview, for "Save to my diary". They travel as the signed
 * interview state (the {@code cw_check} cookie's text, which only pages under /check receive), so
 * a form can carry them to the diary and the server can trust them when they come back.
 */
public final class InterviewAnswers {
    private final KnowledgeBase kb;
    private final StateCodec codec;

    public InterviewAnswers(KnowledgeBase kb, byte[] secret) {
        this.kb = kb;
        this.codec = new StateCodec(kb, secret);
    }

    /** The signed state of the interview in this request's cookie, or empty without one. */
    public Optional<String> signedState(Context ctx) {
        String text = ctx.cookie(CheckPages.COOKIE);
        return text != null && codec.read(text) != null ? Optional.of(text) : Optional.empty();
    }

    /**
     * The answers by contract finding id: true/false, a number, or a choice's value. Empty when the
     * text is not a state this server signed (altered, or from another knowledge base).
     */
    public Optional<Map<String, Object>> findings(String signedState) {
        InterviewState s = codec.read(signedState);
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceMap(kb).findings(s.evidence()));
    }
}
