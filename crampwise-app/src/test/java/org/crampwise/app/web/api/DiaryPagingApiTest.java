package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.app.web.api.DiaryClient.DAYS;
import static org.crampwise.app.web.api.DiaryClient.EPISODES;
import static org.crampwise.app.web.api.DiaryClient.episode;
import static org.crampwise.app.web.api.DiaryClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The diary's lists a page at a time: limit, cursor and the next page in Link and in the body. */
@WithServer
class DiaryPagingApiTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final String PERIOD = "?from=2026-09-01&to=2026-11-30";

    @Served
    static ApiServer server;

    private static DiaryClient someone() {
        return DiaryClient.signedUp(server, "pager" + PEOPLE.incrementAndGet() + "@example.org");
    }

    /** {@code n} episodes, every two at the same start (so the order also rests on the id); their ids. */
    private static List<Long> episodes(DiaryClient c, int n) {
        List<Long> ids = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.parse("2026-09-02T03:00:00+01:00");
        for (int i = 0; i < n; i++) {
            ids.add(c.addEpisode(episode(first.plusHours(i / 2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), 3, "calf", "left", 5, "in_bed")));
        }
        return ids;
    }

    /** The next page's address in the Link header, if any. */
    private static Optional<String> link(HttpResponse<String> r) {
        return r.headers().firstValue("Link").map(l -> {
            Matcher m = NEXT.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            return m.group(1);
        });
    }

    @Test
    void paging_through_120_episodes_in_pages_of_50_yields_each_exactly_once_in_order_with_link_headers() {
        DiaryClient ann = someone();
        List<Long> added = episodes(ann, 120);
        List<JsonNode> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = EPISODES + PERIOD; // no limit: 50 by default
        while (next != null) {
            HttpResponse<String> page = ann.get(next);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = json(page);
            body.path("episodes").forEach(seen::add);
            sizes.add(body.path("episodes").size());
            Optional<String> link = link(page);
            assertThat(body.path("next").isMissingNode() ? Optional.empty() : Optional.of(body.path("next").asText()))
                    .as("the body's next is the Link's").isEqualTo(link);
            next = link.orElse(null);
        }

        assertThat(sizes).containsExactly(50, 50, 20);
        List<Long> ids = seen.stream().map(e -> e.path("id").asLong()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
        Comparator<JsonNode> newestFirst = Comparator.<JsonNode, OffsetDateTime>comparing(
                e -> OffsetDateTime.parse(e.path("start").asText())).thenComparing(e -> e.path("id").asLong()).reversed();
        assertThat(seen).isSortedAccordingTo(newestFirst);
    }

    @Test
    void the_last_page_has_no_next_link_even_when_it_is_exactly_full() {
        DiaryClient bob = someone();
        episodes(bob, 4);

        HttpResponse<String> first = bob.get(EPISODES + PERIOD + "&limit=2");
        HttpResponse<String> last = bob.get(link(first).orElseThrow());

        assertThat(json(last).path("episodes")).hasSize(2);
        assertThat(link(last)).isEmpty();
        assertThat(json(last).has("next")).isFalse();
    }

    @Test
    void an_episode_added_between_pages_makes_none_appear_twice_or_be_skipped() {
        DiaryClient cat = someone();
        List<Long> before = episodes(cat, 10);
        HttpResponse<String> first = cat.get(EPISODES + PERIOD + "&limit=4");
        cat.addEpisode(episode("2026-11-01T03:00:00Z", 3, "calf", "left", 5, "in_bed")); // newer than all
        cat.addEpisode(episode("2026-09-02T04:30:00+01:00", 3, "calf", "left", 5, "in_bed")); // among them

        List<Long> ids = new ArrayList<>();
        json(first).path("episodes").forEach(e -> ids.add(e.path("id").asLong()));
        String next = link(first).orElseThrow();
        while (next != null) {
            HttpResponse<String> page = cat.get(next);
            json(page).path("episodes").forEach(e -> ids.add(e.path("id").asLong()));
            next = link(page).orElse(null);
        }

        assertThat(ids).doesNotHaveDuplicates().containsAll(before);
    }

    @Test
    void a_tampered_cursor_is_a_400_naming_cursor() {
        DiaryClient dan = someone();
        episodes(dan, 3);
        String next = link(dan.get(EPISODES + PERIOD + "&limit=1")).orElseThrow();
        int at = next.indexOf("cursor=") + "cursor=".length() + 2;
        String tampered = next.substring(0, at) + (next.charAt(at) == 'A' ? 'B' : 'A') + next.substring(at + 1);

        HttpResponse<String> r = dan.get(tampered);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiServer.mediaType(r)).isEqualTo(ApiServer.PROBLEM);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("cursor");
    }

    @Test
    void a_cursor_of_the_days_is_refused_by_the_episodes() {
        DiaryClient eve = someone();
        for (String date : List.of("2026-11-01", "2026-11-02")) {
            assertThat(eve.put(DAYS + "/" + date, "{\"fluidsGlasses\": 3}").statusCode()).isEqualTo(200);
        }
        String next = link(eve.get(DAYS + "?from=2026-10-01&to=2026-11-30&limit=1")).orElseThrow();

        HttpResponse<String> r = eve.get(EPISODES + "?" + next.substring(next.indexOf("cursor=")));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "ten", "-1", "", "1.5"})
    void a_limit_that_is_not_from_1_to_200_is_a_400_naming_limit(String limit) {
        DiaryClient fay = someone();
        for (String path : List.of(EPISODES, DAYS)) {
            HttpResponse<String> r = fay.get(path + "?limit=" + limit);

            assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(400);
            assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("limit");
        }
    }

    @Test
    void paging_through_days_yields_each_once_oldest_first() {
        DiaryClient gus = someone();
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String date = LocalDate.parse("2026-11-01").plusDays(i * 2).toString();
            dates.add(date);
            assertThat(gus.put(DAYS + "/" + date, "{\"fluidsGlasses\": " + i + "}").statusCode()).isEqualTo(200);
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = DAYS + "?from=2026-10-01&to=2026-11-30&limit=3";
        while (next != null) {
            HttpResponse<String> page = gus.get(next);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            json(page).path("days").forEach(d -> seen.add(d.path("date").asText()));
            sizes.add(json(page).path("days").size());
            next = link(page).orElse(null);
        }

        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(seen).containsExactlyElementsOf(dates);
    }
}
