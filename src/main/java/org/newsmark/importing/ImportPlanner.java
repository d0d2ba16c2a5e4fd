package org.newsmark.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Works out what an import will read before it starts: folders opened into their files (sub-folders
 * too when asked), a reader chosen for each file by its name or first bytes, and the total size for
 * the progress bar. Inside a folder, files no reader knows (the images and scripts saved beside a
 * web page) and its README and licence are passed over and counted; a file named on its own that no
 * reader knows is refused.
 */
public final class ImportPlanner {

    /** One file, address or text to read, with the reader for it (null for an address: the server says). */
    public record Item(ImportInput input, Path file, ArticleReader reader, long size) {
    }

    /** The items, what was refused or passed over before reading, and the bytes to read. */
    public record Plan(List<Item> items, List<ImportReport.FileReport> refused, long totalBytes) {
    }

    static final String SIDECAR_SUFFIX = ".meta.json";
    private static final int HEAD_BYTES = 4096;
    private static final java.util.Set<String> FOLDER_NOTES = java.util.Set.of("README", "LICENSE", "LICENCE", "COPYING",
            "CHANGELOG", "CREDITS", "NOTICE");

    private final ArticleReaders readers;

    public ImportPlanner(ArticleReaders readers) {
        this.readers = readers;
    }

    public Plan plan(List<ImportInput> inputs, ImportOptions options) {
        List<Item> items = new ArrayList<>();
        List<ImportReport.FileReport> refused = new ArrayList<>();
        Optional<ArticleReader> forced = Optional.ofNullable(options.format()).flatMap(readers::byFormat);
        if (options.format() != null && forced.isEmpty()) {
            refused.add(ImportReport.FileReport.failed("", "", "there is no format \u201C" + options.format()
                    + "\u201D; the formats are " + String.join(", ", readers.formats())));
            return new Plan(items, refused, 0);
        }
        java.util.Set<Path> planned = new java.util.HashSet<>();
        for (ImportInput input : inputs) {
            if (input instanceof ImportInput.FileInput fileInput) {
                planPath(fileInput.path(), options.recursive(), forced, items, refused, planned);
            } else if (input instanceof ImportInput.TextInput text) {
                items.add(new Item(input, null, readers.byFormat("text").orElseThrow(), text.text().length()));
            } else {
                items.add(new Item(input, null, null, 0));
            }
        }
        // A partner dropped beside its file (a page with the annotations of it) is read with that file only.
        java.util.Set<Path> partners = new java.util.HashSet<>();
        for (Item item : items) {
            if (item.reader() instanceof PairedReader paired && item.file() != null) {
                paired.partnersOf(item.file()).forEach(partner -> partners.add(partner.toAbsolutePath().normalize()));
            }
        }
        items.removeIf(item -> item.file() != null && partners.contains(item.file().toAbsolutePath().normalize()));
        return new Plan(items, refused, items.stream().mapToLong(Item::size).sum());
    }

    private void planPath(Path path, boolean recursive, Optional<ArticleReader> forced, List<Item> items,
            List<ImportReport.FileReport> refused, java.util.Set<Path> planned) {
        if (Files.isDirectory(path)) {
            planFolder(path, recursive, forced, items, refused, planned);
            return;
        }
        if (!Files.exists(path)) {
            refused.add(ImportReport.FileReport.failed(path.toString(), "", "there is no such file or folder"));
            return;
        }
        if (!Files.isRegularFile(path)) {
            // Reading a named pipe or a device would wait for whatever writes to it, perhaps forever.
            refused.add(ImportReport.FileReport.failed(path.toString(), "", "it is not a regular file (a named pipe, "
                    + "a device or a socket); Newsmark imports files and folders"));
            return;
        }
        Path file = path;
        Optional<PairedReader> partnerOf = pairedReaders(forced).filter(paired -> paired.ownerOf(path).isPresent()).findFirst();
        if (partnerOf.isPresent()) {
            // A brat .ann named on its own (or dropped with its .txt) imports its article, once.
            Path owner = partnerOf.get().ownerOf(path).orElseThrow();
            if (!Files.isRegularFile(owner)) {
                refused.add(ImportReport.FileReport.failed(path.toString(), partnerOf.get().format(),
                        partnerOf.get().orphanReason(path)));
                return;
            }
            file = owner;
        }
        Optional<ArticleReader> reader = partnerOf.isPresent() ? Optional.of(partnerOf.get())
                : forced.isPresent() ? forced : readerFor(file);
        if (reader.isEmpty()) {
            refused.add(ImportReport.FileReport.failed(path.toString(), "", "Newsmark does not read "
                    + kind(path) + " (it reads " + String.join(", ", readers.formats()) + ")"));
            return;
        }
        if (planned.add(file.toAbsolutePath().normalize())) {
            items.add(new Item(ImportInput.file(file), file, reader.get(), size(file)));
        }
    }

