package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * "I had a cramp just now" over HTTP, and the pages' request key: a form sent again stores its
 * entry once. Pages without JavaScript send exactly these forms.
 */
@WithServer
class QuickLogPagesTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Served
    static TestServer server;

    private static Member member() throws Exception {
        Member m = new Member(server.port(), "quick" + PEOPLE.incrementAndGet() + "@example.com");
        assertThat(m.register().statusCode()).isEqualTo(303);
        return m;
    }

    private static JsonNode episodes(Member m) throws Exception {
        return new ObjectMapper().readTree(m.browser.get("/diary/export/json").body()).path("episodes");
    }

    private static void addCramp(Member m, String zone) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(Map.of("date", "2026-11-20", "time", "23:10", "zone", zone,
                "duration", "4", "location", "calf", "side", "left", "pain", "6", "context", "in_bed"));
        assertThat(m.postForm("/diary/episodes/new", "/diary/episodes", f).statusCode()).isEqualTo(303);
    }

    private static boolean absent(JsonNode n) {
        return n.isNull() || n.isMissingNode();
    }

    /** The hidden fields of the diary's quick-log form, as the page gives them. */
    private static Map<String, String> quickForm(Member m) throws Exception {
        Map<String, String> form = new HashMap<>(Browserless.hidden(m.browser.get("/diary").body()));
        assertThat(form).containsKeys("_csrf", "request_key");
        return form;
    }

    @Test
    void one_tap_stores_a_cramp_now_with_the_place_leg_minutes_and_zone_of_the_last_and_opens_it_for_details()
            throws Exception {
        Member m = member();
        addCramp(m, "Europe/Paris");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> r = m.post("/diary/quick", quickForm(m));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(Member.location(r)).matches("/diary/episodes/[0-9]+/edit\\?logged=1");
        String details = m.browser.get(Member.location(r)).body();
        assertThat(Browserless.title(details)).startsWith("Change a cramp");
        assertThat(details).contains("Saved: a cramp at");
        JsonNode newest = episodes(m).get(1);
        assertThat(episodes(m)).hasSize(2);
        assertThat(newest.path("location").asText()).isEqualTo("calf");
        assertThat(newest.path("side").asText()).isEqualTo("left");
        assertThat(newest.path("durationMinutes").asInt()).isEqualTo(4);
        assertThat(newest.path("zone").asText()).isEqualTo("Europe/Paris");
        assertThat(absent(newest.path("painScore"))).isTrue();
        Instant start = java.time.OffsetDateTime.parse(newest.path("start").asText()).toInstant();
        assertThat(start).isBetween(before, Instant.now());
    }

    @Test
    void the_phones_zone_when_the_page_gives_it_and_a_first_cramp_has_no_place_yet() throws Exception {
        Member m = member();
        Map<String, String> form = quickForm(m);
        form.put("zone", "America/New_York");
        assertThat(m.post("/diary/quick", form).statusCode()).isEqualTo(303);
        JsonNode only = episodes(m).get(0);
        assertThat(only.path("zone").asText()).isEqualTo("America/New_York");
        assertThat(absent(only.path("location"))).isTrue();
        assertThat(absent(only.path("side"))).isTrue();
    }

    @Test
    void the_same_tap_sent_five_times_one_after_another_and_at_once_is_stored_once_each() throws Exception {
        Member m = member();
        Map<String, String> form = quickForm(m);
        for (int i = 0; i < 5; i++) {
            assertThat(m.post("/diary/quick", form).statusCode()).isEqualTo(303);
        }
        assertThat(episodes(m)).hasSize(1);
        Map<String, String> second = quickForm(m);
        List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sends.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return m.post("/diary/quick", second);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<String> places = sends.stream().map(CompletableFuture::join).map(Member::location).toList();
        assertThat(places).containsOnly(places.get(0));
        assertThat(episodes(m)).hasSize(2);
    }

    @Test
    void a_tap_kept_offline_is_stored_at_the_moment_of_the_tap_and_a_time_in_the_future_is_not_believed()
            throws Exception {
        Member m = member();
        Map<String, String> form = quickForm(m);
        Instant tapped = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        form.put("at", tapped.toString());
        form.put("zone", "Europe/London");
        m.post("/diary/quick", form);
        Map<String, String> future = quickForm(m);
        future.put("at", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        m.post("/diary/quick", future);
        JsonNode all = episodes(m);
        assertThat(java.time.OffsetDateTime.parse(all.get(0).path("start").asText()).toInstant())
                .isEqualTo(tapped);
        assertThat(java.time.OffsetDateTime.parse(all.get(1).path("start").asText()).toInstant())
                .isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void the_cramp_form_sent_twice_with_its_key_is_one_cramp() throws Exception {
        Member m = member();
        Map<String, String> form = new HashMap<>(Browserless.hidden(m.browser.get("/diary/episodes/new").body()));
        form.putAll(Map.of("date", "2026-11-21", "time", "02:00", "zone", "Europe/London", "duration", "2"));
        assertThat(m.post("/diary/episodes", form).statusCode()).isEqualTo(303);
        assertThat(m.post("/diary/episodes", form).statusCode()).isEqualTo(303);
        assertThat(episodes(m)).hasSize(1);
    }

    @Test
    void the_time_zone_is_chosen_from_a_list_grouped_by_region_with_the_persons_zone_chosen() throws Exception {
        Member m = member();
        addCramp(m, "Asia/Kolkata");
        String form = m.browser.get("/diary/episodes/new").body();
        assertThat(form).doesNotContain("<input class=\"input input-zone\"");
        assertThat(form).contains("<select class=\"input input-zone\" id=\"zone\" name=\"zone\"")
                .contains("<optgroup label=\"Europe\">").contains("<optgroup label=\"America\">")
                .contains("<option value=\"America/New_York\">New York</option>")
                .contains("<option value=\"Asia/Kolkata\" selected>Kolkata</option>")
                .doesNotContain("value=\"US/Eastern\"").doesNotContain("value=\"SystemV/");
    }
}
