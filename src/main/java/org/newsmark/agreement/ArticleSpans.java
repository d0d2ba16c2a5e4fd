package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.model.CodedSpan;

/**
 * One article's spans as units of a unitizing study: offsets and lengths in Unicode code points
 * (as brat and DKPro's brat-based studies count them; Newsmark stores UTF-16 offsets), per studied
 * category and coder. A span counts for a studied category when its own category is that one or
 * one of its sub-categories.
 */
final class ArticleSpans {

    final long id;
    final List<String> coders;
    /** The article text's length in code points: the continuum. */
    final long length;
    private final Map<String, Map<String, List<long[]>>> units = new HashMap<>();
    private final String text;
    private final boolean plain;

    ArticleSpans(long id, String text, List<String> coders, List<CodedSpan> annotations, Map<String, Set<Long>> categories) {
        this.id = id;
        this.coders = List.copyOf(coders);
        this.text = text;
        this.plain = text.codePointCount(0, text.length()) == text.length();
        this.length = plain ? text.length() : text.codePointCount(0, text.length());
        for (CodedSpan annotation : annotations) {
            if (!coders.contains(annotation.annotator())) {
                continue;
            }
            long begin = plain ? annotation.start() : text.codePointCount(0, annotation.start());
            long end = plain ? annotation.end() : text.codePointCount(0, annotation.end());
            categories.forEach((category, ids) -> {
                if (ids.contains(annotation.categoryId())) {
                    units.computeIfAbsent(category, c -> new HashMap<>())
                            .computeIfAbsent(annotation.annotator(), c -> new ArrayList<>()).add(new long[] {begin, end - begin});
                }
            });
        }
    }

    /** An annotation's span as {begin, length} in code points. */
    long[] toCodePoints(CodedSpan annotation) {
        long begin = plain ? annotation.start() : text.codePointCount(0, annotation.start());
        long end = plain ? annotation.end() : text.codePointCount(0, annotation.end());
        return new long[] {begin, end - begin};
    }

    /** A coder's units of a category, as {begin, length}. */
    List<long[]> units(String category, String coder) {
        return units.getOrDefault(category, Map.of()).getOrDefault(coder, List.of());
    }

    int unitCount() {
        return units.values().stream().flatMap(byCoder -> byCoder.values().stream()).mapToInt(List::size).sum();
    }
}
