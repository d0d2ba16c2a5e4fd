package org.newsmark.suggest;

import org.newsmark.model.TextSpans.Range;

/**
 * A proposed attribution relation in the source-cue-content pattern of PARC 3.0 and PolNeAR: who
 * ({@code source}) is reported, by which word or phrase ({@code cue}), to have said, written or
 * believed what ({@code content}): the attribution {@link AttributionSuggester#propose} proposes for
 * a selection. Each range is a span of the article's text inside the selection, or null when that
 * part lies outside it or was not found; a proposal always has content.
 *
 * @param referent for a pronoun source ("He"), the earlier mention it refers to ("Mr Musk"), which may
 *                 lie outside the selection; else null
 */
public record Attribution(Range content, Range cue, Range source, Range referent) {

    public Attribution(Range content, Range cue, Range source) {
        this(content, cue, source, null);
    }
}
