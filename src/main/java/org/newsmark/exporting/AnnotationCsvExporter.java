package org.newsmark.exporting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusRow;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore;

/**
 * The project's annotations as a tidy CSV table, one row per annotation (or, for
 * {@link #exportLinks}, one per link), for R, pandas and spreadsheets. Every attribute of the codebook
 * is a column of its own, named by the attribute (attributes of the same name share one); a value an
 * annotation does not have is empty.
 */
public final class AnnotationCsvExporter {

    public static final List<String> FIRST_COLUMNS = List.of("article_id", "title", "outlet", "published", "annotation_id",
            "category", "parent_category", "start", "end", "text", "person", "person_type", "person_id");
    public static final List<String> LAST_COLUMNS = List.of("note", "annotator", "created", "updated");
    public static final List<String> LINK_COLUMNS = List.of("link_id", "article_id", "type", "from_id", "from_category",
            "from_text", "to_id", "to_category", "to_text", "created");

    private final boolean byteOrderMark;

    /** @param byteOrderMark whether the file starts with a UTF-8 byte-order mark, for Excel */
    public AnnotationCsvExporter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** Writes every annotation of every article; returns how many rows were written. */
    public int exportAnnotations(ProjectStore store, Writer out) throws IOException {
        Codebook codebook = store.codebook();
        Map<UUID, Person> people = new HashMap<>();
        store.people().forEach(person -> people.put(person.id(), person));
        Map<String, String> attributeColumns = attributeColumns(codebook);
        Map<Long, String> columnOfAttribute = new HashMap<>();
        for (Category category : codebook.categories()) {
            for (AttributeDefinition attribute : category.attributes()) {
                columnOfAttribute.put(attribute.id(), attributeColumns.get(key(attribute.name())));
            }
        }
        List<String> attributeNames = new ArrayList<>(attributeColumns.values());
        List<String> columns = new ArrayList<>(FIRST_COLUMNS);
        columns.addAll(attributeNames);
        columns.addAll(LAST_COLUMNS);
        int written = 0;
        try (TidyCsv csv = new TidyCsv(out, columns, byteOrderMark)) {
            for (CorpusRow article : store.corpus()) {
                for (Annotation annotation : store.annotations(article.id())) {
                    Category category = codebook.category(annotation.categoryId()).orElse(null);
                    Category parent = category == null || category.parentId() == null ? null
                            : codebook.category(category.parentId()).orElse(null);
                    Person person = annotation.personId() == null ? null : people.get(annotation.personId());
                    List<Object> row = new ArrayList<>(columns.size());
                    row.add(article.id());
                    row.add(article.details().title());
                    row.add(article.details().source());
                    row.add(article.details().published());
                    row.add(annotation.id().toString());
                    row.add(category == null ? null : category.name());
                    row.add(parent == null ? null : parent.name());
                    row.add(annotation.start());
                    row.add(annotation.end());
                    row.add(annotation.text());
                    row.add(person == null ? null : person.name());
                    row.add(person == null ? null : person.type());
                    row.add(annotation.personId() == null ? null : annotation.personId().toString());
                    Map<String, String> values = new HashMap<>();
                    annotation.attributes().forEach((id, value) -> {
                        String column = columnOfAttribute.get(id);
                        if (column != null) {
                            values.put(column, value);
                        }
                    });
                    attributeNames.forEach(name -> row.add(values.get(name)));
                    row.add(annotation.note());
                    row.add(annotation.annotator());
                    row.add(time(annotation.created()));
                    row.add(time(annotation.updated()));
                    csv.row(row);
                    written++;
                }
            }
        }
        out.flush();
        return written;
    }

    /** Writes every link of every article, with the category and text of both ends; returns how many. */
    public int exportLinks(ProjectStore store, Writer out) throws IOException {
        Codebook codebook = store.codebook();
        int written = 0;
        try (TidyCsv csv = new TidyCsv(out, LINK_COLUMNS, byteOrderMark)) {
            for (CorpusRow article : store.corpus()) {
                List<Link> links = store.links(article.id());
                if (links.isEmpty()) {
                    continue;
                }
                Map<UUID, Annotation> annotations = new HashMap<>();
                store.annotations(article.id()).forEach(annotation -> annotations.put(annotation.id(), annotation));
                for (Link link : links) {
                    Annotation from = annotations.get(link.from());
                    Annotation to = annotations.get(link.to());
                    csv.row(java.util.Arrays.asList(link.id().toString(), article.id(), link.type().code(),
                            link.from().toString(), categoryName(codebook, from), from == null ? null : from.text(),
                            link.to().toString(), categoryName(codebook, to), to == null ? null : to.text(),
                            time(link.created())));
                    written++;
                }
            }
        }
        out.flush();
        return written;
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** As the project file writes times: UTC, to the millisecond, fixed width. */
    private static String time(java.time.Instant instant) {
        return TIME.format(instant);
    }

    private static String categoryName(Codebook codebook, Annotation annotation) {
        return annotation == null ? null : codebook.category(annotation.categoryId()).map(Category::name).orElse(null);
    }

    /**
     * One column per attribute name (ignoring case), in the codebook's order; a name that is also one of
     * the fixed columns is prefixed with {@code attribute_}.
     */
    static Map<String, String> attributeColumns(Codebook codebook) {
        Set<String> fixed = new java.util.HashSet<>();
        FIRST_COLUMNS.forEach(column -> fixed.add(key(column)));
        LAST_COLUMNS.forEach(column -> fixed.add(key(column)));
        Map<String, String> columns = new LinkedHashMap<>();
        for (Category category : codebook.categories()) {
            for (AttributeDefinition attribute : category.attributes()) {
                String name = attribute.name().strip();
                columns.putIfAbsent(key(name), fixed.contains(key(name)) ? "attribute_" + name : name);
            }
        }
        return columns;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
