package org.newsmark.importing.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's metadata from the page's {@code <meta>} tags: OpenGraph ({@code og:*},
 * {@code article:*}, written for social networks) as one layer, and the older conventions (plain
 * {@code author}/{@code description}, Dublin Core {@code dc.*}, Parse.ly, Sailthru, Twitter cards) as
 * another. Tags are looked up by {@code property} or {@code name}, whichever the page used.
 */
final class MetaTagMetadata {

    private final Map<String, List<String>> contents = new HashMap<>();

    MetaTagMetadata(Document page) {
        for (Element meta : page.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (!key.isBlank()) {
                contents.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(meta.attr("content"));
            }
        }
    }

    PageFields openGraph() {
        return new PageFields(first("og:title"), first("og:description"), first("og:site_name"),
                PageText.people(all("article:author")), first("article:published_time"), first("og:url"));
    }

    PageFields otherTags() {
        List<String> authors = new ArrayList<>();
        for (String key : List.of("author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")) {
            authors.addAll(all(key));
            if (!authors.isEmpty()) {
                break;
            }
        }
        String url = first("parsely-link", "dc.identifier", "dcterms.identifier");
        return new PageFields(
                first("dc.title", "dcterms.title", "parsely-title", "sailthru.title", "twitter:title"),
                first("description", "dc.description", "dcterms.description", "dcterms.abstract", "twitter:description"),
                first("dc.publisher", "dcterms.publisher", "application-name"),
                PageText.people(authors),
                first("date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
                        "dcterms.issued", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date",
                        "article.published", "citation_publication_date", "citation_date"),
                url != null && url.startsWith("http") ? url : null);
    }

    private String first(String... keys) {
        for (String key : keys) {
            for (String value : all(key)) {
                String clean = PageText.clean(value);
                if (clean != null) {
                    return clean;
                }
            }
        }
        return null;
    }

    private List<String> all(String key) {
        return contents.getOrDefault(key, List.of());
    }
}
