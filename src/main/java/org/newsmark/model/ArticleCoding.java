package org.newsmark.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What a coder records about a whole article: a note and the values of the codebook's document
 * fields (by field id, canonical text).
 *
 * @param coder whose codes these are, or null for the project's own coder (the person working in
 *              this project); the note is always the project's coder's
 */
public record ArticleCoding(long articleId, String note, Map<Long, String> values, String coder) {

    public ArticleCoding {
        note = note == null ? "" : note;
        values = Map.copyOf(values);
        coder = coder == null || coder.isBlank() ? null : coder;
    }

    /** The project's own coder's note and codes. */
    public ArticleCoding(long articleId, String note, Map<Long, String> values) {
        this(articleId, note, values, null);
    }

    public static ArticleCoding empty(long articleId) {
        return new ArticleCoding(articleId, "", Map.of());
    }

    public ArticleCoding withNote(String newNote) {
        return new ArticleCoding(articleId, newNote, values, coder);
    }

    /** With one field set, or cleared for a blank value. */
    public ArticleCoding withValue(long fieldId, String value) {
        Map<Long, String> changed = new HashMap<>(values);
        if (value == null || value.isBlank()) {
            changed.remove(fieldId);
        } else {
            changed.put(fieldId, value);
        }
        return new ArticleCoding(articleId, note, changed, coder);
    }
}
