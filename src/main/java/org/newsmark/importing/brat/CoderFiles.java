package org.newsmark.importing.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsmark.formats.BratNames;

/**
 * A brat corpus with one annotation file per coder, as PolNeAR is laid out: the texts in a folder
 * {@code text/} ({@code text/name.txt}) and each coder's annotations of a text, {@code name_coder.ann},
 * in a folder beside it ({@code attributions/}, say). The coder is the part of the name after its last
 * {@code _} (as {@link BratNames#coderFileName} writes it). The folders beside {@code text/} are listed
 * once and listed again only when one of them changes, so a corpus of thousands of texts is not a
 * listing per text.
 */
final class CoderFiles {

    /** One coder's annotations of a text. */
    record CoderFile(Path file, String coder) {
    }

    /** The coder files of a corpus folder, by the name of the text they annotate, and when they were listed. */
    private record Listing(List<FileTime> stamps, Map<String, List<CoderFile>> byDocument) {
    }

    private final Map<Path, Listing> listings = new HashMap<>();

    /** The coders' files of {@code text} when it lies in a folder {@code text/}; none otherwise. */
    synchronized List<CoderFile> of(Path text) {
        Path folder = text.toAbsolutePath().normalize().getParent();
        if (folder == null || folder.getParent() == null
                || !folder.getFileName().toString().equalsIgnoreCase(BratNames.TEXT_FOLDER)) {
            return List.of();
        }
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String document = dot > 0 ? name.substring(0, dot) : name;
        return listing(folder.getParent(), folder).byDocument().getOrDefault(document, List.of());
    }

    /** For a file {@code name_coder.ann} in a folder beside {@code text/}: {@code text/name.txt}, whether or not it exists. */
    static Optional<Path> textOf(Path annotations) {
        String[] documentAndCoder = BratNames.documentAndCoder(annotations.getFileName().toString());
        Path folder = annotations.toAbsolutePath().normalize().getParent();
        if (documentAndCoder == null || folder == null || folder.getParent() == null
                || folder.getFileName().toString().equalsIgnoreCase(BratNames.TEXT_FOLDER)) {
            return Optional.empty();
        }
        return Optional.of(folder.getParent().resolve(BratNames.TEXT_FOLDER).resolve(documentAndCoder[0] + ".txt"));
    }

    private Listing listing(Path corpus, Path textFolder) {
        List<Path> beside = new ArrayList<>();
        List<FileTime> stamps = new ArrayList<>();
        try (Stream<Path> entries = Files.list(corpus)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry) && !entry.equals(textFolder) && !entry.getFileName().toString().startsWith(".")) {
                    beside.add(entry);
                    stamps.add(Files.getLastModifiedTime(entry));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Listing(List.of(), Map.of());
        }
        Listing known = listings.get(corpus);
        if (known != null && known.stamps().equals(stamps)) {
            return known;
        }
        Map<String, List<CoderFile>> byDocument = new HashMap<>();
        for (Path folder : beside) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    String[] documentAndCoder = name.toLowerCase(Locale.ROOT).endsWith(".ann")
                            ? BratNames.documentAndCoder(name) : null;
                    if (documentAndCoder != null && Files.isRegularFile(file)) {
                        byDocument.computeIfAbsent(documentAndCoder[0], document -> new ArrayList<>())
                                .add(new CoderFile(file, documentAndCoder[1]));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder that cannot be read holds no coder files
            }
        }
        Listing listing = new Listing(List.copyOf(stamps), byDocument);
        listings.put(corpus, listing);
        return listing;
    }
}
