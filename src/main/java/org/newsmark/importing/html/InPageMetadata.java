package org.newsmark.importing.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's metadata from what the page shows: its {@code <title>} and main heading, microdata
 * ({@code itemprop}), {@code <time datetime>}, author links and bylines, and its canonical address.
 * The least trusted layer, used where the page has no structured metadata. The page is walked once,
 * noting the few elements that can say something; large pages would otherwise be walked a dozen times.
 */
final class InPageMetadata {

    /** Longer than any byline or standfirst: such an element holds something else. */
    private static final int MAX_LINE = 600;

    private static final Set<String> STANDFIRST_CLASSES = Set.of("standfirst", "article-standfirst", "dek",
            "article-dek", "subheadline", "article-summary");
    private static final Set<String> BYLINE_CLASSES = Set.of("byline", "author-name");

    private final List<Element> headings = new ArrayList<>();
    private final List<String> authorNames = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final List<String> authorLinks = new ArrayList<>();
    private final List<String> bylines = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();
    private Element standfirst;
    private Element datePublished;
    private String canonical;

    private InPageMetadata(Document page) {
        for (Element element : page.getAllElements()) {
            note(element);
        }
    }

    static PageFields read(Document page) {
        InPageMetadata seen = new InPageMetadata(page);
        return new PageFields(seen.title(page.title()), seen.standfirst(), null, seen.byline(), seen.published(),
                PageText.absoluteUrl(seen.canonical, page.location()));
    }

    private void note(Element element) {
        String tag = element.normalName();
        if (tag.equals("h1")) {
            headings.add(element);
        } else if (tag.equals("time") && element.hasAttr("datetime")) {
            times.add(element);
        } else if (tag.equals("link") && canonical == null && element.attr("rel").equalsIgnoreCase("canonical")) {
            canonical = element.attr("href");
        }
        String itemprop = element.attr("itemprop");
        if (itemprop.equals("description") && standfirst == null) {
            standfirst = element;
        } else if (itemprop.equals("datePublished") && datePublished == null) {
            datePublished = element;
        } else if (itemprop.equals("author")) {
            authors.add(valueOf(element));
        } else if (itemprop.equals("name") && element.parent() != null && element.parent().closest("[itemprop=author]") != null) {
            authorNames.add(valueOf(element));
        }
        if (element.attr("rel").equalsIgnoreCase("author") && !tag.equals("link")) {
            authorLinks.add(element.text());
        }
        if (element.hasAttr("class")) {
            if (standfirst == null && STANDFIRST_CLASSES.stream().anyMatch(element::hasClass)) {
                standfirst = element;
            }
            if (BYLINE_CLASSES.stream().anyMatch(element::hasClass)) {
                bylines.add(element.text());
            }
        }
    }

    /**
     * The main heading when the window title contains it ("Regression testing" in "Regression testing -
     * Wikipedia"), as that is the headline without the site's name; otherwise the window title; a
     * page without one has its first heading, preferring one in the article.
     */
    private String title(String windowTitle) {
        String window = PageText.clean(windowTitle);
        if (window != null) {
            String shown = PageText.comparable(window);
            for (Element heading : headings) {
                String text = PageText.clean(heading.text());
                if (text != null && text.length() > 2 && shown.contains(PageText.comparable(text))) {
                    return text;
                }
            }
            return window;
        }
        for (Element heading : headings) {
            if (heading.closest("article, main, [role=main]") != null) {
                return heading.text();
            }
        }
        return headings.isEmpty() ? null : headings.get(0).text();
    }

    private String standfirst() {
        if (standfirst == null) {
            return null;
        }
        String text = valueOf(standfirst);
        return text.length() <= MAX_LINE ? text : null;
    }

    /** Names from microdata, else author links, else elements styled as bylines; the first kind found. */
    private String byline() {
        for (List<String> names : List.of(authorNames, authors, authorLinks, bylines)) {
            List<String> short_ = names.stream().filter(name -> name.length() <= MAX_LINE / 4).toList();
            if (!short_.isEmpty()) {
                return PageText.people(short_);
            }
        }
        return null;
    }

    /** In this order of trust: microdata, a time marked as the publication's, one in the article, any. */
    private String published() {
        if (datePublished != null) {
            return datePublished.hasAttr("datetime") ? datePublished.attr("datetime") : valueOf(datePublished);
        }
        for (Element time : times) {
            if (time.hasAttr("pubdate")) {
                return time.attr("datetime");
            }
        }
        for (String container : List.of("article", "main")) {
            for (Element time : times) {
                if (time.closest(container) != null) {
                    return time.attr("datetime");
                }
            }
        }
        return times.isEmpty() ? null : times.get(0).attr("datetime");
    }

    private static String valueOf(Element element) {
        return element.hasAttr("content") ? element.attr("content") : element.text();
    }
}
