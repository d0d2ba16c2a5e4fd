package org.newsmark.importing.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.formats.BratNames;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.PairedReader;
import org.newsmark.importing.TextDecoder;
import org.newsmark.model.ArticleDraft;

/**
 * brat standoff: a document is {@code name.txt} with its annotations in {@code name.ann} beside it
 * (docs/formats.md), or, in a corpus laid out as PolNeAR is, {@code text/name.txt} with one
 * {@code name_coder.ann} per coder in a folder beside {@code text/} ({@link CoderFiles}). The text is kept exactly as brat reads it, so that every offset still points at
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
    private final CoderFiles coderFiles = new CoderFiles();

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
        return name.toLowerCase(Locale.ROOT).endsWith(TEXT)
                && (Files.isRegularFile(annotationsOf(file)) || !coderFiles.of(file).isEmpty());
    }

    @Override
    public List<Path> partnersOf(Path file) {
        Path annotations = annotationsOf(file);
        if (Files.isRegularFile(annotations)) {
            return List.of(annotations);
        }
        return coderFiles.of(file).stream().map(CoderFiles.CoderFile::file).toList();
    }

    @Override
    public Optional<Path> ownerOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(ANNOTATIONS)) {
            return Optional.empty();
        }
        Path beside = file.resolveSibling(name.substring(0, name.length() - ANNOTATIONS.length()) + TEXT);
        if (!Files.isRegularFile(beside)) {
            Optional<Path> text = CoderFiles.textOf(file);
            if (text.isPresent() && Files.isRegularFile(text.get())) {
                return text;
            }
        }
        return Optional.of(beside);
    }

    @Override
    public String orphanReason(Path partner) {
        String reason = "it is brat annotations without their text: " + ownerOf(partner).map(Path::getFileName).orElseThrow()
                + " is not beside it";
        return CoderFiles.textOf(partner).map(text -> reason + ", nor " + BratNames.TEXT_FOLDER + "/" + text.getFileName()
                + " beside its folder").orElse(reason);
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
        String name = documentName(source.name());
        // The annotations: name.ann beside the text, else one file per coder (PolNeAR's layout), else none.
        Map<String, String> annotations = new LinkedHashMap<>(); // file name → its lines
        Map<String, String> coders = new LinkedHashMap<>(); // file name → the coder it is of
        if (file != null && Files.isRegularFile(annotationsOf(file))) {
            annotations.put(annotationsOf(file).getFileName().toString(), annotationText(annotationsOf(file)));
        } else if (file != null) {
            for (CoderFiles.CoderFile coderFile : coderFiles.of(file)) {
                String fileName = coderFile.file().getFileName().toString();
                annotations.put(fileName, annotationText(coderFile.file()));
                coders.put(fileName, coderFile.coder());
            }
        }
        Reading reading = chooseReading(decoded, mark, String.join("\n", annotations.values()));
        String text = reading.text().substring(reading.dropped());
        if (text.isEmpty()) {
            throw new ImportException("its text is empty");
        }
        org.newsmark.model.CodePointOffsets offsets = org.newsmark.model.CodePointOffsets.of(reading.text());
        BratConfig config = file == null ? BratConfig.NONE : BratConfig.near(file.getParent(), configs);
        List<CarriedWork> works = new ArrayList<>();
        for (Map.Entry<String, String> each : annotations.entrySet()) {
            AnnFile ann = AnnFile.parse(each.getValue(), fragments -> BratDocument.selected(reading.text(), offsets, fragments));
            BratDocument.Result result = BratDocument.read(reading.text(), reading.dropped(), ann, config);
            result.skipped().forEach(skipped -> sink.skipped(each.getKey() + ", " + skipped.where(), skipped.reason()));
            String coder = coders.get(each.getKey());
            works.add(coder == null ? result.work() : ofCoder(result.work(), coder));
        }
        var metadata = source.metadata();
        ArticleDraft draft = new ArticleDraft(metadata.title() != null ? metadata.title() : name, null, metadata.source(),
                metadata.byline(), metadata.published(), metadata.url(), text);
        sink.article("", draft, works.size() == 1 ? works.get(0) : together(works));
    }

    /**
     * One coder's annotations: recorded as that coder's, their ids made the coder's own (each coder's
     * file numbers its annotations from T1), and the article counted as coded by them even when they
     * marked nothing.
     */
    private static CarriedWork ofCoder(CarriedWork work, String coder) {
        String prefix = coder + "/";
        List<CarriedWork.Span> spans = work.spans().stream().map(span -> new CarriedWork.Span(prefix + span.id(),
                span.category(), span.start(), span.end(), span.note(), coder, span.attributes(), span.speaker())).toList();
        List<CarriedWork.SpanLink> links = work.links().stream().map(link -> new CarriedWork.SpanLink(link.id(), link.type(),
                prefix + link.from(), prefix + link.to())).toList();
        return new CarriedWork(work.note(), work.codes(), spans, links, work.people(), Map.of(coder, Map.of()), work.hints());
    }

    /** Several coders' work on one article. */
    private static CarriedWork together(List<CarriedWork> works) {
        if (works.isEmpty()) {
            return CarriedWork.NONE;
        }
        List<CarriedWork.Span> spans = new ArrayList<>();
        List<CarriedWork.SpanLink> links = new ArrayList<>();
        Map<String, Map<String, String>> coders = new LinkedHashMap<>();
        Map<String, org.newsmark.model.CategoryRole> roles = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        Map<String, String> colours = new HashMap<>();
        Map<String, org.newsmark.model.AttributeType> attributeTypes = new HashMap<>();
        for (CarriedWork work : works) {
            spans.addAll(work.spans());
            links.addAll(work.links());
            coders.putAll(work.codesByCoder());
            work.hints().roles().forEach(roles::putIfAbsent);
            parents.putAll(work.hints().parents());
            colours.putAll(work.hints().colours());
            work.hints().attributeTypes().forEach(attributeTypes::putIfAbsent);
        }
        return new CarriedWork(null, Map.of(), spans, links, List.of(), coders,
                new CarriedWork.Hints(roles, parents, colours, attributeTypes));
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
