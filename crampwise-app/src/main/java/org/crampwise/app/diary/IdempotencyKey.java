package org.crampwise.app.diary;

import java.util.Optional;

/**
 * The key a client gives a diary write so that sending it again (a retry after a lost answer, an
 * offline phone sending its queue, a form posted twice) stores it once: 1 to 100 visible ASCII
 * characters, such as a UUID. Keys belong to one account and are kept as long as it is.
 */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 100;

    public IdempotencyKey {
        if (!valid(value)) {
            throw new IllegalArgumentException("an idempotency key must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters");
        }
    }

    /** The key in {@code text}; empty for null or blank (none given); an exception for a malformed one. */
    public static Optional<IdempotencyKey> of(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new IdempotencyKey(text.strip()));
    }

    static boolean valid(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f);
    }

    /** A key sent again with a different kind of write (a day's key on a new cramp). */
    public static final class UsedForAnother extends RuntimeException {
        public UsedForAnother(String kind) {
            super("this Idempotency-Key was already used for a " + kind);
        }
    }

    /** The result of a write with a key: {@code replayed} when an earlier send already did it. */
    public record Outcome<T>(T value, boolean replayed) {
    }
}
