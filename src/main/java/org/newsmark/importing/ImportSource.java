package org.newsmark.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to read, with what the person chose for it. The content is opened as a stream so that a
 * collection can be read record by record; a single article is read whole with {@link #readAll()}.
 */
public final class ImportSource {

    /** Larger single articles are refused: a text of this size is almost certainly not one article. */
    public static final long MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

    /** Opens the content afresh each time it is called. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final long size;
    private final Opener opener;
    private final Charset encoding;
    private final Charset declaredEncoding;
    private final ArticleMetadata metadata;
    private final FieldMapping mapping;
    private final Path file;

    /**
     * @param name             the file name (or URL), for messages and for guessing the format
     * @param size             the content's length in bytes
     * @param encoding         the encoding to assume when the file does not say (byte-order mark, meta tag)
     * @param declaredEncoding the encoding the file's transport declared (an HTTP Content-Type), or null;
     *                         it outranks what the file says about itself, but not a byte-order mark
     * @param metadata         metadata from outside the file (a sidecar {@code name.meta.json}, the URL it was
     *                         fetched from); its fields win over what the file says
     * @param mapping          which fields of a collection's records hold the title, text and so on
     */
    public ImportSource(String name, long size, Opener opener, Charset encoding, Charset declaredEncoding,
            ArticleMetadata metadata, FieldMapping mapping) {
        this.name = Objects.requireNonNull(name, "name");
        this.size = size;
        this.opener = Objects.requireNonNull(opener, "opener");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.declaredEncoding = declaredEncoding;
        this.metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        this.mapping = mapping == null ? FieldMapping.AUTOMATIC : mapping;
        this.file = null;
    }

    private ImportSource(ImportSource source, Path file) {
        this.name = source.name;
        this.size = source.size;
        this.opener = source.opener;
        this.encoding = source.encoding;
        this.declaredEncoding = source.declaredEncoding;
        this.metadata = source.metadata;
        this.mapping = source.mapping;
        this.file = file;
    }

    /** Content held in memory (pasted text, a fetched page, tests); UTF-8 assumed. */
    public static ImportSource ofBytes(String name, byte[] bytes) {
        return new ImportSource(name, bytes.length, () -> new ByteArrayInputStream(bytes), StandardCharsets.UTF_8,
                null, ArticleMetadata.NONE, FieldMapping.AUTOMATIC);
    }

    public static ImportSource ofFile(Path file, Charset encoding, ArticleMetadata metadata, FieldMapping mapping)
            throws IOException {
        return new ImportSource(file.toString(), Files.size(file), () -> Files.newInputStream(file), encoding, null,
                metadata, mapping).withFile(file);
    }

    /**
     * The file the content comes from, for readers that also read the files beside it (brat's
     * {@code .ann} beside its {@code .txt}); empty for pasted text and fetched pages.
     */
    public java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(file);
    }

    public ImportSource withFile(Path newFile) {
        return new ImportSource(this, newFile);
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The whole content, for formats that hold one article; refuses what is too large to be one. */
    public byte[] readAll() throws ImportException, IOException {
        if (size > MAX_ARTICLE_BYTES) {
            throw new ImportException("it is " + size / (1024 * 1024) + " MB; a single article over "
                    + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB is not imported");
        }
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    public Charset encoding() {
        return encoding;
    }

    public Charset declaredEncoding() {
        return declaredEncoding;
    }

    public ArticleMetadata metadata() {
        return metadata;
    }

    public FieldMapping mapping() {
        return mapping;
    }

    public ImportSource withMetadata(ArticleMetadata newMetadata) {
        return new ImportSource(name, size, opener, encoding, declaredEncoding, newMetadata, mapping).withFile(file);
    }

    public ImportSource withDeclaredEncoding(Charset declared) {
        return new ImportSource(name, size, opener, encoding, declared, metadata, mapping).withFile(file);
    }
}
