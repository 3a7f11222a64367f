package org.crampwise.app.web;

import java.io.EOFException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Exceptions that are the client's doing though they reach the server as errors: a body that
 * ended before its declared length (EOF), or one Jetty could not parse (a form or multipart body
 * it refused: BadMessageException). They are 4xx answers, never 500s, and never logged as faults.
 */
public final class ClientFaults {
    private ClientFaults() {
    }

    /** The status to answer (400, or 413 for a body too large), or 0 when the fault is the server's. */
    public static int status(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return bad.getCode() == 413 ? 413 : 400;
            }
            if (t instanceof EOFException) {
                return 400;
            }
        }
        return 0;
    }
}
