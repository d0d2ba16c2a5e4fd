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
 * @param coder     the coder the imported work is recorded as ({@code --annotator}), or null to keep the
 *                  coders the files name (work naming none is the project's coder's)
 */
public record ImportOptions(Charset encoding, FieldMapping mapping, boolean recursive, String format, String coder) {

    public static final ImportOptions DEFAULTS = new ImportOptions(StandardCharsets.UTF_8, FieldMapping.AUTOMATIC, false, null);

    public ImportOptions {
        Objects.requireNonNull(encoding, "encoding");
        mapping = mapping == null ? FieldMapping.AUTOMATIC : mapping;
        coder = coder == null || coder.isBlank() ? null : coder.strip();
    }

    public ImportOptions(Charset encoding, FieldMapping mapping, boolean recursive, String format) {
        this(encoding, mapping, recursive, format, null);
    }

    public ImportOptions withRecursive(boolean newRecursive) {
        return new ImportOptions(encoding, mapping, newRecursive, format, coder);
    }

    public ImportOptions withMapping(FieldMapping newMapping) {
        return new ImportOptions(encoding, newMapping, recursive, format, coder);
    }

    public ImportOptions withCoder(String newCoder) {
        return new ImportOptions(encoding, mapping, recursive, format, newCoder);
    }
}
