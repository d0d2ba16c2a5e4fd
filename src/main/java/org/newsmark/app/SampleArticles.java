package org.newsmark.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.NewsTextReader;
import org.newsmark.importing.SidecarReader;
import org.newsmark.importing.TextDecoder;
import org.newsmark.model.ArticleDraft;

/**
 * The sample articles shipped inside Newsmark (the project's {@code samples/} folder), listed in
 * {@code samples/index.txt}, for the default project a first start creates.
 */
final class SampleArticles {

    private SampleArticles() {
    }

    static List<ArticleDraft> read() {
        List<ArticleDraft> drafts = new ArrayList<>();
        NewsTextReader reader = new NewsTextReader();
        for (String name : resource("index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            try {
                String sidecarName = name.replaceFirst("\\.txt$", ".meta.json");
                byte[] sidecar = bytes(sidecarName);
                ArticleMetadata metadata = sidecar == null ? ArticleMetadata.NONE : SidecarReader.read(sidecar);
                drafts.add(reader.read(TextDecoder.decode(bytes(name), StandardCharsets.UTF_8), metadata));
            } catch (ImportException e) {
                throw new IllegalStateException("The built-in sample " + name + " is broken: " + e.getMessage(), e);
            }
        }
        return drafts;
    }

    private static String resource(String name) {
        byte[] bytes = bytes(name);
        if (bytes == null) {
            throw new IllegalStateException("The built-in samples are missing from this build (" + name + ")");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/samples/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
