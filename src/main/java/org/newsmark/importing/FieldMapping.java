package org.newsmark.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a record (a JSON object, a CSV column) holds each part of an article. A field left
 * null is looked for under its usual names ({@link #CANDIDATES}), so most collections import without
 * a mapping; the person adjusts it when theirs uses other names.
 *
 * <p>Nested JSON fields are named with dots ({@code source.name}); naming an object whose name sits in
 * a {@code name}, {@code title}, {@code main} or {@code original} field ({@code source} for NewsAPI's
 * {@code "source": {"id": …, "name": "BBC News"}}) means that name.
 */
public record FieldMapping(String title, String standfirst, String text, String source, String published, String url,
        String byline) {

    /** Every field found by its usual names. */
    public static final FieldMapping AUTOMATIC = new FieldMapping(null, null, null, null, null, null, null);

    /** The parts of an article a record can fill, in the order a mapping dialog lists them. */
    public static final List<String> PARTS = List.of("title", "standfirst", "text", "source", "published", "url", "byline");

    /**
     * The usual names of each part, most likely first. Names are compared without case, underscores,
     * hyphens or spaces, so {@code publishedAt}, {@code published_at} and {@code Published At} are one
     * name. Besides the obvious, they are the names of exports researchers bring: NewsAPI
     * ({@code description}, {@code publishedAt}, {@code content}), news-please ({@code maintext},
     * {@code date_publish}, {@code source_domain}), Media Cloud ({@code media_name}, {@code publish_date},
     * {@code story_text}), Factiva snapshots ({@code snippet}, {@code body}, {@code source_name},
     * {@code publication_datetime}), the Guardian's API ({@code webTitle}, {@code webUrl},
     * {@code webPublicationDate}, {@code fields.bodyText}, {@code fields.trailText}), the New York
     * Times' ({@code headline.main}, {@code abstract}, {@code web_url}, {@code pub_date},
     * {@code byline.original}), GDELT ({@code seendate}, {@code domain}) and doccano ({@code data}).
     */
    public static final Map<String, List<String>> CANDIDATES = Map.of(
            "title", List.of("title", "headline", "heading", "webTitle", "name"),
            "standfirst", List.of("standfirst", "description", "summary", "abstract", "lead", "lede", "leadParagraph",
                    "snippet", "trailText", "teaser", "subtitle", "subheadline", "dek", "deck", "excerpt"),
            "text", List.of("text", "body", "content", "article", "fullText", "mainText", "story", "bodyText",
                    "articleBody", "articleText", "storyText", "textContent", "data"),
            "source", List.of("source", "outlet", "publisher", "publication", "media", "mediaName", "sourceName",
                    "publisherName", "siteName", "site", "newspaper", "sourceDomain", "domain"),
            "published", List.of("published", "publishedAt", "date", "datePublished", "publishDate", "publicationDate",
                    "publicationDatetime", "pubDate", "datePublish", "webPublicationDate", "dateTime", "seenDate",
                    "created", "createdAt", "time", "timestamp"),
            "url", List.of("url", "link", "uri", "href", "webUrl", "sourceUrl", "articleUrl", "permalink",
                    "canonicalUrl"),
            "byline", List.of("byline", "author", "authors", "by", "writer", "creator"));

    /** A part mapped to this is left empty, even when a field has one of its usual names ({@code --map byline=-}). */
    public static final String NO_FIELD = "-";

    /** Fields of a nested object that name it, most telling first. */
    public static final List<String> NAME_FIELDS = List.of("name", "title", "main", "original");

    /** The mapping of the command line and older callers, without a standfirst. */
    public FieldMapping(String title, String text, String source, String published, String url, String byline) {
        this(title, null, text, source, published, url, byline);
    }

    /** The field mapped to {@code part}, or null when it is left to the usual names. */
    public String mapped(String part) {
        return switch (part) {
            case "title" -> title;
            case "standfirst" -> standfirst;
            case "text" -> text;
            case "source" -> source;
            case "published" -> published;
            case "url" -> url;
            case "byline" -> byline;
            default -> throw new IllegalArgumentException("No article part " + part);
        };
    }

    /** This mapping with {@code part} mapped to {@code field} (null: back to the usual names). */
    public FieldMapping with(String part, String field) {
        String f = field == null || field.isBlank() ? null : field.strip();
        return new FieldMapping("title".equals(part) ? f : title, "standfirst".equals(part) ? f : standfirst,
                "text".equals(part) ? f : text, "source".equals(part) ? f : source,
                "published".equals(part) ? f : published, "url".equals(part) ? f : url,
                "byline".equals(part) ? f : byline);
    }

    /**
     * The field holding {@code part} among {@code fields}: the mapped one if it is there, else the
     * first usual name found. Empty when the record has no such field.
     *
     * <p>Usual names are tried on the whole field name first ({@code title}), then on an object named
     * by its name field ({@code source} for {@code source.name}), then on the last part of a nested
     * name ({@code bodyText} for {@code fields.bodyText}), so a top-level field wins over a nested one.
     */
    public Optional<String> fieldFor(String part, List<String> fields) {
        String mapped = mapped(part);
        if (NO_FIELD.equals(mapped)) {
            return Optional.empty();
        }
        if (mapped != null) {
            Optional<String> exact = fields.stream().filter(field -> field.equalsIgnoreCase(mapped)).findFirst();
            return exact.isPresent() ? exact : fields.stream().filter(field -> namedObject(field).equalsIgnoreCase(mapped))
                    .findFirst();
        }
        List<String> candidates = CANDIDATES.get(part).stream().map(FieldMapping::normalize).toList();
        for (int tier = 0; tier < 3; tier++) {
            for (String candidate : candidates) {
                for (String field : fields) {
                    if (candidate.equals(normalize(tierName(field, tier)))) {
                        return Optional.of(field);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The name a field is compared under at each tier; "" when it has none there. */
    private static String tierName(String field, int tier) {
        int dot = field.lastIndexOf('.');
        return switch (tier) {
            case 0 -> field;
            case 1 -> namedObject(field);
            // An object's own name ("source.name") is never the article's title, so is not compared alone.
            default -> dot < 0 || !namedObject(field).isEmpty() ? "" : field.substring(dot + 1);
        };
    }

    /** "source" for "source.name" (an object's naming field), else "". */
    private static String namedObject(String field) {
        int dot = field.lastIndexOf('.');
        return dot > 0 && NAME_FIELDS.contains(field.substring(dot + 1).toLowerCase(Locale.ROOT))
                ? field.substring(0, dot) : "";
    }

    /** "publishedAt", "published_at" and "Published At" are the same name. */
    static String normalize(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                normalized.append(Character.toLowerCase(c));
            }
        }
        return normalized.toString();
    }

    /** Reads "title=headline,text=body" (the command line's --map). */
    public static FieldMapping parse(String spec) {
        FieldMapping mapping = AUTOMATIC;
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("A mapping looks like title=headline,text=body; not \"" + pair + "\"");
            }
            String part = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
                case "date" -> "published";
                case "author" -> "byline";
                case "description", "lead" -> "standfirst";
                default -> parts[0].strip().toLowerCase(Locale.ROOT);
            };
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("Unknown article part \"" + parts[0].strip()
                        + "\"; the parts are title, standfirst, text, source, published, url, byline");
            }
            mapping = mapping.with(part, parts[1]);
        }
        return mapping;
    }
}
