package org.newsmark.exporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Link;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Writes a project as doccano JSON Lines, the shape of doccano's relation-extraction export: per
 * article {@code text}, {@code entities} ({@code id}, {@code label} = the category,
 * {@code start_offset}, {@code end_offset}) and {@code relations} ({@code id}, {@code from_id},
 * {@code to_id}, {@code type} = attributed_to, cue, about, continues), with the article's headline,
 * outlet, byline, date and address as fields doccano keeps as metadata. Offsets count UTF-16 code
 * units, as doccano's editor does. doccano holds no attributes, notes or people (docs/formats.md).
 */
public final class DoccanoExporter implements StreamExporter {

    /** The document field whose values are written as doccano's document labels. */
    static final String LABEL_FIELD = "label";

    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "doccano";
    }

    @Override
    public String description() {
        return "doccano JSON Lines: one article a line with its entities (category labels) and relations (links); "
                + "offsets count UTF-16 code units";
    }

    @Override
    public String extension() {
        return "jsonl";
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

    private static Map<String, Object> line(ExportedArticles.Item item, ExportedArticles names) {
        Article article = item.article();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("text", article.text());
        List<Map<String, Object>> entities = new ArrayList<>();
        Map<UUID, Integer> entityIds = new HashMap<>();
        for (Annotation annotation : item.annotations()) {
            int id = entities.size() + 1;
            entityIds.put(annotation.id(), id);
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("id", id);
            entity.put("label", names.categoryName(annotation.categoryId()));
            entity.put("start_offset", annotation.start());
            entity.put("end_offset", annotation.end());
            entities.add(entity);
        }
        line.put("entities", entities);
        List<Map<String, Object>> relations = new ArrayList<>();
        for (Link link : item.links()) {
            if (entityIds.containsKey(link.from()) && entityIds.containsKey(link.to())) {
                Map<String, Object> relation = new LinkedHashMap<>();
                relation.put("id", relations.size() + 1);
                relation.put("from_id", entityIds.get(link.from()));
                relation.put("to_id", entityIds.get(link.to()));
                relation.put("type", link.type().code());
                relations.add(relation);
            }
        }
        line.put("relations", relations);
        String labels = names.codes(item.coding()).entrySet().stream()
                .filter(code -> code.getKey().equalsIgnoreCase(LABEL_FIELD)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (labels != null) {
            line.put("label", List.of(labels.split(",\\s*")));
        }
        line.put("title", article.title());
        putIfPresent(line, "source", article.source());
        putIfPresent(line, "byline", article.byline());
        putIfPresent(line, "published", article.published());
        putIfPresent(line, "url", article.url());
        return line;
    }

    private static void putIfPresent(Map<String, Object> line, String field, String value) {
        if (value != null && !value.isBlank()) {
            line.put(field, value);
        }
    }
}
