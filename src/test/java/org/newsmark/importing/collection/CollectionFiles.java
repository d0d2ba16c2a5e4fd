package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.importing.ArticleMetadata;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportSource;

/** Collection files written for a test, and what every message about them must be. */
final class CollectionFiles {

    private CollectionFiles() {
    }

    static Path write(Path folder, String name, String content) {
        return write(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSource source(Path file) {
        return source(file, FieldMapping.AUTOMATIC, StandardCharsets.UTF_8);
    }

    static ImportSource source(Path file, FieldMapping mapping) {
        return source(file, mapping, StandardCharsets.UTF_8);
    }

    static ImportSource source(Path file, FieldMapping mapping, Charset encoding) {
        try {
            return ImportSource.ofFile(file, encoding, ArticleMetadata.NONE, mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reason as a researcher reads it: words, never a stack trace or a Java class. */
    static void assertReadable(String reason) {
        assertThat(reason).isNotBlank()
                .doesNotContain("Exception", "java.", "com.fasterxml", "org.apache", "\tat ", "Source:", "StreamRead")
                .doesNotContainPattern("\\(code \\d+\\)");
    }
}
