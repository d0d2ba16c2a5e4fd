package org.newsmark.exporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.Category;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Writes a project as JSON Lines: one article a line with its text and annotations, offsets being
 * UTF-16 code-unit offsets into {@code text} (end exclusive). The fields are listed in docs/schema.md.
 * Everything a project holds about an article is written; Newsmark reads it back whole.
 */
public final class JsonlExporter implements StreamExporter {

    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "Newsmark's JSON Lines: one article a line with everything coded (annotations, attributes, links, people, "
                + "codes, notes); offsets count UTF-16 code units";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    /** Writes every article of the project; returns how many were written. */
    public int export(ProjectStore store, Writer out) throws IOException {
        return write(store, ArticleSelection.all(), out, Progress.NONE);
    }

    @Override
    public int write(ProjectStore store, ArticleSelection selection, Writer out, Progress progress) throws IOException {
        ExportedArticles articles = ExportedArticles.of(store, selection);
        int written = articles.forEach(progress, item -> {
            json.writeValue(out, line(item, articles));
            out.write('\n');
        });
        out.flush();
        return written;
    }

    /**
     * Writes the export to a file, replacing {@code target} only once the export is complete, so a
     * failure never leaves a truncated file where a good one was.
     */
    public int exportTo(ProjectStore store, Path target) throws IOException {
        return export(store, ArticleSelection.all(), target, Progress.NONE);
    }

    private static Map<String, Object> line(ExportedArticles.Item item, ExportedArticles names) {
        Article article = item.article();
        ArticleCoding coding = item.coding();
        List<Annotation> annotations = item.annotations();
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
        line.put("links", item.links().stream().map(JsonlExporter::link).toList());
        line.put("people", annotations.stream().map(Annotation::personId).filter(java.util.Objects::nonNull).distinct()
                .map(names::person).flatMap(java.util.Optional::stream).map(JsonlExporter::person).toList());
        return line;
    }

    private static Map<String, Object> annotation(Annotation annotation, ExportedArticles names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", annotation.id().toString());
        fields.put("category", names.codebook().category(annotation.categoryId()).map(Category::name).orElse(null));
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
