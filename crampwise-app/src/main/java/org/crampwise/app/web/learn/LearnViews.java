package org.crampwise.app.web.learn;

import org.crampwise.app.learn.Learn;
import org.crampwise.app.learn.LearnPage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.crampwise.app.web.Messages;
import java.util.Set;
import org.crampwise.app.learn.LearnPage.FromKnowledge;
import org.crampwise.app.web.learn.LearnPageView.DateView;
import org.crampwise.app.web.learn.LearnPageView.ItemView;
import org.crampwise.app.web.learn.LearnPageView.LinkView;
import org.crampwise.app.web.learn.LearnPageView.SectionView;
import org.crampwise.app.web.learn.LearnPageView.SourceView;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.AdviceRule;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Source;

/**
 * Turns learn pages into what the templates show. Lists marked {@code knowledge} are read from
 * the knowledge base here, each time, so the pages and the engine always say the same thing.
 */
final class LearnViews {
    private final Learn learn;
    private final KnowledgeBase kb;
    private final DateTimeFormatter dates;

    LearnViews(Learn learn, KnowledgeBase kb, Messages messages) {
        this.learn = learn;
        this.kb = kb;
        this.dates = messages.dates("date.long");
    }

    static String href(String pageId) {
        return "/learn/" + pageId;
    }

    LearnIndexView index() {
        List<LearnIndexView.Entry> entries = new ArrayList<>();
        for (LearnPage p : learn.pages()) {
            entries.add(new LearnIndexView.Entry(href(p.id()), kb.fill(p.title()), kb.fill(p.summary())));
        }
        return new LearnIndexView(entries);
    }

    LearnPageView page(LearnPage p, boolean thanks) {
        // The page's own sources, then those of the knowledge base items it shows.
        Set<String> sourceIds = new LinkedHashSet<>(p.sources());
        List<SectionView> sections = new ArrayList<>();
        for (LearnPage.Section s : p.sections()) {
            sections.add(new SectionView(kb.fill(s.heading()), fill(s.paragraphs()), fill(s.bullets()),
                    s.knowledge() == null ? List.of() : items(s.knowledge(), sourceIds),
                    s.knowledge() != null && s.knowledge().list() == FromKnowledge.Kind.CAUSES));
        }
        List<LinkView> related = new ArrayList<>();
        for (String id : p.related()) {
            related.add(new LinkView(href(id), kb.fill(learn.page(id).title())));
        }
        List<SourceView> sources = new ArrayList<>();
        for (String id : sourceIds) {
            Source s = kb.source(id);
            sources.add(new SourceView(s.title(), s.publisher(), s.url()));
        }
        return new LearnPageView(p.id(), kb.fill(p.title()), kb.fill(p.summary()), date(p.published()),
                date(p.reviewed()), sections, related, sources, href(p.id()) + "/feedback", thanks);
    }

    private List<ItemView> items(FromKnowledge k, Set<String> sourceIds) {
        List<ItemView> out = new ArrayList<>();
        if (k.list() == FromKnowledge.Kind.CAUSES) {
            for (Cause c : pick(kb.causes(), k.ids(), Cause::id)) {
                if (k.kind() == null || k.kind().equals(c.kind())) {
                    out.add(new ItemView(kb.fill(c.name()), kb.fill(c.summary())));
                    sourceIds.addAll(c.sources());
                }
            }
            return out;
        }
        AdviceItem.Kind kind = AdviceItem.Kind.valueOf(k.list().name());
        List<AdviceItem> items = kb.adviceItems().stream().filter(a -> a.kind() == kind).toList();
        for (AdviceItem a : pick(items, k.ids(), AdviceItem::id)) {
            sourceIds.addAll(a.sources());
            if (kind == AdviceItem.Kind.AVOID) {
                // An avoid text alone ("Do not rub the leg") needs its reasons, which say when it applies.
                out.add(new ItemView(kb.fill(a.text()), String.join(" ", whys(a.id()))));
            } else {
                out.add(new ItemView(null, kb.fill(a.text())));
            }
        }
        return out;
    }

    /** Every reason the advice rules give for avoiding an item, each once, in the rules' order. */
    private List<String> whys(String avoidId) {
        Set<String> whys = new LinkedHashSet<>();
        for (AdviceRule r : kb.adviceRules()) {
            for (AdviceRule.Avoid a : r.avoid()) {
                if (a.id().equals(avoidId) && a.why() != null) {
                    whys.add(kb.fill(a.why()));
                }
            }
        }
        return List.copyOf(whys);
    }

    /** All items in the knowledge base's order, or those named, in the order named. */
    private static <T> List<T> pick(List<T> all, List<String> ids, java.util.function.Function<T, String> idOf) {
        if (ids.isEmpty()) {
            return all;
        }
        List<T> out = new ArrayList<>();
        for (String id : ids) {
            all.stream().filter(x -> idOf.apply(x).equals(id)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private List<String> fill(List<String> texts) {
        return texts.stream().map(kb::fill).toList();
    }

    private DateView date(LocalDate d) {
        return new DateView(d.toString(), dates.format(d));
    }
}
