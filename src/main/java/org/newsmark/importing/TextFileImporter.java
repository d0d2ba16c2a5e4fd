package org.newsmark.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;

/**
 * Imports plain-text news files into a project. Each file is read whole and stored in one
 * transaction, so a file is either fully imported or not at all; one bad file does not stop the rest.
 */
public final class TextFileImporter {

    /** Larger files are refused: a single article of this size is almost certainly not an article. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static final String SIDECAR_SUFFIX = ".meta.json";

    private final ProjectStore store;
    private final Charset encoding;
    private final NewsTextReader reader = new NewsTextReader();

    public TextFileImporter(ProjectStore store, Charset encoding) {
        this.store = store;
        this.encoding = encoding;
    }

    /** Imports each file, and the {@code .txt} files directly inside each folder, in name order. */
    public ImportReport importPaths(List<Path> paths) {
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files = textFilesIn(path, entries);
                files.forEach(file -> entries.add(importFile(file)));
            } else {
                entries.add(importFile(path));
            }
        }
        return new ImportReport(entries);
    }

    private static List<Path> textFilesIn(Path folder, List<ImportReport.Entry> entries) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{txt,TXT,text}")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            entries.add(failed(folder, "the folder could not be read (" + e.getMessage() + ")"));
        }
        if (files.isEmpty()) {
            entries.add(failed(folder, "the folder has no .txt files"));
        }
        files.sort(null);
        return files;
    }

    ImportReport.Entry importFile(Path file) {
        try {
            ArticleDraft draft = read(file);
            ProjectStore.AddedArticle added = store.addArticle(draft);
            return added.duplicate()
                    ? new ImportReport.Entry(file.toString(), ImportReport.Outcome.DUPLICATE, added.id(), draft.title(),
                            "the same text is already in the project as article " + added.id())
                    : new ImportReport.Entry(file.toString(), ImportReport.Outcome.IMPORTED, added.id(), draft.title(), "");
        } catch (ImportException e) {
            return failed(file, e.getMessage());
        } catch (StoreException e) {
            return failed(file, e.getMessage());
        }
    }

    /** Reads a file (and its sidecar metadata, if any) into an article without storing it. */
    public ArticleDraft read(Path file) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(Files.exists(file) ? "it is not a regular file" : "there is no such file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException("it is " + size / (1024 * 1024) + " MB; articles over "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB are not imported");
            }
            String text = TextDecoder.decode(Files.readAllBytes(file), encoding);
            return reader.read(text, sidecarOf(file));
        } catch (IOException e) {
            throw new ImportException("it could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static ArticleMetadata sidecarOf(Path file) throws ImportException, IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Optional<Path> sidecar = Optional.of(file.resolveSibling(base + SIDECAR_SUFFIX)).filter(Files::isRegularFile);
        if (sidecar.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX)) {
            return ArticleMetadata.NONE;
        }
        return SidecarReader.read(Files.readAllBytes(sidecar.get()));
    }

    private static ImportReport.Entry failed(Path file, String reason) {
        return new ImportReport.Entry(file.toString(), ImportReport.Outcome.FAILED, 0, null, reason);
    }
}
