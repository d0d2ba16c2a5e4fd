package org.newsmark.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a record (a JSON object, a CSV column) holds each part of an article. A field left
 * null is looked for under its usual names ({@link #CANDIDATES}), so most collections import without
 * a mapping; the person adjusts it when theirs uses other names.
 */
public record FieldMapping(String title, String text, String source, String published, String url, String byline) {

    /** Every field found by its usual names. */
    public static final FieldMapping AUTOMATIC = new FieldMapping(null, null, null, null, null, null);

    /** The usual names of each part, most likely first, compared without case. */
    public static final Map<String, List<String>> CANDIDATES = Map.of(
            "title", List.of("title", "headline", "heading", "name"),
            "text", List.of("text", "body", "content", "article", "full_text", "fulltext", "maintext", "story"),
            "source", List.of("source", "outlet", "publisher", "publication", "media", "site", "source_name"),
            "published", List.of("published", "date", "datepublished", "date_published", "publish_date",
                    "publication_date", "pubdate", "created", "time", "timestamp"),
            "url", List.of("url", "link", "uri", "href", "source_url", "sourceurl"),
            "byline", List.of("byline", "author", "authors", "by", "writer"));

    /**
     * The field holding {@code part} among {@code fields}: the mapped one if it is there, else the
     * first usual name found. Empty when the record has no such field.
     */
    public Optional<String> fieldFor(String part, List<String> fields) {
        String mapped = switch (part) {
            case "title" -> title;
            case "text" -> text;
            case "source" -> source;
            case "published" -> published;
            case "url" -> url;
            case "byline" -> byline;
            default -> throw new IllegalArgumentException("No article part " + part);
        };
        if (mapped != null) {
            return fields.stream().filter(field -> field.equalsIgnoreCase(mapped)).findFirst();
        }
        for (String candidate : CANDIDATES.get(part)) {
            Optional<String> found = fields.stream()
                    .filter(field -> field.toLowerCase(Locale.ROOT).replace(' ', '_').equals(candidate)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Reads "title=headline,text=body" (the command line's --map). */
    public static FieldMapping parse(String spec) {
        String title = null;
        String text = null;
        String source = null;
        String published = null;
        String url = null;
        String byline = null;
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("A mapping looks like title=headline,text=body; not \"" + pair + "\"");
            }
            String field = parts[1].strip();
            switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
                case "title" -> title = field;
                case "text" -> text = field;
                case "source" -> source = field;
                case "published", "date" -> published = field;
                case "url" -> url = field;
                case "byline", "author" -> byline = field;
                default -> throw new IllegalArgumentException("Unknown article part \"" + parts[0].strip()
                        + "\"; the parts are title, text, source, published, url, byline");
            }
        }
        return new FieldMapping(title, text, source, published, url, byline);
    }
}
