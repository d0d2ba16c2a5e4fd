package org.newsmark.importing.html;

import org.newsmark.importing.Datelines;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.NewsTextReader;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.ArticleDraft;

/**
 * Lays out an article read from a web page as the plain-text reader lays out a news file (see
 * {@link NewsTextReader}): the headline first, then the standfirst if there is one, then the
 * paragraphs, separated by blank lines, so both can be annotated like the rest of the text.
 */
final class ArticleLayout {

    /** A page's heading is looked for this far down: a section label or kicker may come before it. */
    private static final int HEADLINE_REACH = 3;
    private static final int MAX_KICKER_WORDS = 8;
    private static final int MAX_TITLE = 200;

    private ArticleLayout() {
    }

    static ArticleDraft compose(PageFields metadata, List<String> body) throws ImportException {
        List<String> blocks = new ArrayList<>(body);
        String headline = metadata.title();
        if (headline != null) {
            headline = takePrintedHeadline(blocks, headline);
        }
        if (blocks.isEmpty()) {
            throw new ImportException("no article text was found on the page");
        }
        List<String> text = new ArrayList<>();
        String standfirst = null;
        if (headline == null) {
            // A page without any title: its first block heads the text, as in a plain-text file.
            headline = blocks.get(0);
        } else {
            text.add(headline);
            standfirst = standfirst(metadata.standfirst(), headline, blocks);
            if (standfirst != null) {
                text.add(standfirst);
            }
        }
        text.addAll(blocks);
        String published = metadata.published();
        if (published == null && !blocks.isEmpty()) {
            published = Datelines.parse(blocks.get(0)).orElse(null);
        }
        return new ArticleDraft(shortened(headline), standfirst, metadata.source(), metadata.byline(), published,
                metadata.url(), String.join("\n\n", text));
    }

    /**
     * Takes the headline as the page prints it out of the blocks, as it is already the text's first
     * line (and a section label or kicker above it with it). Metadata sometimes cuts a long headline
     * short with an ellipsis; then the printed, whole headline is the one returned.
     */
    private static String takePrintedHeadline(List<String> blocks, String headline) {
        String stem = PageText.comparable(PageText.withoutEllipsis(headline));
        boolean shortened = stem.length() >= 20 && !PageText.withoutEllipsis(headline).equals(headline);
        for (int i = 0; i < Math.min(HEADLINE_REACH, blocks.size()); i++) {
            String block = blocks.get(i);
            if (PageText.sameText(block, headline) || (shortened && PageText.comparable(block).startsWith(stem))) {
                boolean kickers = blocks.subList(0, i).stream().allMatch(b -> b.split("\\s+").length <= MAX_KICKER_WORDS);
                blocks.subList(kickers ? 0 : i, i + 1).clear();
                return shortened ? block : headline;
            }
        }
        return headline;
    }

    /**
     * The standfirst when it is one: the page's first paragraph (then it is moved, not repeated) or a
     * summary that is nowhere in the text. A description that merely quotes the text (an automatic
     * excerpt, a pull quote) is not a standfirst, nor is a description that repeats the headline.
     */
    private static String standfirst(String description, String headline, List<String> blocks) {
        if (description == null || PageText.sameText(description, headline)) {
            return null;
        }
        if (PageText.sameText(blocks.get(0), description)) {
            return blocks.remove(0);
        }
        String excerpt = PageText.comparable(PageText.withoutEllipsis(description));
        String key = excerpt.substring(0, Math.min(excerpt.length(), 100));
        if (key.length() >= 20) {
            for (String block : blocks) {
                if (PageText.comparable(block).contains(key)) {
                    return null;
                }
            }
        }
        return description;
    }

    /** A title made from a long first paragraph is cut at a word. */
    private static String shortened(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_TITLE - 1);
        return title.substring(0, cut > 0 ? cut : MAX_TITLE - 1) + "\u2026";
    }
}
