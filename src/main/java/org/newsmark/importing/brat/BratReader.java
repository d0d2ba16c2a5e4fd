package org.newsmark.importing.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.PairedReader;
import org.newsmark.importing.TextDecoder;
import org.newsmark.model.ArticleDraft;

/**
 * brat standoff: a document is {@code name.txt} with its annotations in {@code name.ann} beside it
 * (docs/formats.md). The text is kept exactly as brat reads it, so that every offset still points at
 * the same characters: UTF-8, line ends as Python's universal newlines make them ({@code \n}), nothing
 * trimmed. The title is the document's name (brat's own name for it) unless a {@code name.meta.json}
 * beside it gives one. Annotations that do not fit are reported with their line and left out; the
 * article is imported with the rest. A file that cannot be read as text is refused whole.
 */
public final class BratReader implements PairedReader {

    private static final String TEXT = ".txt";
    private static final String ANNOTATIONS = ".ann";
    private static final Set<String> CONFIGURATION = Set.of("annotation.conf", "visual.conf", "tools.conf",
            "kb_shortcuts.conf");

    private final Map<Path, BratConfig> configs = new HashMap<>();

    @Override
    public String format() {
        return "brat";
    }

    /** A bare name says nothing of what lies beside it: brat documents are chosen by {@link #readsFile}. */
    @Override
    public boolean reads(String fileName, byte[] head) {
        return false;
    }

    @Override
    public boolean readsFile(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(TEXT) && Files.isRegularFile(annotationsOf(file));
    }

    @Override
    public List<Path> partnersOf(Path file) {
        Path annotations = annotationsOf(file);
        return Files.isRegularFile(annotations) ? List.of(annotations) : List.of();
    }

    @Override
    public Optional<Path> ownerOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(ANNOTATIONS)) {
            return Optional.empty();
        }
        return Optional.of(file.resolveSibling(name.substring(0, name.length() - ANNOTATIONS.length()) + TEXT));
    }

    @Override
    public String orphanReason(Path partner) {
        return "it is brat annotations without their text: " + ownerOf(partner).map(Path::getFileName).orElseThrow()
                + " is not beside it";
    }

    @Override
    public boolean isConfiguration(Path file) {
        return CONFIGURATION.contains(file.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        byte[] textBytes = source.readAll();
        String decoded = TextDecoder.decode(textBytes, source.encoding());
        boolean mark = textBytes.length >= 3 && (textBytes[0] & 0xFF) == 0xEF && (textBytes[1] & 0xFF) == 0xBB
                && (textBytes[2] & 0xFF) == 0xBF;
        Path file = source.file().orElse(null);
        String annotations = "";
        String name = documentName(source.name());
        if (file != null && Files.isRegularFile(annotationsOf(file))) {
            annotations = annotationText(annotationsOf(file));
        }
        Reading reading = chooseReading(decoded, mark, annotations);
        org.newsmark.model.CodePointOffsets offsets = org.newsmark.model.CodePointOffsets.of(reading.text());
        AnnFile ann = AnnFile.parse(annotations, fragments -> BratDocument.selected(reading.text(), offsets, fragments));
        BratConfig config = file == null ? BratConfig.NONE : BratConfig.near(file.getParent(), configs);
        BratDocument.Result result = BratDocument.read(reading.text(), reading.dropped(), ann, config);
        String text = reading.text().substring(reading.dropped());
        if (text.isEmpty()) {
            throw new ImportException("its text is empty");
        }
        var metadata = source.metadata();
        ArticleDraft draft = new ArticleDraft(metadata.title() != null ? metadata.title() : name, null, metadata.source(),
                metadata.byline(), metadata.published(), metadata.url(), text);
        String annName = file == null ? "" : annotationsOf(file).getFileName() + ", ";
        result.skipped().forEach(skipped -> sink.skipped(annName + skipped.where(), skipped.reason()));
        sink.article("", draft, result.work());
    }

    /** The text as brat counts its offsets, and how many leading characters (a byte-order mark) the article leaves out. */
    private record Reading(String text, int dropped) {
    }

    /**
     * brat reads a {@code .txt} with universal newlines (so {@code \r\n} counts as one character) and
     * counts a UTF-8 byte-order mark as a character. Tools that wrote {@code .ann} files without brat
     * may have counted otherwise; when the text has a carriage return or a mark, every way of counting is
     * tried and the one under which most spans have the text their line quotes is taken (brat's on a tie).
     */
    private static Reading chooseReading(String decoded, boolean mark, String annotations) {
        List<Reading> readings = new ArrayList<>();
        String universal = decoded.replace("\r\n", "\n").replace('\r', '\n');
        if (mark) {
            readings.add(new Reading("\uFEFF" + universal, 1));
        }
        readings.add(new Reading(universal, 0));
        if (!universal.equals(decoded)) {
            if (mark) {
                readings.add(new Reading("\uFEFF" + decoded, 1));
            }
            readings.add(new Reading(decoded, 0));
        }
        if (readings.size() == 1 || annotations.isBlank()) {
            return readings.get(0);
        }
        Reading best = readings.get(0);
        int bestFits = -1;
        for (Reading reading : readings) {
            AnnFile ann = AnnFile.parse(annotations, fragments -> null);
            int fits = BratDocument.fits(reading.text(), ann.textBounds);
            if (fits > bestFits) {
                best = reading;
                bestFits = fits;
            }
        }
        return best;
    }

    /** The {@code .ann} as brat reads it: UTF-8, universal newlines; refused whole when it is not text. */
    private static String annotationText(Path annotations) throws ImportException, IOException {
        byte[] bytes = Files.readAllBytes(annotations);
        if (bytes.length == 0) {
            return "";
        }
        String text;
        try {
            text = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
        } catch (ImportException e) {
            throw new ImportException("its annotations in " + annotations.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Path annotationsOf(Path text) {
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return text.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ANNOTATIONS);
    }

    /** brat names a document by its file name without the {@code .txt}. */
    private static String documentName(String sourceName) {
        String name = Path.of(sourceName).getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(TEXT) ? name.substring(0, name.length() - TEXT.length()) : name;
    }
}
