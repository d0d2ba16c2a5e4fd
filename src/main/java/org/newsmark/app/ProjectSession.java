package org.newsmark.app;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.ArticleReaders;
import org.newsmark.importing.CollectionPreviewer;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.web.UrlImport;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.SerialTasks;
import org.newsmark.task.Ticker;
import org.newsmark.ui.exporting.ExportViewModel;
import org.newsmark.ui.agreement.AgreementViewModel;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.corpus.ConcordanceViewModel;
import org.newsmark.ui.corpus.CorpusViewModel;
import org.newsmark.ui.corpus.CorpusViews;
import org.newsmark.ui.corpus.ImportViewModel;
import org.newsmark.ui.corpus.SearchViewModel;
import org.newsmark.ui.findings.FindingsViewModel;
import org.newsmark.ui.findings.FindingsViews;
import org.newsmark.ui.main.MainWindow;
import org.newsmark.ui.main.ProjectViewModel;

/**
 * One open project in the window: the store, the thread that owns it, the thread that lays out
 * articles, the thread that imports, the editor with its undo history, and the window content.
 * Closing it stops a running import between two articles and finishes every pending save before the
 * project file is closed.
 */
final class ProjectSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ProjectSession.class.getName());

    private final ProjectStore store;
    private final SerialTasks storeTasks;
    private final SerialTasks renderTasks;
    private final SerialTasks importTasks;
    private final SerialTasks previewTasks;
    private final SerialTasks exportTasks;
    /** Integrity checks and copies of the whole file: long reads on connections of their own. */
    private final SerialTasks fileTasks;
    private final Ticker watch;
    private final ImportViewModel imports;
    private final ExportViewModel exports;
    private final ProjectViewModel viewModel;
    private final MainWindow window;

    private final ProjectFileCommands fileCommands;

    /**
     * @param firstView what the window shows first, read already (at start: the window then shows the
     *                  article first, the rest once it is on the screen); or null to read it in the background
     */
    ProjectSession(ProjectStore store, Executor fxThread, DialogService dialogs, MainWindow.SessionActions actions,
            String userName, AppDirectories directories, org.newsmark.ui.look.LookViewModel look,
            ProjectViewModel.FirstView firstView) {
        this.store = store;
        String annotator = coderOf(store, userName);
        this.storeTasks = new SerialTasks("newsmark-store", fxThread);
        this.renderTasks = new SerialTasks("newsmark-layout", fxThread);
        AnnotationEditor editor = new AnnotationEditor(store, storeTasks, Clock.systemUTC());
        this.viewModel = new ProjectViewModel(store, storeTasks, editor, annotator);
        this.importTasks = new SerialTasks("newsmark-import", fxThread);
        this.previewTasks = new SerialTasks("newsmark-preview", fxThread);
        this.exportTasks = new SerialTasks("newsmark-export", fxThread);
        this.fileTasks = new SerialTasks("newsmark-file", fxThread);
        // One writer: the import thread reads files, the store's thread writes each batch between the saves.
        // The readers (Jackson among them) are made at the first import, not before the window shows.
        Lazy<CorpusImporter> importer = new Lazy<>(() -> new CorpusImporter(store, ArticleReaders.all(), UrlImport.standard(),
                annotator).writingWith((changes, articles) -> storeTasks.call(() -> store.importArticles(changes, articles))));
        CorpusViewModel corpus = new CorpusViewModel(store, storeTasks, editor, viewModel);
        FindingsViews findings = FindingsViewModel.views(store, storeTasks, editor, viewModel, corpus.filterProperty());
        Lazy<CollectionPreviewer> previewer = new Lazy<>(() -> new CollectionPreviewer(ArticleReaders.all()));
        this.imports = new ImportViewModel((inputs, options, progress, cancelled) -> importer.get().run(inputs, options, progress,
                cancelled), (files, options) -> previewer.get().firstCollection(files, options), importTasks,
                previewTasks, report -> {
            viewModel.afterImport(report);
            corpus.markStale();
            findings.findings().markStale();
        });
        this.exports = new ExportViewModel(store, exportTasks, viewModel::say);
        CorpusViews corpusViews = new CorpusViews(imports, exports, corpus, new SearchViewModel(store, storeTasks, viewModel),
                new ConcordanceViewModel(store, storeTasks, viewModel),
                new AgreementViewModel(store::openReader, fileTasks, store.file().getFileName().toString()));
        // At start the article comes first; a project opened later, with Java warmed up, comes whole.
        this.window = firstView != null
                ? MainWindow.articleFirst(viewModel, corpusViews, findings, renderTasks, dialogs, actions, look)
                : new MainWindow(viewModel, corpusViews, findings, renderTasks, dialogs, actions, look);
        if (firstView != null) {
            viewModel.load(firstView);
        } else {
            viewModel.load();
        }
        viewModel.checkIntegrityIfNotYet(fileTasks);
        this.fileCommands = new ProjectFileCommands(store, fileTasks, dialogs, directories, viewModel::say);
        fileCommands.makeTodaysBackup();
        // Another program (a command-line import, another window) may write to the project meanwhile.
        this.watch = Ticker.every("newsmark-watch", OUTSIDE_CHANGES_EVERY_MILLIS,
                () -> fxThread.execute(viewModel::checkForOutsideChanges));
    }

    /** Half a second: an article imported from the command line shows in the window within a second. */
    private static final long OUTSIDE_CHANGES_EVERY_MILLIS = 500;

    /** Copies, repairs, the log and diagnostics: what concerns the project file itself. */
    ProjectFileCommands fileCommands() {
        return fileCommands;
    }

    MainWindow window() {
        return window;
    }

    ProjectViewModel viewModel() {
        return viewModel;
    }

    ProjectStore store() {
        return store;
    }

    @Override
    public void close() {
        watch.close();
        try {
            imports.cancel();
            exports.cancel();
            importTasks.finish(10, TimeUnit.SECONDS);
            exportTasks.finish(10, TimeUnit.SECONDS);
            fileTasks.finish(30, TimeUnit.SECONDS);
            // The thread that owns the project file closes it, after every save queued before.
            storeTasks.submit(BackgroundTask.of("Close " + store.file().getFileName(), progress -> {
                store.close();
                return null;
            }));
            if (!storeTasks.finish(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "The project's saves did not finish within 30 s of closing it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renderTasks.close();
            importTasks.close();
            previewTasks.close();
            exportTasks.close();
            fileTasks.close();
            storeTasks.close();
            // Closed already, unless the store thread could not get to it.
            store.close();
        }
    }

    /**
     * The name this window's work is recorded under: the project's coder name once set. A project
     * without one is given one, because the window shows another coder's work read-only and the same
     * project opened on another computer (another user name) must still know its own coder's work:
     * a project nobody has coded in yet takes the user's name; one whose work is all one coder's (a
     * project from before coders had names) takes that coder's. A project holding several coders'
     * work and no name is left as it is, with the user's name for this session (File ▸ Coder Name
     * settles it).
     */
    private static String coderOf(ProjectStore store, String userName) {
        java.util.Optional<String> named = store.setting(ProjectStore.CODER_SETTING).filter(name -> !name.isBlank());
        if (named.isPresent()) {
            return named.get();
        }
        java.util.SortedSet<String> coders = store.coders();
        String coder = coders.size() == 1 ? coders.iterator().next() : userName;
        if (!store.isReadOnly() && coders.size() <= 1 && coder != null && !coder.isBlank()) {
            store.putSetting(ProjectStore.CODER_SETTING, coder.strip());
        }
        return coder;
    }
}
