package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.SignedText;

/**
 * The paging of the diary's lists: {@code limit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}) and an opaque {@code cursor} from the query; the next page's address goes
 * in a {@code Link: <...>; rel="next"} header (RFC 8288) and in the body's {@code next}.
 *
 * <p>A cursor is the position of the last item of a page, signed with the server's secret: any
 * server of the deployment reads it, and one that was altered, or that another list gave, is a
 * 400 naming {@code cursor}.
 */
final class Paging {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** Longer than any cursor this server writes. */
    static final int MAX_CURSOR = 200;
    static final String NOT_A_CURSOR = "is not a cursor this list gave; start again without it";

    /** What the query asks for: how many, and after which position (as the list wrote it), if any. */
    record Query(int limit, Optional<String> after) {}

    private final SignedText signed;

    Paging(byte[] secret) {
        this.signed = new SignedText(secret);
    }

    /** The limit and the cursor of the query, for the list {@code kind}; a 400 naming each that is wrong. */
    Query read(Context ctx, String kind) {
        List<HttpError.FieldProblem> problems = new ArrayList<>();
        int limit = DEFAULT_LIMIT;
        String text = ctx.queryParam("limit");
        if (text != null) {
            limit = text.matches("[0-9]{1,3}") ? Integer.parseInt(text) : -1;
            if (limit < 1 || limit > MAX_LIMIT) {
                problems.add(new HttpError.FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        String cursor = ctx.queryParam("cursor");
        Optional<String> after = Optional.empty();
        if (cursor != null) {
            after = signed.read(cursor, MAX_CURSOR).filter(p -> p.startsWith(kind + "|"))
                    .map(p -> p.substring(kind.length() + 1));
            if (after.isEmpty()) {
                problems.add(new HttpError.FieldProblem("cursor", NOT_A_CURSOR));
            }
        }
        if (!problems.isEmpty()) {
            throw new HttpError.BadRequest(problems.get(0).field() + " " + problems.get(0).message(), problems);
        }
        return new Query(limit, after);
    }

    /** A cursor was signed but does not read as a position: as if it had been altered. */
    static HttpError.BadRequest badCursor() {
        return new HttpError.BadRequest("cursor " + NOT_A_CURSOR,
                List.of(new HttpError.FieldProblem("cursor", NOT_A_CURSOR)));
    }

    /**
     * The address of the page after {@code position} (the same {@code query} and limit), also
     * sent as the {@code Link} header.
     */
    String next(Context ctx, String path, Map<String, String> query, int limit, String kind, String position) {
        StringBuilder url = new StringBuilder(path);
        query.forEach((k, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(encode(v)));
        url.append(url.indexOf("?") < 0 ? '?' : '&').append("limit=").append(limit)
                .append("&cursor=").append(encode(signed.write(kind + "|" + position)));
        ctx.header("Link", "<" + url + ">; rel=\"next\"");
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
