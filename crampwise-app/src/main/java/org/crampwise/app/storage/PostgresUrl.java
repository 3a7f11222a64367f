package org.crampwise.app.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL database URL taken apart: the JDBC URL without the credentials, and the user and
 * password on their own, so that neither a log line nor an error message repeats the password.
 *
 * <p>Accepted: {@code postgresql://user:password@host:port/name?params} (libpq's form, also with
 * {@code postgres://}), and {@code jdbc:postgresql://host:port/name?user=…&password=…}, which is
 * passed to the driver as it is.
 */
record PostgresUrl(String jdbcUrl, String user, String password) {

    static PostgresUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new BadDatabaseUrlException("the database URL is empty");
        }
        String u = url.strip();
        if (u.startsWith("jdbc:postgresql:")) {
            return new PostgresUrl(u, null, null);
        }
        if (!u.startsWith("postgresql://") && !u.startsWith("postgres://")) {
            throw new BadDatabaseUrlException(
                    "the database URL must start with postgresql:// (or jdbc:postgresql:), like"
                            + " postgresql://user:password@localhost:5432/crampwise");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new BadDatabaseUrlException("the database URL is not a valid URL: " + e.getReason()
                    + " (characters such as @ : / in the password must be written %40 %3A %2F)");
        }
        if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() <= 1) {
            throw new BadDatabaseUrlException(
                    "the database URL needs a host and a database name, like postgresql://user:password@localhost:5432/crampwise");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        String host = uri.getHost();
        String jdbc = "jdbc:postgresql://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new PostgresUrl(jdbc, user, password);
    }

    /** The URL without the password (and without a password parameter of a jdbc: URL). */
    String redacted() {
        String withoutPassword = jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
        return user == null ? withoutPassword : withoutPassword + " as " + user;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return redacted();
    }

    private static String decode(String s) {
        // URLDecoder turns '+' into a space; in a URL's user part '+' is itself.
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
