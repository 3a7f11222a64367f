package org.crampwise.app.web;

/**
 * The HTTP errors a handler may raise. They are mapped to pages (and, for the API, to problem
 * documents) in one place: {@link ErrorPages}.
 */
public abstract sealed class HttpError extends RuntimeException
        permits HttpError.BadRequest, HttpError.Forbidden, HttpError.NotFound, HttpError.MethodNotAllowed,
        HttpError.PayloadTooLarge, HttpError.UnsupportedMediaType, HttpError.Unauthorized,
        HttpError.TooManyRequests, HttpError.ServiceUnavailable {
    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The fields at fault, for problem documents: empty unless the request named one. */
    public java.util.List<FieldProblem> fieldProblems() {
        return java.util.List.of();
    }

    /** Response headers this error needs (a challenge, a time to wait); empty for most. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    /** One field at fault and why, as RFC 9457 {@code errors} entries. */
    public record FieldProblem(String field, String message) {
    }

    /** The message key of the page title for this error. */
    public abstract String titleKey();

    public static final class BadRequest extends HttpError {
        private final java.util.List<FieldProblem> fields;

        public BadRequest(String message) {
            this(message, java.util.List.of());
        }

        public BadRequest(String message, java.util.List<FieldProblem> fields) {
            super(400, message);
            this.fields = java.util.List.copyOf(fields);
        }

        /** The 400 for values that failed their checks: the same message and problems. */
        public static BadRequest of(org.crampwise.app.input.Invalid invalid) {
            return new BadRequest(invalid.getMessage(), invalid.problems().stream()
                    .map(p -> new FieldProblem(p.field(), p.message())).toList());
        }

        @Override public String titleKey() { return "error.badRequest"; }

        @Override public java.util.List<FieldProblem> fieldProblems() { return fields; }
    }

    public static final class MethodNotAllowed extends HttpError {
        public MethodNotAllowed(String message) {
            super(405, message);
        }

        @Override public String titleKey() { return "error.methodNotAllowed"; }
    }

    public static final class PayloadTooLarge extends HttpError {
        public PayloadTooLarge(String message) {
            super(413, message);
        }

        @Override public String titleKey() { return "error.payloadTooLarge"; }

        @Override public java.util.List<FieldProblem> fieldProblems() {
            return java.util.List.of(new FieldProblem("input", getMessage()));
        }
    }

    public static final class UnsupportedMediaType extends HttpError {
        public UnsupportedMediaType(String message) {
            super(415, message);
        }

        @Override public String titleKey() { return "error.unsupportedMediaType"; }
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

    /**
     * No valid credentials: a missing, unknown or ended bearer token, or a wrong e-mail or
     * password. The challenge tells a client to send a bearer token (RFC 6750).
     */
    public static final class Unauthorized extends HttpError {
        private final String challenge;

        public Unauthorized(String message) {
            this(message, "Bearer realm=\"crampwise\"");
        }

        /** With a challenge of one's own, such as {@code Bearer realm="crampwise", error="invalid_token"}. */
        public Unauthorized(String message, String challenge) {
            super(401, message);
            this.challenge = challenge;
        }

        @Override public String titleKey() { return "error.unauthorized"; }

        @Override public java.util.Map<String, String> headers() {
            return java.util.Map.of("WWW-Authenticate", challenge);
        }
    }

    /** Too many attempts: come back after {@code retryAfter} (sent as whole seconds, rounded up). */
    public static final class TooManyRequests extends HttpError {
        /**
         * The limit a 429 names: {@code limit} attempts allowed in {@code window} before waiting,
         * under the policy's {@code name} (sent in {@code RateLimit-Policy}).
         */
        public record Quota(String name, int limit, java.time.Duration window) {}

        private final java.time.Duration retryAfter;
        private final Quota quota;

        public TooManyRequests(String message, java.time.Duration retryAfter, Quota quota) {
            super(429, message);
            this.retryAfter = retryAfter;
            this.quota = quota;
        }

        public java.time.Duration retryAfter() {
            return retryAfter;
        }

        /** Whole seconds, rounded up and at least 1: "Retry-After: 0" would invite an immediate retry. */
        public static long seconds(java.time.Duration wait) {
            long s = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
            return Math.max(1, s);
        }

        public long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        @Override public String titleKey() { return "error.tooManyRequests"; }

        @Override public java.util.Map<String, String> headers() {
            return rateLimited(quota, retryAfterSeconds());
        }

        /**
         * {@code Retry-After}, the IETF httpapi draft's {@code RateLimit-Policy} ({@code q} allowed
         * in {@code w} seconds) and {@code RateLimit} ({@code r} remaining, 0, and {@code t}
         * seconds to wait), and for clients of its earlier versions {@code RateLimit-Limit},
         * {@code RateLimit-Remaining} and {@code RateLimit-Reset}: for the API and the pages alike.
         */
        public static java.util.Map<String, String> rateLimited(Quota quota, long seconds) {
            String name = "\"" + quota.name() + "\"";
            return java.util.Map.of("Retry-After", Long.toString(seconds),
                    "RateLimit-Policy", name + ";q=" + quota.limit() + ";w=" + quota.window().toSeconds(),
                    "RateLimit", name + ";r=0;t=" + seconds,
                    "RateLimit-Limit", Integer.toString(quota.limit()),
                    "RateLimit-Remaining", "0", "RateLimit-Reset", Long.toString(seconds));
        }
    }

    /** The server is up but cannot serve yet (its database does not answer): try again soon. */
    public static final class ServiceUnavailable extends HttpError {
        public ServiceUnavailable(String message) {
            super(503, message);
        }

        @Override public String titleKey() { return "error.serviceUnavailable"; }

        @Override public java.util.Map<String, String> headers() {
            return java.util.Map.of("Retry-After", "30");
        }
    }
}
