package org.newsmark.exporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Category;
import org.newsmark.store.ProjectStore;

/**
 * Writes a project as JSON Lines: one article a line with its text and annotations, offsets being
 * UTF-16 code-unit offsets into {@code text} (end exclusive). The fields are listed in docs/schema.md.
 */
public final class JsonlExporter {

    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes every article of the project; returns how many were written. */
    public int export(ProjectStore store, Writer out) throws IOException {
        Map<Long, String> categoryNames = store.categories().stream()
                .collect(Collectors.toMap(Category::id, Category::name));
        int written = 0;
        for (ArticleSummary summary : store.articles()) {
            Article article = store.article(summary.id()).orElseThrow();
            json.writeValue(out, line(article, store.annotations(article.id()), categoryNames::get));
            out.write('\n');
            written++;
        }
        out.flush();
        return written;
    }

    /**
     * Writes the export to a file, replacing {@code target} only once the export is complete, so a
     * failure never leaves a truncated file where a good one was.
     */
    public int exportTo(ProjectStore store, Path target) throws IOException {
        return ExportFiles.write(store.file(), target, "jsonl", out -> export(store, out));
    }

    private static Map<String, Object> line(Article article, List<Annotation> annotations, Function<Long, String> categoryName) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", article.title());
        line.put("standfirst", article.standfirst());
        line.put("source", article.source());
        line.put("byline", article.byline());
        line.put("published", article.published());
        line.put("url", article.url());
        line.put("text", article.text());
        line.put("annotations", annotations.stream().map(annotation -> annotation(annotation, categoryName)).toList());
        return line;
    }

    private static Map<String, Object> annotation(Annotation annotation, Function<Long, String> categoryName) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", annotation.id().toString());
        fields.put("category", categoryName.apply(annotation.categoryId()));
        fields.put("start", annotation.start());
        fields.put("end", annotation.end());
        fields.put("text", annotation.text());
        fields.put("note", annotation.note());
        fields.put("annotator", annotation.annotator());
        fields.put("created", annotation.created().toString());
        fields.put("updated", annotation.updated().toString());
        return fields;
    }
}
