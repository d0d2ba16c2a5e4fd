package org.newsmark.importing.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.CodePointOffsets;
import org.newsmark.model.ShortText;
import org.newsmark.model.TextSpans;

/**
 * Finds where a target's selectors point in an article's text. A {@code TextPositionSelector} counts
 * code points, as the standard says; its span is taken when it has the text the
 * {@code TextQuoteSelector} quotes (or when there is no quote). When they disagree (the text was
 * edited, another tool counted otherwise) the quote decides: of the places the exact words occur, the
 * one whose surroundings best match the prefix and suffix, the nearest to the position on a tie. A
 * quote that occurs nowhere leaves the target unanchored.
 */
final class Anchoring {

    /** Where the target lies, or why it cannot be placed; {@code moved} says it was found by its quote against its position. */
    record Anchor(int start, int end, boolean moved, int[] claimed, String problem) {
        static Anchor failed(String problem) {
            return new Anchor(-1, -1, false, null, problem);
        }
    }

    private final String text;
    private final CodePointOffsets offsets;

    Anchoring(String text) {
        this.text = text;
        this.offsets = CodePointOffsets.of(text);
    }

    Anchor anchor(JsonNode target) {
        List<JsonNode> selectors = new ArrayList<>();
        for (JsonNode selector : W3cChecks.values(target.get("selector"))) {
            collect(selector, selectors);
        }
        JsonNode position = null;
        JsonNode quote = null;
        List<String> others = new ArrayList<>();
        for (JsonNode selector : selectors) {
            if (W3cChecks.hasType(selector, "TextPositionSelector") && position == null) {
                position = selector;
            } else if (W3cChecks.hasType(selector, "TextQuoteSelector") && quote == null) {
                quote = selector;
            } else if (selector.has("type")) {
                others.add(selector.get("type").asText());
            }
        }
        if (position == null && quote == null) {
            return Anchor.failed(others.isEmpty() ? "it points at no span of the text (no TextPositionSelector or TextQuoteSelector)"
                    : "its selectors (" + String.join(", ", others) + ") cannot be resolved in plain text");
        }
        int[] claimed = null;
        if (position != null && position.path("start").canConvertToInt() && position.path("end").canConvertToInt()) {
            int start = offsets.toUtf16(position.path("start").intValue());
            int end = offsets.toUtf16(position.path("end").intValue());
            claimed = new int[] {position.path("start").intValue(), position.path("end").intValue()};
            if (start >= 0 && end > start && TextSpans.problem(text, start, end).isEmpty()) {
                String exact = quote == null ? null : quote.path("exact").asText(null);
                if (exact == null || text.regionMatches(start, exact, 0, exact.length()) && exact.length() == end - start) {
                    return new Anchor(start, end, false, claimed, null);
                }
            }
        }
        if (quote == null || quote.path("exact").asText("").isEmpty()) {
            return Anchor.failed(claimed == null ? "its TextPositionSelector has no start and end"
                    : "its position " + claimed[0] + "\u2013" + claimed[1] + " lies outside the text ("
                    + offsets.codePointLength() + " characters) and it has no quote to find it by");
        }
        String exact = quote.path("exact").asText();
        String prefix = quote.path("prefix").asText("");
        String suffix = quote.path("suffix").asText("");
        int near = claimed == null ? 0 : Math.max(0, offsets.toUtf16(Math.min(claimed[0], offsets.codePointLength())));
        int best = -1;
        int bestScore = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            if (TextSpans.problem(text, at, at + exact.length()).isPresent()) {
                continue;
            }
            int score = commonSuffix(text.substring(0, at), prefix) + commonPrefix(text.substring(at + exact.length()), suffix);
            if (score > bestScore || score == bestScore && Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
                bestScore = score;
            }
        }
        if (best < 0) {
            return Anchor.failed("its quote \u201C" + shorten(exact) + "\u201D is nowhere in the text");
        }
        return new Anchor(best, best + exact.length(), claimed != null, claimed, null);
    }

    /** The code-point offset of a UTF-16 one, to say where an annotation was found. */
    int codePoints(int utf16) {
        return offsets.toCodePoints(utf16);
    }

    /**
     * A selector, and the quotes that refine it: a quote inside a fragment (a paragraph of a page) is
     * still a quote of the text, but a position inside it counts from the fragment, which plain text
     * does not have.
     */
    private static void collect(JsonNode selector, List<JsonNode> selectors) {
        selectors.add(selector);
        quotesIn(selector, selectors);
    }

    private static void quotesIn(JsonNode selector, List<JsonNode> selectors) {
        for (JsonNode refinement : W3cChecks.values(selector.get("refinedBy"))) {
            if (W3cChecks.hasType(refinement, "TextQuoteSelector")) {
                selectors.add(refinement);
            }
            quotesIn(refinement, selectors);
        }
    }

    private static int commonSuffix(String before, String prefix) {
        int n = 0;
        while (n < before.length() && n < prefix.length()
                && before.charAt(before.length() - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String after, String suffix) {
        int n = 0;
        while (n < after.length() && n < suffix.length() && after.charAt(n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    static String shorten(String text) {
        return ShortText.of(text, 40).replace('\n', ' ');
    }
}
