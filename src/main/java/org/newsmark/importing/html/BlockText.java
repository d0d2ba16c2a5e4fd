package org.newsmark.importing.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of part of a page as blocks, the way a reader sees its paragraphs: every paragraph,
 * heading, list item, quotation and table row is a block of its own; a {@code <br>} is a line break
 * inside a block and two of them end it; runs of blank space become one space. Each block keeps how
 * much of it is link text, so that lists of links can be told from prose.
 */
final class BlockText {

    enum Kind { HEADING, PARAGRAPH, ITEM, QUOTE }

    record Block(Kind kind, int level, String text, double linkDensity) {
    }

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n(?:\\s*\n)+");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<Element> open = new ArrayDeque<>();
    private int linkChars;
    private int chars;
    private int linkDepth;
    private int preDepth;

    private BlockText() {
    }

    static List<Block> of(List<Element> roots) {
        BlockText text = new BlockText();
        NodeVisitor visitor = text.new Visitor();
        for (Element root : roots) {
            NodeTraversor.traverse(visitor, root);
            text.endBlock();
        }
        return text.blocks;
    }

    private final class Visitor implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    lineBreak();
                } else if (tag.equals("td") || tag.equals("th")) {
                    append(" ");
                } else if (BLOCKS.contains(tag)) {
                    endBlock();
                    open.push(element);
                }
                linkDepth += tag.equals("a") ? 1 : 0;
                preDepth += tag.equals("pre") ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag) && !tag.equals("td") && !tag.equals("th")) {
                    endBlock();
                    open.remove(element);
                }
                linkDepth -= tag.equals("a") ? 1 : 0;
                preDepth -= tag.equals("pre") ? 1 : 0;
            }
        }
    }

    /** Adds text, collapsing blank space as browsers do (except line breaks inside {@code <pre>}). */
    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue; // soft hyphens and zero-width spaces: invisible on the page, in the way of search
            } else if (c == '\n' && preDepth > 0) {
                lineBreak();
            } else if (PageText.isSpace(c) || Character.isISOControl(c)) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ' && line.charAt(line.length() - 1) != '\n') {
                    line.append(' ');
                }
            } else {
                line.append(c);
                chars++;
                linkChars += linkDepth > 0 ? 1 : 0;
            }
        }
    }

    private void lineBreak() {
        trimTrailingSpace();
        line.append('\n');
    }

    /** Ends the current block; a double line break inside it ({@code <br><br>}) ends a paragraph. */
    private void endBlock() {
        trimTrailingSpace();
        double density = chars == 0 ? 0 : (double) linkChars / chars;
        Kind kind = kind();
        int level = kind == Kind.HEADING ? open.peek().normalName().charAt(1) - '0' : 0;
        String text = line.toString();
        for (String part : text.indexOf('\n') < 0 ? new String[] {text} : PARAGRAPH_BREAK.split(text)) {
            String block = part.strip();
            if (!block.isEmpty()) {
                blocks.add(new Block(kind, level, block, density));
            }
        }
        line.setLength(0);
        chars = 0;
        linkChars = 0;
    }

    private Kind kind() {
        Element innermost = open.peek();
        if (innermost != null && isHeading(innermost.normalName())) {
            return Kind.HEADING;
        }
        for (Element element : open) {
            if (element.nameIs("blockquote")) {
                return Kind.QUOTE;
            }
            if (element.nameIs("li") || element.nameIs("dd") || element.nameIs("dt")) {
                return Kind.ITEM;
            }
        }
        return Kind.PARAGRAPH;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private void trimTrailingSpace() {
        while (line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
            line.setLength(line.length() - 1);
        }
    }
}
