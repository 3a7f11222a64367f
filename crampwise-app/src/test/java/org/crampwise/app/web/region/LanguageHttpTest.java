package org.crampwise.app.web.region;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.learn.LearnLoader;
import org.crampwise.app.learn.LearnPage;
import org.crampwise.app.web.Places;
import org.crampwise.app.web.TestServer;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Region;
import org.crampwise.kb.RegionTexts;
import org.junit.jupiter.api.Test;

/** Choosing the language on the pages (issue 14, item 3), as a client does over HTTP. */
@WithServer
class LanguageHttpTest {
    private static final KnowledgeBase SPANISH = TestServer.KB.in(Locale.forLanguageTag("es"));
    @Served
    static TestServer server;

    @Test
    void every_page_links_to_itself_in_the_other_language_named_in_that_language() {
        String english = server.get("/learn/causes").body();
        assertThat(english).contains("<html lang=\"en\">").contains("This page in:")
                .contains("<a href=\"/language/es?back=%2Flearn%2Fcauses\" lang=\"es\" hreflang=\"es\">Español</a>");
        HttpResponse<String> spanish = server.get("/learn/causes", "Cookie", Places.LANG_COOKIE + "=es");
        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(spanish.body()).contains("<html lang=\"es\">").contains("Esta página en:")
                .contains("<a href=\"/language/en?back=%2Flearn%2Fcauses\" lang=\"en\" hreflang=\"en\">English</a>")
                .doesNotContain("This page in:");
    }

    @Test
    void the_apps_manifest_is_in_the_persons_language() {
        assertThat(server.get("/manifest.webmanifest").body()).contains("\"lang\":\"en\"");
        HttpResponse<String> es = server.get("/manifest.webmanifest", "Cookie", Places.LANG_COOKIE + "=es");
        assertThat(es.body()).contains("\"lang\":\"es\"");
        assertThat(es.headers().firstValue("Vary").orElse("")).contains("Cookie").contains("Accept-Language");
    }

    @Test
    void the_link_remembers_the_choice_in_a_cookie_and_returns_to_the_same_page() {
        HttpResponse<String> chosen = server.get("/language/es?back=%2Flearn%2Fcauses%3Fthanks%3D1");
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValue("/learn/causes?thanks=1");
        String cookie = chosen.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Places.LANG_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).startsWith(Places.LANG_COOKIE + "=es;").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        // A page asked in a language by its address links back without it (the address would win over the choice).
        assertThat(server.get("/learn?lang=es&region=US").body()).contains("/language/en?back=%2Flearn%3Fregion%3DUS\"");
    }

    @Test
    void an_unknown_language_is_refused_and_a_way_back_to_another_site_goes_home() {
        HttpResponse<String> unknown = server.get("/language/tlh?back=/");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Places.LANG_COOKIE));
        assertThat(server.get("/language/es?back=//evil.example/").headers().firstValue("Location")).hasValue("/");
        assertThat(server.get("/language/en").headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void every_spanish_page_for_every_region_writes_only_that_regions_numbers_and_services() {
        List<Region> regions = List.copyOf(SPANISH.regions().values());
        List<String> paths = new ArrayList<>(List.of("/", "/region", "/learn", "/account/sign-in",
                "/account/register", "/no-such-page"));
        for (LearnPage p : LearnLoader.builtIn(SPANISH).pages()) {
            paths.add("/learn/" + p.id());
        }
        for (Region r : regions) {
            // Another region's numbers and short names (A&E, ER ...), less those this one shares.
            RegionTexts others = new RegionTexts(regions.stream().filter(o -> !o.equals(r)).toList()).except(r);
            for (String path : paths) {
                HttpResponse<String> page = server.get(path + "?region=" + r.id() + "&lang=es");
                assertThat(page.body()).as("%s %s", r.id(), path).contains("<html lang=\"es\">");
                assertThat(others.problems(RegionHttpTest.visibleText(page.body()))).as("%s %s", r.id(), path)
                        .isEmpty();
            }
        }
    }
}
