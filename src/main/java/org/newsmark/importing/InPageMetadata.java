package org.newsmark.importing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article's metadata from what the page shows: its {@code <title>} and main heading, microdata
 * ({@code itemprop}), {@code <time datetime>}, author links and bylines, and its canonical address.
 * The least trusted layer, used where the page has no structured metadata.
 */
final class InPageMetadata {

    /** Longer than any byline or standfirst: such an element holds something else. */
    private static final int MAX_LINE = 600;

    private InPageMetadata() {
    }

    static PageFields read(Document page) {
        return new PageFields(title(page), standfirst(page), null, byline(page), published(page),
                PageText.absoluteUrl(page.select("link[rel=canonical]").attr("href"), page.location()));
    }

    /**
     * The main heading when the window title contains it ("Regression testing" in "Regression testing -
     * Wikipedia"), as that is the headline without the site's name; otherwise the window title; a
     * page without one has its first heading.
     */
    private static String title(Document page) {
        String windowTitle = PageText.clean(page.title());
        Elements headings = page.select("h1");
        if (windowTitle != null) {
            String shown = PageText.comparable(windowTitle);
            for (Element heading : headings) {
                String text = PageText.clean(heading.text());
                if (text != null && text.length() > 2 && shown.contains(PageText.comparable(text))) {
                    return text;
                }
            }
            return windowTitle;
        }
        Element inArticle = page.selectFirst("article h1, main h1, [role=main] h1");
        return inArticle != null ? inArticle.text() : headings.isEmpty() ? null : headings.first().text();
    }

    private static String standfirst(Document page) {
        Element element = page.selectFirst("[itemprop=description], .standfirst, .article-standfirst, .dek, "
                + ".article-dek, .subheadline, .article-summary");
        if (element == null) {
            return null;
        }
        String text = element.hasAttr("content") ? element.attr("content") : element.text();
        return text.length() <= MAX_LINE ? text : null;
    }

    private static String byline(Document page) {
        List<String> names = new ArrayList<>();
        for (String query : List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]",
                ".byline, .author-name")) {
            for (Element element : page.select(query)) {
                String name = element.hasAttr("content") ? element.attr("content") : element.text();
                if (name.length() <= MAX_LINE / 4) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return PageText.people(names);
    }

    private static String published(Document page) {
        Element dated = page.selectFirst("[itemprop=datePublished]");
        if (dated != null) {
            return dated.hasAttr("content") ? dated.attr("content")
                    : dated.hasAttr("datetime") ? dated.attr("datetime") : dated.text();
        }
        // In this order of trust: a time marked as the publication's, one in the article, any.
        for (String query : List.of("time[pubdate][datetime]", "article time[datetime]", "main time[datetime]",
                "time[datetime]")) {
            Element time = page.selectFirst(query);
            if (time != null) {
                return time.attr("datetime");
            }
        }
        return null;
    }
}
