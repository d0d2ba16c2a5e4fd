package org.newsmark.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.newsmark.importing.collection.CollectionReader;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ProjectStore.NewArticle;
import org.newsmark.store.StoreException;

/**
 * Imports files, folders, web pages and pasted text into a project: each read by its format's
 * reader, stored in batches by {@link ArticleBatcher}, reported file by file. An article is stored
 * whole (with any annotations it carries) or not at all; one bad file or record does not stop the
 * rest. Cancelling stops between two articles and keeps those already read. Runs on the caller's
 * thread: the window calls it from a background thread of its own.
 */
public final class CorpusImporter {

    /** How far the import has got; called on the import's thread a few times a second. */
    public interface Progress {
        Progress NONE = status -> { };

        void update(Status status);
    }

    /**
     * Stores a batch of articles (with the codebook changes they bring) in one transaction. By default
     * the importer's own thread calls the store; the window has the thread that owns the project's
     * connection do it, so the project has one writer.
     */
    public interface BatchWriter {
        List<ProjectStore.AddedArticle> write(List<? extends org.newsmark.model.Change> codebookChanges, List<NewArticle> articles);
    }

    /** @param current the file or address being read */
    public record Status(long bytesDone, long bytesTotal, long imported, long duplicates, long skipped, String current) {
    }

    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    /**
     * The formats whose files carry a coder's work and so are looked through before they are merged
     * ({@link MergeCheck}); besides these, Newsmark projects.
     */
    private static final java.util.Set<String> CODERS_WORK = java.util.Set.of("jsonl", "brat", "webanno-tsv", "w3c");

    /** Thrown through a reader to stop it between two articles. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final ProjectStore store;
    private final ImportPlanner planner;
    private final WebPages web;
    private final ArticleReaders readers;
    private final String annotator;
    private BatchWriter writer;

    public CorpusImporter(ProjectStore store, ArticleReaders readers, WebPages web, String annotator) {
        this.store = store;
        this.readers = readers;
        this.planner = new ImportPlanner(readers);
        this.web = web;
        this.annotator = annotator;
        this.writer = store::importArticles;
    }

    /** Has {@code writer} store each batch (on the thread that owns the project's connection, say). */
    public CorpusImporter writingWith(BatchWriter writer) {
        this.writer = writer;
        return this;
    }

    /** An importer of files, folders and text in every format, for the person running Newsmark; no web addresses. */
    public CorpusImporter(ProjectStore store) {
        this(store, ArticleReaders.all(), WebPages.NONE, System.getProperty("user.name", "unknown"));
    }

    /** Imports files and folders with the default options, all at once: for scripts and tests. */
    public ImportReport importPaths(List<java.nio.file.Path> paths) {
        return run(paths.stream().map(ImportInput::file).toList(), ImportOptions.DEFAULTS, Progress.NONE, () -> false);
    }

    public ImportReport run(List<ImportInput> inputs, ImportOptions options, Progress progress, BooleanSupplier cancelled) {
        return new Run(options, progress, cancelled).run(planner.plan(inputs, options));
    }

    /** One import's state, on one thread. */
    private final class Run {
        private final ImportOptions options;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final List<FileReportBuilder> reports = new ArrayList<>();
        private final AtomicLong readInFile = new AtomicLong();
        private CarriedWorkPlanner carried;
        /** The coder of the file being read, when it is one coder's (see {@link MergeCheck}), else null. */
        private String fileCoder;
        private final ArticleBatcher batcher;
        private final MergeCheck.Known known = new MergeCheck.Known(store);
        private long bytesTotal;
        private long bytesBefore;
        private long lastProgress;

        Run(ImportOptions options, Progress progress, BooleanSupplier cancelled) {
            this.options = options;
            this.progress = progress;
            this.cancelled = cancelled;
            this.batcher = new ArticleBatcher(writer, () -> carried == null ? List.of() : carried.takeShared());
        }

        ImportReport run(ImportPlanner.Plan plan) {
            bytesTotal = plan.totalBytes();
            String stopped = null;
            try {
                for (ImportPlanner.Item item : plan.items()) {
                    if (cancelled.getAsBoolean()) {
                        throw new Cancelled();
                    }
                    importItem(item);
                    bytesBefore += item.size();
                    batcher.flushIfWaiting();
                    report(item.input().label(), false);
                }
                batcher.flush();
            } catch (Cancelled e) {
                stopped = "cancelled; the articles read before it are imported";
                batcher.flush();
            } catch (StoreException e) {
                stopped = "stopped: " + e.getMessage();
            }
            report("", true);
            List<ImportReport.FileReport> files = new ArrayList<>(plan.refused());
            reports.forEach(builder -> files.add(builder.build()));
            return new ImportReport(files, carried == null ? List.of() : carried.additions(), stopped);
        }

