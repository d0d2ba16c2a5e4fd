package org.newsmark.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A tagged span of an article's text.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets (Java string indexes) into {@link Article#text()},
 * start inclusive, end exclusive. {@code text}, {@code prefix} and {@code suffix} quote the span and a
 * little of its surroundings, so it can be re-anchored and checked if the text is ever edited elsewhere.
 *
 * @param personId   for a speaker mention, the person it refers to; otherwise {@code null}
 * @param attributes the values of its category's attributes, by attribute id (canonical text)
 */
public record Annotation(UUID id, long articleId, long categoryId, int start, int end, String text,
        String prefix, String suffix, String note, String annotator, Instant created, Instant updated,
        UUID personId, Map<Long, String> attributes) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        // The project file keeps milliseconds; holding the same precision here keeps saved and shown equal.
        created = created.truncatedTo(ChronoUnit.MILLIS);
        updated = updated.truncatedTo(ChronoUnit.MILLIS);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A span runs from a start to a later end, not " + start + "-" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("The quoted text has " + text.length()
                    + " characters but the span " + start + "-" + end + " has " + (end - start));
        }
    }

    /** A new annotation: no person, no attribute values. */
    public Annotation(UUID id, long articleId, long categoryId, int start, int end, String text,
            String prefix, String suffix, String note, String annotator, Instant created, Instant updated) {
        this(id, articleId, categoryId, start, end, text, prefix, suffix, note, annotator, created, updated, null, Map.of());
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The same annotation over another span of its article's text (its boundaries corrected). */
    public Annotation withSpan(int newStart, int newEnd, String articleText, Instant at) {
        return new Annotation(id, articleId, categoryId, newStart, newEnd, articleText.substring(newStart, newEnd),
                TextSpans.prefix(articleText, newStart), TextSpans.suffix(articleText, newEnd), note, annotator, created, at,
                personId, attributes);
    }

    public Annotation withCategory(long newCategoryId, Instant at) {
        return new Annotation(id, articleId, newCategoryId, start, end, text, prefix, suffix, note, annotator, created, at,
                personId, attributes);
    }

    public Annotation withNote(String newNote, Instant at) {
        return new Annotation(id, articleId, categoryId, start, end, text, prefix, suffix, newNote, annotator, created, at,
                personId, attributes);
    }

    public Annotation withPerson(UUID newPersonId, Instant at) {
        return new Annotation(id, articleId, categoryId, start, end, text, prefix, suffix, note, annotator, created, at,
                newPersonId, attributes);
    }

    /** With one attribute set to a value, or removed for a blank value. */
    public Annotation withAttribute(long attributeId, String value, Instant at) {
        Map<Long, String> values = new HashMap<>(attributes);
        if (value == null || value.isBlank()) {
            values.remove(attributeId);
        } else {
            values.put(attributeId, value);
        }
        return new Annotation(id, articleId, categoryId, start, end, text, prefix, suffix, note, annotator, created, at,
                personId, values);
    }

    public Annotation withAttributes(Map<Long, String> newAttributes, Instant at) {
        return new Annotation(id, articleId, categoryId, start, end, text, prefix, suffix, note, annotator, created, at,
                personId, newAttributes);
    }
}
