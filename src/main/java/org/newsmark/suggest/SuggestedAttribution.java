package org.newsmark.suggest;

import java.util.List;
import java.util.Objects;
import org.newsmark.model.TextSpans.Range;

/**
 * One attribution found in an article: who ({@code source}) is reported, by which words
 * ({@code cue}), to have said, written or believed what ({@code content}). Offsets are UTF-16
 * offsets of the article's text, end exclusive, as {@link org.newsmark.model.Annotation} counts them.
 *
 * @param content    the content's parts, in text order, at least one: a quotation interrupted by its
 *                   cue ("“We will win,” he said, “and soon.”") has two, and a quotation continued
 *                   over several sentences or paragraphs one per sentence or paragraph
 * @param cue        the cue ("said", "told the BBC", "according to", a colon), or null when there is
 *                   none in the text (a quotation continued from an earlier attribution)
 * @param source     the source as written here ("Mr Musk", "a spokesman for the campaign", "he"), or
 *                   null when the text names none
 * @param referent   for a pronoun source ("he", "she"), the earlier mention it refers to; for a
 *                   continued quotation without a source here, the source it continues; else null
 * @param person     the person of the project's speaker registry the source (or its referent) names,
 *                   or null
 * @param speech     whether the content is quoted word for word, reported, or both
 * @param confidence how likely the suggestion is right as a whole, from 0 to 1: the share of such
 *                   suggestions that were right on the corpus the rules were tuned on
 */
public record SuggestedAttribution(List<Range> content, Range cue, Range source, Range referent, PersonMatch person,
        Speech speech, double confidence) {

    /** How the content renders what was said. */
    public enum Speech {
        /** Quoted word for word, in quotation marks. */
        DIRECT,
        /** Reported in the writer's words. */
        INDIRECT,
        /** Reported, with quoted words inside ("he called it “a disgrace”"). */
        MIXED
    }

    public SuggestedAttribution {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("An attribution needs content");
        }
        Objects.requireNonNull(speech, "speech");
    }

    /** From the start of the first part of the content to the end of its last. */
    public Range contentExtent() {
        return new Range(content.get(0).start(), content.get(content.size() - 1).end());
    }

    /** Where the attribution starts and ends in the text, all its spans included. */
    public Range extent() {
        int start = contentExtent().start();
        int end = contentExtent().end();
        for (Range part : new Range[] {cue, source}) {
            if (part != null) {
                start = Math.min(start, part.start());
                end = Math.max(end, part.end());
            }
        }
        return new Range(start, end);
    }
}
