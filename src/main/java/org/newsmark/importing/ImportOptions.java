package org.newsmark.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to import.
 *
 * @param encoding  what to assume for text files that do not say (no byte-order mark, no meta tag)
 * @param mapping   which fields of a collection's records hold the title, text and so on
 * @param recursive whether folders are searched through their sub-folders
 * @param format    the reader to use for every file ("csv"), or null to choose by each file's name and content
 */
public record ImportOptions(Charset encoding, FieldMapping mapping, boolean recursive, String format) {

    public static final ImportOptions DEFAULTS = new ImportOptions(StandardCharsets.UTF_8, FieldMapping.AUTOMATIC, false, null);

    public ImportOptions {
        Objects.requireNonNull(encoding, "encoding");
        mapping = mapping == null ? FieldMapping.AUTOMATIC : mapping;
    }

    public ImportOptions withRecursive(boolean newRecursive) {
        return new ImportOptions(encoding, mapping, newRecursive, format);
    }

    public ImportOptions withMapping(FieldMapping newMapping) {
        return new ImportOptions(encoding, newMapping, recursive, format);
    }
}
