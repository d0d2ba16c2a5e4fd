package org.newsmark.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmark.model.ArticleDraft;

/**
 * Reads a news article saved as plain text. It understands the layouts news files come in:
 * <ul>
 *   <li>the headline on the first line, the standfirst on the second, one paragraph a line after
 *       that, and a trailing source line such as {@code -BBC} naming the outlet (BBC style);</li>
 *   <li>the headline, a dateline such as {@code Friday, July 21, 2017}, then paragraphs separated
 *       by blank lines (Wikinews style).</li>
 * </ul>
 * The stored text is the file's text with line endings made {@code \n}, the source line and trailing
 * blank space removed; the headline and standfirst stay in it, so they can be annotated too.
 */
public final class NewsTextReader {

    /**
     * "-BBC", "— Reuters", "Source: AP": a short name after a dash, without the full stop a last
     * sentence would have ("- The company declined to comment." stays text).
     */
    private static final Pattern SOURCE_LINE =
            Pattern.compile("^(?:[-\u2013\u2014]\\s*|Source:\\s*)(\\p{L}[\\p{L}\\p{N}&'/ -]{0,39})$");
    private static final int MAX_SOURCE_WORDS = 4;

    public ArticleDraft read(String text, ArticleMetadata metadata) throws ImportException {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        String source = metadata.source();
        Matcher sourceLine = SOURCE_LINE.matcher(lastLine(normalized).strip());
        if (sourceLine.matches() && sourceLine.group(1).strip().split("\\s+").length <= MAX_SOURCE_WORDS
                && hasTextBefore(normalized)) {
            if (source == null) {
                source = sourceLine.group(1).strip();
            }
            normalized = normalized.substring(0, normalized.stripTrailing().lastIndexOf('\n'));
        }
        String body = normalized.stripTrailing();
        if (body.isBlank()) {
            throw new ImportException("the file has no text");
        }
        List<String> blocks = blocks(body);
        String title = metadata.title() != null ? metadata.title() : blocks.get(0);
        String standfirst = null;
        String published = metadata.published();
        if (blocks.size() > 2) {
            Optional<String> dateline = Datelines.parse(blocks.get(1));
            if (dateline.isPresent()) {
                published = published != null && published.startsWith(dateline.get()) ? published : dateline.get();
            } else {
                standfirst = blocks.get(1);
            }
        }
        return new ArticleDraft(title, standfirst, source, metadata.byline(), published, metadata.url(), body);
    }

    private static String lastLine(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }

    private static boolean hasTextBefore(String text) {
        String trimmed = text.stripTrailing();
        int lastBreak = trimmed.lastIndexOf('\n');
        return lastBreak > 0 && !trimmed.substring(0, lastBreak).isBlank();
    }

    /**
     * The text's paragraphs: separated by blank lines when it has any, otherwise one a line.
     * Lines inside a blank-line-separated paragraph are joined with a space (hard-wrapped text).
     */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        boolean blankSeparated = text.strip().contains("\n\n") || text.strip().matches("(?s).*\n[ \t]+\n.*");
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                flush(blocks, block);
            } else if (blankSeparated) {
                block.append(block.length() > 0 ? " " : "").append(line.strip());
            } else {
                flush(blocks, block);
                block.append(line.strip());
            }
        }
        flush(blocks, block);
        return blocks;
    }

    private static void flush(List<String> blocks, StringBuilder block) {
        if (block.length() > 0) {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }
}
