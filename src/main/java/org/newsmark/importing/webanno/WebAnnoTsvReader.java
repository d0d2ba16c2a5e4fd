package org.newsmark.importing.webanno;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.FileAwareReader;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.TextDecoder;
import org.newsmark.model.ArticleDraft;

/**
 * WebAnno TSV 3 ({@code .tsv} files starting {@code #FORMAT=WebAnno TSV 3}), INCEpTION's and WebAnno's
 * text format: one document a file (docs/formats.md). The title is the file's name unless a
 * {@code name.meta.json} beside it gives one; offsets are UTF-16 code units, as Newsmark's.
 */
public final class WebAnnoTsvReader implements FileAwareReader {

    private static final String MARK = "#FORMAT=WebAnno TSV";

    @Override
    public String format() {
        return "webanno-tsv";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return start.startsWith(MARK);
    }

    @Override
    public boolean readsFile(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reads(file.getFileName().toString(), in.readNBytes(64));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        String content = TextDecoder.decode(source.readAll(), StandardCharsets.UTF_8);
        TsvDocument document = TsvDocument.parse(content);
        TsvWork.Result result = TsvWork.of(document);
        if (document.text.isBlank()) {
            throw new ImportException("its sentences hold no text");
        }
        String name = Path.of(source.name()).getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            name = name.substring(0, name.length() - 4);
        }
        var metadata = source.metadata();
        ArticleDraft draft = new ArticleDraft(metadata.title() != null ? metadata.title() : name, null, metadata.source(),
                metadata.byline(), metadata.published(), metadata.url(), document.text);
        result.skipped().forEach(skipped -> sink.skipped(skipped.line() > 0 ? "line " + skipped.line() : "", skipped.reason()));
        sink.article("", draft, result.work());
    }
}
