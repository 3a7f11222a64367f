package org.crampwise.app.web;

import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every request gets an id, logged with it, echoed in {@code X-Request-Id} and written in problem
 * documents, so that a person's error report can be matched to the server's log line. A caller's
 * own id (a proxy's, say) is kept when it is short and plain; anything else is replaced, so a log
 * line can never be forged or bloated through this header.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 64;
    private static final String ATTRIBUTE = "crampwise.requestId";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestIds() {
    }

    /** Gives the request its id (the caller's when sane) and echoes it in the response. */
    public static String assign(Context ctx) {
        String id = sane(ctx.header(HEADER)) ? ctx.header(HEADER) : generate();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        return id;
    }

    /** The request's id, or null before {@link #assign}. */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** 1 to 64 of {@code A-Z a-z 0-9 . _ -}. */
    static boolean sane(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** 128 random bits as 32 hex digits: unique enough to find a line, and cheap (no SecureRandom lock). */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[32];
        for (int half = 0; half < 2; half++) {
            long bits = random.nextLong();
            for (int i = 0; i < 16; i++) {
                out[half * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xf];
            }
        }
        return new String(out);
    }
}
