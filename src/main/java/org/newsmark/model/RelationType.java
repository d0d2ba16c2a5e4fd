package org.newsmark.model;

/**
 * The typed links between annotations of one article. None of them may form a cycle: a claim
 * attributed to a speaker that is attributed to the claim says nothing a coder could mean.
 */
public enum RelationType {
    /** A claim or quote (the content) is attributed to a speaker (the source). */
    ATTRIBUTED_TO("attributed_to", "attributed to"),
    /** A claim or quote is signalled by a cue ("told the BBC", "said", "according to"). */
    CUE("cue", "signalled by"),
    /** Context is about a claim. */
    ABOUT("about", "about"),
    /**
     * A fragment of a discontinuous span continues the fragment before it (brat's {@code T1 Type 0 5;10 15}):
     * the later fragment is {@code from}, the earlier {@code to}. The first fragment carries the span's
     * other links, attributes and note.
     */
    CONTINUES("continues", "continues");

    private final String code;
    private final String phrase;

    RelationType(String code, String phrase) {
        this.code = code;
        this.phrase = phrase;
    }

    public String code() {
        return code;
    }

    /** How the link reads between its ends: "claim attributed to speaker". */
    public String phrase() {
        return phrase;
    }

    public static RelationType fromCode(String code) {
        for (RelationType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown link type \"" + code + "\"; one of attributed_to, cue, about, continues");
    }
}