        private void importItem(ImportPlanner.Item item) {
            readInFile.set(0);
            fileCoder = options.coder();
            FileReportBuilder report = new FileReportBuilder(item.input().label(),
                    item.reader() == null ? "web page" : item.reader().format());
            reports.add(report);
            try {
                ImportSource source;
                ArticleReader reader = item.reader();
                if (item.input() instanceof ImportInput.UrlInput url) {
                    WebPages.Fetched page = web.fetch(url.url());
                    source = page.source();
                    reader = readers.byFormat(page.format()).orElseThrow(() ->
                            new ImportException("Newsmark cannot read " + page.format() + " pages"));
                    report.format(reader.format());
                } else if (item.input() instanceof ImportInput.TextInput text) {
                    source = ImportSource.ofBytes(text.name(), text.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    source = fileSource(item, reader);
                    if (!mayBeMerged(item, reader, source, report)) {
                        return;
                    }
                }
                read(reader, source, report);
            } catch (ImportException e) {
                report.failed(e.getMessage());
            } catch (IOException e) {
                report.failed("it could not be read (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }

        /**
         * Whether a file that may carry coders' work (a project, JSON Lines, brat, WebAnno TSV, W3C) may be merged: looked
         * through first, so a file that must not be is refused whole, with the reason.
         */
        private boolean mayBeMerged(ImportPlanner.Item item, ArticleReader reader, ImportSource source,
                FileReportBuilder report) throws ImportException, IOException {
            if (reader instanceof ProjectFileReader && ProjectFileReader.sameFile(item.file(), store.file())) {
                report.failed("it is this project itself; a project cannot be merged into itself");
                return false;
            }
            if (!(reader instanceof ProjectFileReader) && !CODERS_WORK.contains(reader.format())) {
                return true;
            }
            MergeCheck check = new MergeCheck(store, known, annotator, options.coder());
            java.util.Optional<String> problem = check.problem(reader, source);
            fileCoder = check.fileCoder();
            problem.ifPresent(report::failed);
            readInFile.set(0); // the look-through is not progress
            return problem.isEmpty();
        }

        private ImportSource fileSource(ImportPlanner.Item item, ArticleReader reader) throws ImportException, IOException {
            ArticleMetadata metadata = reader instanceof CollectionReader ? ArticleMetadata.NONE
                    : SidecarReader.besides(item.file());
            ImportSource plain = ImportSource.ofFile(item.file(), options.encoding(), metadata, options.mapping());
            return new ImportSource(plain.name(), plain.size(), () -> new CountingInputStream(plain.open(), readInFile),
                    plain.encoding(), null, metadata, plain.mapping()).withFile(item.file());
        }

        private void read(ArticleReader reader, ImportSource source, FileReportBuilder report)
                throws ImportException, IOException {
            try {
                reader.read(source, new ArticleSink() {
                    @Override
                    public void article(String where, ArticleDraft draft, CarriedWork work) {
                        if (cancelled.getAsBoolean()) {
                            throw new Cancelled();
                        }
                        report.handedOver();
                        batcher.add(newArticle(draft, work, where, report), added -> {
                            report.stored(where, draft.title(), added);
                            if (added.problem() == null && !added.duplicate()) {
                                known.stored(draft, added.id());
                            }
                        });
                        report(source.name(), false);
                    }

                    @Override
                    public void skipped(String where, String reason) {
                        report.skipped(where, reason);
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof Cancelled || e instanceof StoreException) {
                    throw e;
                }
                throw new ImportException("Newsmark's " + reader.format() + " reader failed on it; "
                        + "the file is probably damaged (please report it if it opens elsewhere)", e);
            }
        }

        private NewArticle newArticle(ArticleDraft draft, CarriedWork work, String where, FileReportBuilder report) {
            if (work.isEmpty()) {
                // An article of one coder's file counts as coded by them, even with nothing marked.
                return fileCoder == null ? new NewArticle(draft)
                        : new NewArticle(draft, NewArticle.NO_WORK, java.util.Set.of(fileCoder));
            }
            if (carried == null) {
                carried = new CarriedWorkPlanner(store.codebook(), store.people(), annotator, options.coder());
            }
            CarriedWorkPlanner.Plan plan = carried.plan(work, draft.text(), where);
            plan.problems().forEach(problem -> report.skipped(problem.where(), problem.reason()));
            java.util.Set<String> coders = new java.util.TreeSet<>(plan.coders());
            if (fileCoder != null) {
                coders.add(fileCoder);
            }
            return new NewArticle(draft, plan.work(), coders);
        }

        private void report(String current, boolean force) {
            long now = System.nanoTime();
            if (!force && now - lastProgress < PROGRESS_EVERY_NANOS) {
                return;
            }
            lastProgress = now;
            long imported = 0;
            long duplicates = 0;
            long skipped = 0;
            for (FileReportBuilder builder : reports) {
                imported += builder.importedCount();
                duplicates += builder.duplicateCount();
                skipped += builder.skippedCount();
            }
            progress.update(new Status(Math.min(bytesTotal, bytesBefore + readInFile.get()), bytesTotal, imported,
                    duplicates, skipped, current));
        }
    }
}
