package org.newsmark.exporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsmark.model.Article;

/**
 * Writes an article's headline, outlet, byline, date and address as {@code name.meta.json} beside its
 * files in a folder export, for formats that hold only text and annotations (brat, WebAnno TSV).
 * Newsmark's importer reads the file back (the same sidecar it reads beside any text file); other
 * tools pass it over. Nothing is written when the article's name says all there is.
 */
public final class SidecarMetadata {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SidecarMetadata() {
    }

    public static void writeBeside(Path folder, String name, Article article) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!article.title().equals(name) && !article.title().isBlank()) {
            fields.put("title", article.title());
        }
        put(fields, "source", article.source());
        put(fields, "byline", article.byline());
        put(fields, "published", article.published());
        put(fields, "url", article.url());
        if (!fields.isEmpty()) {
            Files.write(folder.resolve(name + ".meta.json"), JSON.writeValueAsBytes(fields));
        }
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
