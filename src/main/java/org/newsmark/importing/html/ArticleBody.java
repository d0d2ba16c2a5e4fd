package org.newsmark.importing.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsmark.importing.html.BlockText.Block;
import org.newsmark.importing.html.BlockText.Kind;

/**
 * The article's paragraphs on a saved page: the page cleaned of furniture, the article's place found,
 * its text read as blocks, and blocks that are not prose dropped: lists of links (related stories,
 * tags, sources), leftover labels ("Advertisement"), and headings whose section lost all its text.
 */
final class ArticleBody {

    /** Mostly-link blocks are navigation or link lists, however they were marked up. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private static final Set<String> LABELS = Set.of("advertisement", "advertising", "anzeige", "publicité",
            "share", "share this", "share this article", "read more", "continue reading", "skip to content",
            "skip to main content", "loading", "loading...");

    /** Sections that close encyclopedia and wiki news pages: lists of sources and links, not the article. */
    private static final Set<String> END_MATTER = Set.of("see also", "external links", "references", "sources",
            "further reading", "bibliography", "footnotes", "related news", "related articles", "related stories");

    private ArticleBody() {
    }

    /** The article's blocks of text, in page order; empty when the page has none. Changes {@code page}. */
    static List<String> blocks(Document page) {
        PageCleaner.clean(page);
        for (List<Element> place : ArticleContainer.choices(page)) {
            List<String> blocks = prose(BlockText.of(place));
            if (!blocks.isEmpty()) {
                return blocks;
            }
        }
        return List.of();
    }

    private static List<String> prose(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (block.linkDensity() <= MAX_LINK_DENSITY && !LABELS.contains(block.text().toLowerCase(Locale.ROOT))) {
                kept.add(block);
            }
        }
        List<String> text = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Block block = kept.get(i);
            if (block.kind() == Kind.HEADING && isEndMatter(block)) {
                i = sectionEnd(kept, i) - 1;
            } else if (block.kind() != Kind.HEADING || sectionHasText(kept, i)) {
                text.add(block.text());
            }
        }
        return text;
    }

    private static boolean isEndMatter(Block heading) {
        return END_MATTER.contains(heading.text().toLowerCase(Locale.ROOT).replaceFirst("[\\s:]+$", ""));
    }

    /** Where the heading's section ends: at the next heading of its rank or higher, or the end. */
    private static int sectionEnd(List<Block> blocks, int heading) {
        int level = blocks.get(heading).level();
        int i = heading + 1;
        while (i < blocks.size() && !(blocks.get(i).kind() == Kind.HEADING && blocks.get(i).level() <= level)) {
            i++;
        }
        return i;
    }

    /** Whether text follows the heading before the next heading of its rank or higher. */
    private static boolean sectionHasText(List<Block> blocks, int heading) {
        return blocks.subList(heading + 1, sectionEnd(blocks, heading)).stream()
                .anyMatch(block -> block.kind() != Kind.HEADING);
    }
}
