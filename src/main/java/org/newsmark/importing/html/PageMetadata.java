package org.newsmark.importing.html;

import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.SidecarReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * An article's metadata from all that a saved page says about it, field by field in order of trust:
 * what came from outside the file (a sidecar, the address it was fetched from), then JSON-LD, then
 * OpenGraph, then other meta tags, then what the page shows. The outlet falls back to the host of
 * the article's address; a site name is taken off the end of a window title.
 */
final class PageMetadata {

    private static final List<String> TITLE_SEPARATORS = List.of(" - ", " | ", " \u2013 ", " \u2014 ", " \u00B7 ",
            " :: ", " \u00BB ", " / ", ": ");

    private PageMetadata() {
    }

    static PageFields read(Document page, ArticleMetadata outside) {
        MetaTagMetadata tags = new MetaTagMetadata(page);
        PageFields jsonLd = JsonLdMetadata.read(page);
        PageFields openGraph = tags.openGraph();
        PageFields otherTags = tags.otherTags();
        PageFields found = jsonLd.or(openGraph).or(otherTags).or(InPageMetadata.read(page));
        found = new PageFields(found.title(), found.standfirst(), found.source(), found.byline(), found.published(),
                PageText.absoluteUrl(found.url(), page.location()));
        PageFields merged = PageFields.of(outside).or(found);
        String host = SidecarReader.hostOf(merged.url());
        if (outside.title() == null && merged.title() != null) {
            List<String> siteNames = new ArrayList<>();
            for (String name : new String[] {merged.source(), jsonLd.source(), openGraph.source(), otherTags.source(), host}) {
                if (name != null) {
                    siteNames.add(name);
                }
            }
            merged = merged.withTitle(withoutSiteName(merged.title(), siteNames));
        }
        return merged.source() != null ? merged : merged.withSource(host);
    }

    /** "Headline - Outlet" or "Outlet | Headline" as "Headline", for each of the site's names. */
    static String withoutSiteName(String title, List<String> siteNames) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String name : siteNames) {
            String site = name.toLowerCase(Locale.ROOT);
            for (String separator : TITLE_SEPARATORS) {
                if (lower.endsWith(separator + site) && lower.length() > separator.length() + site.length()) {
                    return title.substring(0, title.length() - separator.length() - site.length()).strip();
                }
                if (lower.startsWith(site + separator) && lower.length() > separator.length() + site.length()) {
                    return title.substring(site.length() + separator.length()).strip();
                }
            }
        }
        return title;
    }
}
