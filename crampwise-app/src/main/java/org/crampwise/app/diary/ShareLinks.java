package org.crampwise.app.diary;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TokenDigest;
import org.crampwise.app.storage.Transactions;
import org.crampwise.diary.Summary;

/**
 * Links that show one diary summary, read-only, to whoever holds them (issue 15). A token is 32
 * random bytes (256 bits, Base64url) that only the person and whoever they give it to hold; the
 * database keeps its SHA-256, as for sessions. A link ends at the time the person chose (at most
 * {@link #MAX_DAYS} days) or when revoked; an ended link finds nothing, exactly like a wrong token.
 */
public final class ShareLinks {
    public static final int MAX_DAYS = 14;
    private static final int TOKEN_BYTES = 32;

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** One link as its owner sees it listed; never its token. */
    public record Link(long id, Summary.Period period, Instant created, Instant expires, Instant revoked) {
        public Link {
            Objects.requireNonNull(period, "period");
        }

        public boolean activeAt(Instant now) {
            return revoked == null && now.isBefore(expires);
        }
    }

    /** A new link: its token, shown once, and the row. */
    public record Created(String token, Link link) {
    }

    public ShareLinks(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A link to the summary of {@code period} for {@code days} days (1 to {@link #MAX_DAYS}). */
    public Created create(long accountId, Summary.Period period, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a link lasts 1 to " + MAX_DAYS + " days, not " + days);
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(Duration.ofDays(days));
        long id = Transactions.write(database, "make a share link", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO share_link (account_id, token_hash, period_from,"
                    + " period_to, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)", Diary.GENERATED_ID)) {
                s.setLong(1, accountId);
                s.setString(2, TokenDigest.of(token));
                s.setString(3, period.from().toString());
                s.setString(4, period.to().toString());
                s.setString(5, now.toString());
                s.setString(6, expires.toString());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Created(token, new Link(id, period, now, expires, null));
    }

    /** The account and period a token shows; empty for a wrong, expired or revoked token alike. */
    public Optional<Shared> open(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Transactions.read(database, "open a share link", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT account_id, period_from, period_to, expires_at, revoked_at FROM share_link WHERE token_hash = ?")) {
                s.setString(1, TokenDigest.of(token));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getString(5) != null || !now.isBefore(Instant.parse(rs.getString(4)))) {
                        return Optional.empty();
                    }
                    return Optional.of(new Shared(rs.getLong(1), new Summary.Period(LocalDate.parse(rs.getString(2)),
                            LocalDate.parse(rs.getString(3))), Instant.parse(rs.getString(4))));
                }
            }
        });
    }

    /** What an open link shows. */
    public record Shared(long accountId, Summary.Period period, Instant expires) {
    }

    /** The account's links, newest first, ended ones included (so the person sees what they did). */
    public List<Link> list(long accountId) {
        return Transactions.read(database, "list share links", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, period_from, period_to, created_at, expires_at,"
                    + " revoked_at FROM share_link WHERE account_id = ? ORDER BY created_at DESC, id DESC")) {
                s.setLong(1, accountId);
                List<Link> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String revoked = rs.getString(6);
                        out.add(new Link(rs.getLong(1), new Summary.Period(LocalDate.parse(rs.getString(2)),
                                LocalDate.parse(rs.getString(3))), Instant.parse(rs.getString(4)),
                                Instant.parse(rs.getString(5)), revoked == null ? null : Instant.parse(revoked)));
                    }
                }
                return out;
            }
        });
    }

    /** Ends the account's link at once; false when the account has no such link still open. */
    public boolean revoke(long accountId, long linkId) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return Transactions.write(database, "revoke a share link", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE share_link SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")) {
                s.setString(1, now);
                s.setLong(2, linkId);
                s.setLong(3, accountId);
                return s.executeUpdate() == 1;
            }
        });
    }
}
