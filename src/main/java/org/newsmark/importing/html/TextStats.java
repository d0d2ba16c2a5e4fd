package org.newsmark.importing.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element holds, how much of it is link text, and how much is prose, counted in
 * one pass over the page (iteratively: pages nest deeply). Counts are of non-space characters, so
 * indentation in the markup does not count as text.
 */
final class TextStats {

    /** A paragraph shorter than this is a label, a caption or a button, not prose. */
    static final int MIN_PARAGRAPH = 30;
    /** Text directly in a {@code div} (pages that separate paragraphs with {@code <br>}) counts from this length. */
    static final int MIN_LOOSE_TEXT = 100;

    private static final class Counts {
        int text;
        int links;
        int own;
        int prose;
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    int text(Element element) {
        Counts c = counts.get(element);
        return c == null ? 0 : c.text;
    }

    /** The share of the element's text that is link text: near 1 for menus and link lists. */
    double linkDensity(Element element) {
        Counts c = counts.get(element);
        return c == null || c.text == 0 ? 0 : (double) c.links / c.text;
    }

    /** The text of the element's paragraphs that are not mostly links. */
    int prose(Element element) {
        Counts c = counts.get(element);
        return c == null ? 0 : c.prose;
    }

    /**
     * The length of the element as a paragraph: a {@code <p>} or {@code <pre>} counts its whole text, any
     * other element the text directly inside it; 0 when that is too short or mostly links.
     */
    int paragraphLength(Element element) {
        Counts c = counts.get(element);
        if (c == null) {
            return 0;
        }
        boolean paragraph = element.nameIs("p") || element.nameIs("pre");
        int length = paragraph ? c.text : c.own >= MIN_LOOSE_TEXT ? c.own : 0;
        return length >= MIN_PARAGRAPH && linkDensity(element) < 0.5 ? length : 0;
    }

    private final class Counter implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                int length = nonSpace(text.getWholeText());
                Counts c = counts.computeIfAbsent(parent, e -> new Counts());
                c.text += length;
                c.own += length;
                if (linkDepth > 0) {
                    c.links += length;
                }
            } else if (node instanceof Element element && element.nameIs("a")) {
                linkDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (element.nameIs("a")) {
                linkDepth--;
            }
            Counts c = counts.computeIfAbsent(element, e -> new Counts());
            c.prose += paragraphLength(element);
            if (element.parent() != null) {
                Counts parent = counts.computeIfAbsent(element.parent(), e -> new Counts());
                parent.text += c.text;
                parent.links += c.links;
                parent.prose += c.prose;
            }
        }
    }

    private static int nonSpace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!PageText.isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
