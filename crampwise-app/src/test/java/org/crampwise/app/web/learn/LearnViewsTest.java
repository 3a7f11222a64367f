package org.crampwise.app.web.learn;

import org.crampwise.app.learn.Learn;
import org.crampwise.app.learn.LearnLoader;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.crampwise.app.web.learn.LearnPageView.ItemView;
import org.crampwise.app.web.learn.LearnPageView.SectionView;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

class LearnViewsTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn().withNumbers("112", "116117");
    private static final Learn LEARN = LearnLoader.builtIn(KB);
    private static final LearnViews VIEWS = new LearnViews(LEARN, KB, new org.crampwise.app.web.Messages(Locale.UK, "112", "116117"));

    private static SectionView section(String page, String heading) {
        return VIEWS.page(LEARN.page(page), false).sections().stream().filter(s -> s.heading().equals(heading))
                .findFirst().orElseThrow();
    }

    @Test
    void the_causes_page_shows_the_names_and_summaries_of_the_knowledge_base() {
        List<ItemView> shown = section("causes", "Common causes of cramps").items();
        List<Cause> crampCauses = KB.causes().stream().filter(c -> c.kind().equals("cramp_cause")).toList();
        assertThat(shown).extracting(ItemView::lead).containsExactlyElementsOf(crampCauses.stream().map(Cause::name).toList());
        assertThat(shown).extracting(ItemView::text)
                .containsExactlyElementsOf(crampCauses.stream().map(Cause::summary).toList());
    }

    @Test
    void the_easing_page_shows_the_advice_texts_of_the_knowledge_base() {
        List<String> prevention = KB.adviceItems().stream().filter(a -> a.kind() == AdviceItem.Kind.PREVENTION)
                .map(a -> KB.fill(a.text())).toList();
        assertThat(section("easing-and-preventing", "Stop cramps coming back").items()).extracting(ItemView::text)
                .containsExactlyElementsOf(prevention);
        assertThat(section("easing-and-preventing", "Ease a cramp now").items()).extracting(ItemView::text)
                .contains("Rub or massage the tight muscle.");
    }

    @Test
    void a_thing_to_avoid_is_shown_with_every_reason_the_advice_rules_give() {
        ItemView massage = section("easing-and-preventing", "When not to do these things").items().get(0);
        assertThat(massage.lead()).isEqualTo("Do not rub or massage the leg.");
        assertThat(massage.text()).isEqualTo("If there is a clot, rubbing the leg could move it. "
                + "Rubbing a fresh injury can make it bleed and swell more in the first 2 days.");
    }

    @Test
    void the_sources_of_the_knowledge_base_items_shown_are_listed_too() {
        LearnPageView causes = VIEWS.page(LEARN.page("causes"), false);
        assertThat(causes.sources()).doesNotHaveDuplicates().extracting(LearnPageView.SourceView::url)
                .contains(KB.source("edinburgh_claudication").url(), KB.source("nhs_hernia").url());
    }

    @Test
    void the_configured_phone_numbers_fill_the_texts_and_dates_are_in_words() {
        LearnPageView page = VIEWS.page(LEARN.page("when-it-is-something-else"), true);
        assertThat(page.sections()).extracting(SectionView::heading).contains("Call 112 now if");
        assertThat(page.sections()).flatExtracting(SectionView::paragraphs)
                .contains("Get help today if you have these signs. Call 116117 or get an urgent GP appointment.")
                .noneMatch(p -> p.contains("{"));
        assertThat(page.published().iso()).isEqualTo("2026-11-26");
        assertThat(page.published().text()).isEqualTo("26 November 2026");
        assertThat(page.thanks()).isTrue();
        assertThat(page.feedbackUrl()).isEqualTo("/learn/when-it-is-something-else/feedback");
    }
}
