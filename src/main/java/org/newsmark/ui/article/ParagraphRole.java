package org.newsmark.ui.article;

/** What a displayed paragraph is, which decides how it looks. */
public enum ParagraphRole {
    HEADLINE,
    STANDFIRST,
    DATELINE,
    BODY,
    /** A piece of an overlong paragraph, split for display only. */
    CONTINUATION,
    BLANK
}
