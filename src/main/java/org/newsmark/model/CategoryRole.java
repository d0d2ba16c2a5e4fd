package org.newsmark.model;

/**
 * What part a category plays in attribution (PARC, PolNeAR): the source who speaks, the content
 * attributed to them, the cue that signals it, or context about it. Attribution gestures work by
 * role, so they keep working when categories are renamed or a different codebook is used.
 */
public enum CategoryRole {
    SOURCE("source"),
    CONTENT("content"),
    CUE("cue"),
    CONTEXT("context");

    private final String code;

    CategoryRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The role with this code, or null for no code. */
    public static CategoryRole fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (CategoryRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown category role \"" + code + "\"; one of source, content, cue, context");
    }
}
