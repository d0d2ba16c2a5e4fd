package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.Article;

/**
 * How an article's text is laid out for display: the paragraphs, their roles, and the text the
 * view shows.
 *
 * <p>The view lays out each paragraph as one unit, so restyling any part of a very long paragraph
 * costs time in proportion to the whole paragraph (a 100 KB paragraph: most of a second). Overlong
 * paragraphs are therefore broken for display at a space, which is shown as a line break. The
 * display text has exactly the same length as the article text, so every offset means the same in
 * both and annotations need no mapping.
 */
public record ArticleLayout(String displayText, List<Paragraph> paragraphs) {

    /** Paragraphs longer than this are broken for display. */
    public static final int MAX_DISPLAY_PARAGRAPH = 2_000;

    /** A displayed paragraph: {@code [start, end)} of the text, without its line break. */
    public record Paragraph(int start, int end, ParagraphRole role) {
    }

    public static ArticleLayout of(Article article) {
        return of(article, MAX_DISPLAY_PARAGRAPH);
    }

    static ArticleLayout of(Article article, int maxParagraph) {
        String text = article.text();
        char[] display = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        int nonBlank = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            ParagraphRole role = line.isBlank() ? ParagraphRole.BLANK : roleOf(article, line, nonBlank++);
            int pieceStart = lineStart;
            while (lineEnd - pieceStart > maxParagraph) {
                int cut = breakPoint(text, pieceStart, maxParagraph);
                if (cut < 0) {
                    break;
                }
                if (display == null) {
                    display = text.toCharArray();
                }
                display[cut] = '\n';
                paragraphs.add(new Paragraph(pieceStart, cut, role));
                role = ParagraphRole.CONTINUATION;
                pieceStart = cut + 1;
            }
            paragraphs.add(new Paragraph(pieceStart, lineEnd, role));
            lineStart = lineEnd + 1;
        }
        return new ArticleLayout(display == null ? text : new String(display), List.copyOf(paragraphs));
    }

    private static ParagraphRole roleOf(Article article, String line, int nonBlankIndex) {
        if (nonBlankIndex == 0) {
            return ParagraphRole.HEADLINE;
        }
        if (nonBlankIndex == 1) {
            if (article.standfirst() != null && line.strip().equals(article.standfirst().strip())) {
                return ParagraphRole.STANDFIRST;
            }
            String published = article.published();
            if (published != null && published.length() >= 4 && line.length() <= 40 && line.contains(published.substring(0, 4))) {
                return ParagraphRole.DATELINE;
            }
        }
        return ParagraphRole.BODY;
    }

    /**
     * Where to break a paragraph that starts at {@code from}: the last space within the limit,
     * preferably after a sentence, or -1 when there is no space to break at.
     */
    private static int breakPoint(String text, int from, int maxParagraph) {
        int limit = from + maxParagraph;
        int fallback = -1;
        for (int i = limit; i > from + maxParagraph / 2; i--) {
            if (text.charAt(i) == ' ') {
                if (i > 0 && ".!?\u201D\"".indexOf(text.charAt(i - 1)) >= 0) {
                    return i;
                }
                if (fallback < 0) {
                    fallback = i;
                }
            }
        }
        return fallback;
    }

    /** The index of the paragraph holding {@code offset} (or the line break after it). */
    public int paragraphAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (paragraphs.get(middle).start() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
