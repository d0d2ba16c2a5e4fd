package org.newsmark.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Locale;

/**
 * Reads {@code name.meta.json} beside {@code name.txt}: a JSON object whose fields name the article's
 * metadata. Several spellings are accepted, since such files come from many collectors.
 */
public final class SidecarReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SidecarReader() {
    }

    /**
     * The metadata in the sidecar beside {@code file} ({@code story.meta.json} beside {@code story.txt}
     * or {@code story.html}), or {@link ArticleMetadata#NONE} when there is none.
     */
    public static ArticleMetadata besides(java.nio.file.Path file) throws ImportException, java.io.IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        java.nio.file.Path sidecar = file.resolveSibling(base + ImportPlanner.SIDECAR_SUFFIX);
        if (ImportPlanner.isSidecar(file) || !java.nio.file.Files.isRegularFile(sidecar)) {
            return ArticleMetadata.NONE;
        }
        return read(java.nio.file.Files.readAllBytes(sidecar));
    }

    public static ArticleMetadata read(byte[] json) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ImportException("its metadata file is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.io.IOException e) {
            throw new ImportException("its metadata file could not be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ImportException("its metadata file is not a JSON object");
        }
        String url = first(root, "url", "sourceURL", "source_url", "link");
        String source = first(root, "source", "outlet", "publisher");
        return new ArticleMetadata(
                first(root, "title", "headline"),
                source != null ? source : hostOf(url),
                first(root, "byline", "author"),
                first(root, "published", "date", "datePublished", "dateCreated"),
                url);
    }

    private static String first(JsonNode root, String... names) {
        for (String name : names) {
            JsonNode value = root.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    /** An outlet named by its web address when nothing better is given, e.g. "en.wikinews.org". */
    public static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
