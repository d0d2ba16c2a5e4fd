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
import org.newsmark.task.SerialTasks;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.corpus.ConcordanceViewModel;
import org.newsmark.ui.corpus.CorpusViewModel;
import org.newsmark.ui.corpus.CorpusViews;
import org.newsmark.ui.corpus.ImportViewModel;
import org.newsmark.ui.corpus.SearchViewModel;
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

    private final ProjectStore store;
    private final SerialTasks storeTasks;
    private final SerialTasks renderTasks;
    private final SerialTasks importTasks;
    private final SerialTasks previewTasks;
    private final ImportViewModel imports;
    private final ProjectViewModel viewModel;
    private final MainWindow window;

    ProjectSession(ProjectStore store, Executor fxThread, DialogService dialogs, MainWindow.SessionActions actions,
            String annotator) {
        this.store = store;
        this.storeTasks = new SerialTasks("newsmark-store", fxThread);
        this.renderTasks = new SerialTasks("newsmark-layout", fxThread);
        AnnotationEditor editor = new AnnotationEditor(store, storeTasks, Clock.systemUTC());
        this.viewModel = new ProjectViewModel(store, storeTasks, editor, annotator);
        this.importTasks = new SerialTasks("newsmark-import", fxThread);
        this.previewTasks = new SerialTasks("newsmark-preview", fxThread);
        CorpusImporter importer = new CorpusImporter(store, ArticleReaders.all(), UrlImport.standard(), annotator);
        CorpusViewModel corpus = new CorpusViewModel(store, storeTasks, editor, viewModel);
        FindingsViews findings = FindingsViews.create(store, storeTasks, editor, viewModel, corpus.filterProperty());
        CollectionPreviewer previewer = new CollectionPreviewer(ArticleReaders.all());
        this.imports = new ImportViewModel(importer::run, previewer::firstCollection, importTasks,
                previewTasks, report -> {
            viewModel.afterImport(report);
            corpus.markStale();
            findings.findings().markStale();
        });
        CorpusViews corpusViews = new CorpusViews(imports, corpus, new SearchViewModel(store, storeTasks, viewModel),
                new ConcordanceViewModel(store, storeTasks, viewModel));
        this.window = new MainWindow(viewModel, corpusViews, findings, renderTasks, dialogs, actions);
        viewModel.load();
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
        try {
            imports.cancel();
            importTasks.finish(10, TimeUnit.SECONDS);
            storeTasks.finish(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            renderTasks.close();
            importTasks.close();
            previewTasks.close();
            storeTasks.close();
            store.close();
        }
    }
}
