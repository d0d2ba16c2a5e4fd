package org.newsmark.importing;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One file to read, whole, with what the person chose for it.
 *
 * @param name     the file name, for messages and for guessing the format
 * @param bytes    the file's content
 * @param encoding the encoding to assume when the file does not say (byte-order mark, meta tag)
 * @param metadata metadata from a sidecar file ({@code name.meta.json}), or {@link ArticleMetadata#NONE}
 * @param mapping  which fields of a collection's records hold the title, text and so on
 */
public record ImportSource(String name, byte[] bytes, Charset encoding, ArticleMetadata metadata, FieldMapping mapping) {

    public ImportSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(encoding, "encoding");
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        mapping = mapping == null ? FieldMapping.AUTOMATIC : mapping;
    }
}
