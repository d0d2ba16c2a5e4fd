package org.newsmark.importing.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say it is. Page templates name their boxes
 * ("share-icons", "commentList", "mw-editsection"), so the words in those names tell navigation,
 * share buttons and comment threads from the article. Names are split at dashes, underscores and
 * camel case; WordPress's taxonomy classes ("category-social-media", "tag-cookies") are ignored, as
 * they describe the article's topic, not the box.
 */
final class ClassNames {

    /** Boxes that are never the article: navigation, sharing, advertising, comments, wiki furniture. */
    private static final Set<String> JUNK = Set.of(
            "nav", "navbar", "navigation", "navbox", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "header", "masthead", "footer", "postfooter", "sidebar", "widget", "banner", "popup", "modal", "toolbar",
            "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe", "subscription", "signup",
            "cookie", "cookies", "consent", "gdpr", "paywall",
            "ad", "ads", "adslot", "advert", "advertisement", "sponsor", "sponsored", "promo", "outbrain", "taboola",
            "related", "recommended", "byline", "meta", "postmeta", "caption", "thumb", "thumbcaption",
            "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden",
            "toc", "editsection", "catlinks", "printfooter", "noprint", "hatnote", "ambox", "infobox", "jump", "skip",
            "sitesub", "contentsub", "reference", "references", "reflist",
            "comment", "comments", "commentlist", "disqus", "respond");

    /**
     * Reader comments: removed even when they outweigh the article. (Not "hidden": as a word it also
     * comes from "hidden-xs", shown everywhere but on phones.)
     */
    private static final Set<String> COMMENTS = Set.of("comment", "comments", "commentlist", "disqus", "respond");

    private static final Set<String> CONTENT = Set.of("article", "articlebody", "content", "entry", "body", "story",
            "text", "main", "post", "prose");

    private ClassNames() {
    }

    static boolean isJunk(Element element) {
        return matches(element, JUNK);
    }

    static boolean isComments(Element element) {
        return matches(element, COMMENTS);
    }

    static boolean soundsLikeContent(Element element) {
        return matches(element, CONTENT);
    }

    private static boolean matches(Element element, Set<String> vocabulary) {
        if (!element.hasAttr("class") && !element.hasAttr("id")) {
            return false;
        }
        for (String word : words(element)) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> words(Element element) {
        Set<String> words = new HashSet<>();
        for (String name : (element.className() + " " + element.id()).split("\\s+")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || lower.startsWith("category-") || lower.startsWith("tag-")
                    || lower.startsWith("topic-")) {
                continue;
            }
            words.add(lower);
            for (String part : name.split("[-_.:]+|(?<=[a-z])(?=[A-Z])")) {
                if (!part.isEmpty()) {
                    words.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
