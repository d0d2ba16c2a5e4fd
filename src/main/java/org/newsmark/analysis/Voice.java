package org.newsmark.analysis;

/** One speaker of a quote, with the speaker type this attribution gives them. */
public record Voice(Speaker speaker, String type) {
}