    private void planFolder(Path folder, boolean recursive, Optional<ArticleReader> forced, List<Item> items,
            List<ImportReport.FileReport> refused, java.util.Set<Path> planned) {
        List<Path> files;
        long subfolders;
        try (Stream<Path> entries = Files.walk(folder, recursive ? Integer.MAX_VALUE : 1)) {
            List<Path> all = entries.filter(entry -> !entry.equals(folder) && !hidden(folder, entry)).sorted().toList();
            files = all.stream().filter(Files::isRegularFile).filter(file -> !isSidecar(file)).toList();
            subfolders = recursive ? 0 : all.stream().filter(Files::isDirectory).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            refused.add(ImportReport.FileReport.failed(folder.toString(), "", "the folder could not be read (" + e.getMessage() + ")"));
            return;
        }
        int before = items.size();
        TreeSet<String> ignoredKinds = new TreeSet<>();
        int ignored = 0;
        // First every file's reader, then the partners they read along (a brat .ann, the page a W3C file
        // annotates), which are no input of their own whichever comes first in the folder.
        java.util.Map<Path, ArticleReader> chosen = new java.util.LinkedHashMap<>();
        java.util.Set<Path> partners = new java.util.HashSet<>();
        for (Path file : files) {
            if (isFolderNote(file)) {
                ignored++;
                ignoredKinds.add(file.getFileName().toString());
                continue;
            }
            Optional<PairedReader> partnerOf = pairedReaders(forced).filter(paired -> paired.ownerOf(file).isPresent())
                    .findFirst();
            if (partnerOf.isPresent()) {
                Path owner = partnerOf.get().ownerOf(file).orElseThrow();
                if (!Files.isRegularFile(owner)) {
                    refused.add(ImportReport.FileReport.failed(file.toString(), partnerOf.get().format(),
                            partnerOf.get().orphanReason(file)));
                } else if (!owner.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
                    // Its article file lies outside the folder (a coder's brat file, its text in text/ beside it).
                    chosen.putIfAbsent(owner, partnerOf.get());
                }
                continue;
            }
            if (pairedReaders(forced).anyMatch(paired -> paired.isConfiguration(file))) {
                ignored++;
                ignoredKinds.add(file.getFileName().toString());
                continue;
            }
            Optional<ArticleReader> reader = forced.isPresent() ? forced : readerFor(file);
            if (reader.isPresent()) {
                chosen.put(file, reader.get());
                if (reader.get() instanceof PairedReader paired) {
                    paired.partnersOf(file).forEach(partner -> partners.add(partner.toAbsolutePath().normalize()));
                }
            } else {
                ignored++;
                ignoredKinds.add(kind(file));
            }
        }
        chosen.forEach((file, reader) -> {
            Path key = file.toAbsolutePath().normalize();
            if (!partners.contains(key) && planned.add(key)) {
                items.add(new Item(ImportInput.file(file), file, reader, size(file)));
            }
        });
        List<String> notes = new ArrayList<>();
        if (items.size() == before) {
            notes.add("the folder has no files Newsmark reads");
        }
        if (ignored > 0) {
            notes.add(ignored + (ignored == 1 ? " file was" : " files were") + " passed over as not articles ("
                    + String.join(", ", ignoredKinds) + ")");
        }
        if (subfolders > 0) {
            notes.add(subfolders + (subfolders == 1 ? " sub-folder was" : " sub-folders were")
                    + " not searched; include sub-folders to import them");
        }
        if (items.size() == before) {
            refused.add(ImportReport.FileReport.failed(folder.toString(), "", String.join("; ", notes)));
        } else if (!notes.isEmpty()) {
            refused.add(ImportReport.FileReport.note(folder.toString(), String.join("; ", notes)));
        }
    }

    /** The readers of paired formats that may claim a file: the forced one, or all of them. */
    private Stream<PairedReader> pairedReaders(Optional<ArticleReader> forced) {
        Stream<ArticleReader> candidates = forced.isPresent() ? Stream.of(forced.get()) : readers.readers().stream();
        return candidates.filter(PairedReader.class::isInstance).map(PairedReader.class::cast);
    }

    /** A reader by the file's name, or else by its first bytes. */
    Optional<ArticleReader> readerFor(Path file) {
        Optional<ArticleReader> aware = readers.readers().stream().filter(FileAwareReader.class::isInstance)
                .filter(reader -> ((FileAwareReader) reader).readsFile(file)).findFirst();
        if (aware.isPresent()) {
            return aware;
        }
        String name = file.getFileName().toString();
        Optional<ArticleReader> byName = readers.readerFor(name, new byte[0]);
        if (byName.isPresent()) {
            return byName;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readers.readerFor(name, in.readNBytes(HEAD_BYTES));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A corpus downloaded from anywhere comes with a README and a licence: notes about the folder, not articles. */
    private static boolean isFolderNote(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
        int dot = name.indexOf('.');
        return FOLDER_NOTES.contains(dot > 0 ? name.substring(0, dot) : name);
    }

    static boolean isSidecar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    /** Files and folders whose name starts with a dot are the system's, not the person's. */
    private static boolean hidden(Path root, Path entry) {
        for (Path part : root.relativize(entry)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) + " files" : "files without an extension";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
