package org.newsmark.suggest;

import org.newsmark.model.TextSpans.Range;

/**
 * A proposed attribution relation in the source-cue-content pattern of PARC 3.0 and PolNeAR: who
 * ({@code source}) is reported, by which word or phrase ({@code cue}), to have said, written or
 * believed what ({@code content}). Each range is a span of the article's text, or null when that
 * part was not found in the selection; a proposal always has content.
 */
public record Attribution(Range content, Range cue, Range source) {
}
