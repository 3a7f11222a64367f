package org.crampwise.app.web;

/**
 * The HTTP errors a handler may raise. They are mapped to pages (and, for the API, to problem
 * documents) in one place: {@link ErrorPages}.
 */
public abstract sealed class HttpError extends RuntimeException
        permits HttpError.BadRequest, HttpError.Forbidden, HttpError.NotFound {
    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The message key of the page title for this error. */
    public abstract String titleKey();

    public static final class BadRequest extends HttpError {
        public BadRequest(String message) {
            super(400, message);
        }

        @Override public String titleKey() { return "error.badRequest"; }
    }

    public static final class Forbidden extends HttpError {
        public Forbidden(String message) {
            super(403, message);
        }

        @Override public String titleKey() { return "error.forbidden"; }
    }

    public static final class NotFound extends HttpError {
        public NotFound(String message) {
            super(404, message);
        }

        @Override public String titleKey() { return "error.notFound"; }
    }
}
