package org.newsmark.importing.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes out of a page what is never the article: scripts and styles, embedded media and forms,
 * navigation, headers and footers, sidebars, hidden elements, and boxes whose class names say they
 * are share buttons, advertisements, cookie notices, newsletter sign-ups, related links or reader
 * comments. A box that holds most of the page's prose is kept whatever its name ("content
 * has-sidebar"), and so is anything around the page's marked main content or article body.
 */
final class PageCleaner {

    /** Elements whose text, if any, is never article text. */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "math", "button", "input", "select", "textarea", "option", "label", "dialog",
            "menu", "figcaption", "picture", "video", "audio", "map", "link", "meta");

    /** Page furniture by tag and by ARIA role: removed unless they hold the article. */
    private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    private PageCleaner() {
    }

    static void clean(Document page) {
        Element body = page.body();
        TextStats stats = TextStats.of(body);
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marked : page.select("[itemprop=articleBody], main, [role=main]")) {
            kept.add(marked);
            kept.addAll(marked.parents());
        }
        int pageProse = stats.prose(body);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != body && node instanceof Element element && isJunk(element, stats, kept, pageProse)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    private static boolean isJunk(Element element, TextStats stats, Set<Element> kept, int pageProse) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (kept.contains(element)) {
            return false;
        }
        if (ClassNames.isComments(element) && !tag.equals("article") && !tag.equals("main")) {
            // Comment threads can outweigh the article; only a box holding the headline is spared. An
            // article or main element named so ("post has-comments") falls to the rule for all boxes.
            return element.selectFirst("h1") == null;
        }
        boolean holdsMostProse = pageProse > 0 && stats.prose(element) * 2 >= pageProse;
        if (holdsMostProse) {
            return false;
        }
        return FURNITURE.contains(tag) || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || isHidden(element) || ClassNames.isJunk(element);
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
                || element.hasClass("hidden")) {
            return true;
        }
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
