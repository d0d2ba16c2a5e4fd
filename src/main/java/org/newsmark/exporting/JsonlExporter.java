package org.newsmark.exporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore;

/**
 * Writes a project as JSON Lines: one article a line with its text and annotations, offsets being
 * UTF-16 code-unit offsets into {@code text} (end exclusive). The fields are listed in docs/schema.md.
 */
public final class JsonlExporter {

    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes every article of the project; returns how many were written. */
    public int export(ProjectStore store, Writer out) throws IOException {
        Codebook codebook = store.codebook();
        Names names = new Names(codebook, store.people());
        int written = 0;
        for (ArticleSummary summary : store.articles()) {
            Article article = store.article(summary.id()).orElseThrow();
            json.writeValue(out, line(article, store.annotations(article.id()), store.links(article.id()),
                    store.coding(article.id()), names));
            out.write('\n');
            written++;
        }
        out.flush();
        return written;
    }

    /** What ids stand for: category and attribute names, people. */
    private record Names(Codebook codebook, Map<UUID, Person> people) {
        Names(Codebook codebook, List<Person> people) {
            this(codebook, people.stream().collect(Collectors.toMap(Person::id, person -> person)));
        }

        String category(long id) {
            return codebook.category(id).map(Category::name).orElse(null);
        }

        /** Values by attribute name, in the order the codebook lists the attributes. */
        Map<String, String> attributes(Annotation annotation) {
            Map<String, String> named = new LinkedHashMap<>();
            codebook.category(annotation.categoryId()).ifPresent(category -> {
                for (AttributeDefinition attribute : codebook.attributesOf(category)) {
                    String value = annotation.attributes().get(attribute.id());
                    if (value != null) {
                        named.put(attribute.name(), value);
                    }
                }
            });
            return named;
        }

        Map<String, String> codes(ArticleCoding coding) {
            Map<String, String> named = new LinkedHashMap<>();
            for (AttributeDefinition field : codebook.documentFields()) {
                String value = coding.values().get(field.id());
                if (value != null) {
                    named.put(field.name(), value);
                }
            }
            return named;
        }
    }

    /**
     * Writes the export to a file, replacing {@code target} only once the export is complete, so a
     * failure never leaves a truncated file where a good one was.
     */
    public int exportTo(ProjectStore store, Path target) throws IOException {
        return ExportFiles.write(store.file(), target, "jsonl", out -> export(store, out));
    }

    private static Map<String, Object> line(Article article, List<Annotation> annotations, List<Link> links,
            ArticleCoding coding, Names names) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", article.title());
        line.put("standfirst", article.standfirst());
        line.put("source", article.source());
        line.put("byline", article.byline());
        line.put("published", article.published());
        line.put("url", article.url());
        line.put("text", article.text());
        line.put("note", coding.note());
        line.put("codes", names.codes(coding));
        line.put("annotations", annotations.stream().map(annotation -> annotation(annotation, names)).toList());
        line.put("links", links.stream().map(JsonlExporter::link).toList());
        line.put("people", annotations.stream().map(Annotation::personId).filter(java.util.Objects::nonNull).distinct()
                .map(names.people()::get).filter(java.util.Objects::nonNull).map(JsonlExporter::person).toList());
        return line;
    }

    private static Map<String, Object> annotation(Annotation annotation, Names names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", annotation.id().toString());
        fields.put("category", names.category(annotation.categoryId()));
        fields.put("start", annotation.start());
        fields.put("end", annotation.end());
        fields.put("text", annotation.text());
        fields.put("note", annotation.note());
        fields.put("annotator", annotation.annotator());
        fields.put("created", annotation.created().toString());
        fields.put("updated", annotation.updated().toString());
        fields.put("attributes", names.attributes(annotation));
        fields.put("speaker", annotation.personId() == null ? null : annotation.personId().toString());
        return fields;
    }

    private static Map<String, Object> link(Link link) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", link.id().toString());
        fields.put("type", link.type().code());
        fields.put("from", link.from().toString());
        fields.put("to", link.to().toString());
        return fields;
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", person.id().toString());
        fields.put("name", person.name());
        fields.put("type", person.type());
        fields.put("role", person.role());
        fields.put("affiliation", person.affiliation());
        fields.put("aliases", person.aliases());
        return fields;
    }
}
