package org.newsmark.ui.main;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.annotation.AnnotationPanel;
import org.newsmark.ui.article.ArticleView;
import org.newsmark.importing.ImportReport;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.corpus.ConcordanceView;
import org.newsmark.ui.corpus.CorpusTable;
import org.newsmark.ui.corpus.CorpusViews;
import org.newsmark.ui.corpus.ImportActions;
import org.newsmark.ui.corpus.SearchPanel;
import org.newsmark.ui.common.TaskBar;
import org.newsmark.ui.corpus.ImportReportDialog;
import org.newsmark.ui.corpus.ImportViewModel;
import org.newsmark.ui.findings.FindingsView;
import org.newsmark.ui.findings.FindingsViews;
import org.newsmark.ui.find.FindBar;
import org.newsmark.ui.find.FindViewModel;
import org.newsmark.ui.coding.ArticleCodingPanel;
import org.newsmark.ui.codebook.CodebookEditor;
import org.newsmark.ui.speakers.MentionsDialog;
import org.newsmark.ui.speakers.SpeakersPanel;
import org.newsmark.model.Person;
import org.newsmark.ui.look.LookSettings;
import org.newsmark.ui.look.LookViewModel;
import org.newsmark.ui.look.Themes;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The main window's content: menus, category palette, article list, article, annotations, status. */
public final class MainWindow {

    /**
     * What the window asks of the application: things that replace or end the project session, and
     * what concerns the project file itself rather than its contents.
     */
    public interface SessionActions {
        void newProject();

        void openProject();

        void quit();

        /** Saves a copy of the project as it is now, under a name the person chooses. */
        void saveBackupCopy();

        /** Saves a repaired copy of a damaged project and offers to open it. */
        void saveRepairedCopy();

        /** Replaces the project with one of its copies, keeping the project as it was beside it. */
        void restoreFromBackup();

        /** Shows the log, for a bug report. */
        void showLog();

        /** Opens the project again (after its coder's name changed, say). */
        void reopenProject();

        /** Puts what a bug report needs (versions, the project, the end of the log) on the clipboard. */
        void copyDiagnostics();
    }

    /** The id of the centre's tab that holds the article. */
    static final String ARTICLE_TAB = "tab-reading";

    /** The article's body text at normal size, in pixels. */
    private static final double ARTICLE_FONT_SIZE = 16;

    private final ProjectViewModel viewModel;
    private final DialogService dialogs;
    private final SessionActions session;
    private final ImportViewModel imports;
    private final org.newsmark.ui.exporting.ExportViewModel exports;
    private final ImportActions importActions;
    private final CorpusViews corpusViews;
    private final FindingsViews findings;
    private final BorderPane root = new BorderPane();
    private final ArticleView articleView;
    private final LookViewModel look;
    /** Whether the window has more than the article yet (see {@link #articleFirst}). */
    private boolean complete;
    private TabPane centre;
    private Tab articleTab;
    private SearchPanel searchPanel;
    private Tab searchTab;
    private FindBar findBar;
    private AnnotationPanel annotationPanel;
    private ArticleCodingPanel codingPanel;
    private SpeakersPanel speakersPanel;
    /** Held here and listened to weakly: the look outlives a project's window. */
    private javafx.beans.value.ChangeListener<Boolean> darkChanged;
    private javafx.beans.value.ChangeListener<Number> zoomChanged;
    private CodebookEditor codebookEditor;
    private FindingsView findingsView;
    private org.newsmark.ui.curation.CurationKeys curationKeys;
    private org.newsmark.ui.curation.CodersBar codersBar;

    public MainWindow(ProjectViewModel viewModel, CorpusViews corpusViews, BackgroundTasks renderTasks, DialogService dialogs,
            SessionActions session) {
        this(viewModel, corpusViews, null, renderTasks, dialogs, session, new LookViewModel(LookSettings.inMemory(), false));
    }

    /**
     * The whole window at once.
     *
     * @param findings the Findings views' models, or null for a window without them
     * @param look     the theme, text size and layout the person chose, remembered by the application
     */
    public MainWindow(ProjectViewModel viewModel, CorpusViews corpusViews, FindingsViews findings, BackgroundTasks renderTasks,
            DialogService dialogs, SessionActions session, LookViewModel look) {
        this(viewModel, corpusViews, findings, renderTasks, dialogs, session, look, true);
    }

    /**
     * The article alone, where it will be once the rest of the window is round it; {@link #completeWindow()}
     * adds the menus, panels and tabs. For the start: the window's first frame then costs about what a
     * bare text area's does, and the rest is built while the article is already on screen.
     */
    public static MainWindow articleFirst(ProjectViewModel viewModel, CorpusViews corpusViews, FindingsViews findings,
            BackgroundTasks renderTasks, DialogService dialogs, SessionActions session, LookViewModel look) {
        return new MainWindow(viewModel, corpusViews, findings, renderTasks, dialogs, session, look, false);
    }

    private MainWindow(ProjectViewModel viewModel, CorpusViews corpusViews, FindingsViews findings, BackgroundTasks renderTasks,
            DialogService dialogs, SessionActions session, LookViewModel look, boolean whole) {
        this.viewModel = viewModel;
        this.corpusViews = corpusViews;
        this.findings = findings;
        this.look = look;
        this.imports = corpusViews.imports();
        this.exports = corpusViews.exports();
        this.dialogs = dialogs;
        this.session = session;
        this.importActions = new ImportActions(imports, dialogs, viewModel::say, viewModel.isReadOnly());
        articleView = new ArticleView(viewModel.article(), viewModel.attribution(), renderTasks, viewModel::say);
        articleView.setPeople(viewModel.annotationCoding()::ranked, text -> viewModel.speakers().proposedName(text).orElse(""));
        viewModel.suggestions().makeSuggestionsOn(renderTasks);
        articleView.setSuggestions(viewModel.suggestions());
        root.getStyleClass().add("main-window");
        useLook();
        if (whole) {
            completeWindow();
        } else {
            root.setCenter(articleView.node());
            root.setPadding(WindowLayout.articleInsets(look.settings()));
        }
    }

    /** Whether the article's text is laid out in the window: some of it in view. */
    public boolean showsArticleText() {
        return articleView.area().getLength() > 0 && !articleView.area().getVisibleParagraphs().isEmpty();
    }

    /** Builds the rest of a window made {@link #articleFirst}, round the article; once. */
    public void completeWindow() {
        if (complete) {
            return;
        }
        complete = true;
        // Moved into its tab below, the text would lose the keyboard the person may already be using.
        boolean typing = root.getScene() == null || root.getScene().getFocusOwner() == articleView.area();
        root.setPadding(javafx.geometry.Insets.EMPTY);
        findBar = new FindBar(new FindViewModel(() -> viewModel.article().getArticle() == null ? null
                : viewModel.article().getArticle().text()), articleView);
        annotationPanel = new AnnotationPanel(viewModel.article(), viewModel.annotationCoding(), viewModel.attribution());
        annotationPanel.setOnNoteLeft(this::focusArticle);
        articleView.setAnnotationKeys(new AnnotationKeysInThePanel(annotationPanel, viewModel.annotationCoding()));
        annotationPanel.showSuggestions(viewModel.suggestions());
        codingPanel = new ArticleCodingPanel(viewModel.coding(), viewModel.article().categories());
        ArticleListView articleList = new ArticleListView(viewModel);
        speakersPanel = new SpeakersPanel(viewModel.speakers(), this::showMentions);

        curationKeys = new org.newsmark.ui.curation.CurationKeys(viewModel.article(), articleView, viewModel.disagreements(),
                viewModel.curation());
        codersBar = new org.newsmark.ui.curation.CodersBar(viewModel.article(),
                viewModel.disagreements(), curationKeys, () -> viewModel.curate(session::reopenProject));
        VBox reading = new VBox(findBar.node(), codersBar.node(), articleView.node());
        VBox.setVgrow(articleView.node(), Priority.ALWAYS);
        CorpusTable corpusTable = new CorpusTable(corpusViews.corpus(), viewModel.article().codebookProperty());
        ConcordanceView concordance = new ConcordanceView(corpusViews.concordance(), viewModel.article().codebookProperty());
        articleTab = tab("Article", reading, ARTICLE_TAB);
        Tab corpusTab = tab("Corpus", corpusTable.node(), "tab-corpus");
        corpusTab.setOnSelectionChanged(event -> {
            if (corpusTab.isSelected()) {
                corpusViews.corpus().refreshIfStale();
            }
        });
        Tab concordanceTab = tab("Concordance", concordance.node(), "tab-concordance");
        concordanceTab.setOnSelectionChanged(event -> {
            if (concordanceTab.isSelected()) {
                corpusViews.concordance().refreshChoices();
            }
        });
        centre = new TabPane(articleTab, corpusTab, concordanceTab);
        centre.setId("centre-tabs");
        if (findings != null) {
            findingsView = new FindingsView(findings);
            Tab findingsTab = tab("Findings", findingsView.node(), "tab-findings");
            findingsTab.selectedProperty().addListener((observable, was, is) -> findings.findings().activeProperty().set(is));
            centre.getTabs().add(findingsTab);
        }
        if (corpusViews.agreement() != null) {
            org.newsmark.ui.agreement.AgreementView agreement = new org.newsmark.ui.agreement.AgreementView(corpusViews.agreement(),
                    () -> dialogs.chooseReportFile("Save the agreement report", viewModel.projectFile().getFileName().toString()
                            .replaceFirst("\\.newsmark$", "") + "-agreement.csv"));
            centre.getTabs().add(tab("Agreement", agreement.node(), "tab-agreement"));
        }
        // Whatever list an article is opened from, the article comes to the front.
        viewModel.articleRequestsProperty().addListener((observable, before, after) -> centre.getSelectionModel().select(articleTab));
        searchPanel = new SearchPanel(corpusViews.search());
        Tab articlesTab = tab("Articles", articleList.node(), "tab-articles");
        Tab speakersTab = tab("Speakers", speakersPanel.node(), "tab-speakers");
        speakersTab.setOnSelectionChanged(event -> {
            if (speakersTab.isSelected()) {
                speakersPanel.refresh();
            }
        });
        searchTab = tab("Search", searchPanel.node(), "tab-search");
        TabPane left = new TabPane(articlesTab, speakersTab);
        // The search's hits and passages read best wide: a tab of the centre, after the others.
        centre.getTabs().add(searchTab);
        left.setId("left-tabs");
        TabPane right = new TabPane(tab("Annotations", annotationPanel.node(), "tab-annotations"),
                tab("Article", codingPanel.node(), "tab-article"), tab("Disagreements",
                        new org.newsmark.ui.curation.DisagreementsPanel(viewModel.disagreements(), curationKeys).node(),
                        "tab-disagreements"));
        right.setId("right-tabs");
        SplitPane split = new SplitPane(left, centre, right);
        split.setOrientation(Orientation.HORIZONTAL);
        // The side panels keep the width they were given (remembered); the article takes the rest.
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        WindowLayout layout = WindowLayout.remember(look.settings(), split, left, centre, right);
        // The tables (corpus, concordance, findings, agreement) take the whole width; the article gets its panels back.
        left.setMinWidth(0);
        right.setMinWidth(0);
        centre.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                layout.widen(after != articleTab));
        // A window completed round its article keeps the article in front, whichever tab was chosen last.
        if (viewModel.currentArticleIdProperty().get() >= 0) {
            centre.getSelectionModel().select(articleTab);
        }
        TableColumns.remember(look.settings(), "corpus", corpusTable.node());
        TableColumns.remember(look.settings(), "concordance", concordance.node());

        MainMenus menus = new MainMenus(this, viewModel, dialogs, session, importActions, imports, exports, look);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setCenter(split);
        root.setBottom(new StatusBar(viewModel, new TaskBar(imports, "import").node(), new TaskBar(exports, "export").node()).node());
        importActions.acceptDrops(root);
        if (typing) {
            focusArticleOnceInItsTab();
        }
        imports.lastReportProperty().addListener((observable, before, report) -> {
            if (report != null && (report.skippedCount() > 0 || report.duplicateCount() > 0 || report.files().size() > 1)) {
                showImportReport();
            }
        });
    }

    public Parent node() {
        return root;
    }

    public ArticleView articleView() {
        return articleView;
    }

    public FindBar findBar() {
        return findBar;
    }

    public AnnotationPanel annotationPanel() {
        return annotationPanel;
    }

    /** Saves what is being typed (a note) before the window's project is closed or replaced. */
    public void commitPendingInput() {
        if (complete) {
            annotationPanel.commitPendingInput();
            codingPanel.commitPendingInput();
            speakersPanel.commitPendingInput();
            if (centre.getSelectionModel().getSelectedItem() == articleTab) {
                WindowLayout.keepArticleInsets(look.settings(), articleView.node());
            }
        }
    }

    /** The theme and text size: applied now, and again whenever the person changes them. */
    private void useLook() {
        articleView.setDarkPage(look.isDark());
        Themes.mark(root, look.isDark());
        darkChanged = (observable, before, dark) -> {
            Themes.mark(root, dark);
            articleView.setDarkPage(dark);
        };
        look.darkProperty().addListener(new javafx.beans.value.WeakChangeListener<>(darkChanged));
        zoomChanged = (observable, before, zoom) -> zoomArticle(zoom.doubleValue());
        zoomArticle(look.zoomProperty().get());
        look.zoomProperty().addListener(new javafx.beans.value.WeakChangeListener<>(zoomChanged));
    }

    /** The article's text, headline and all, at a share of its normal size (the style sheet sizes it in em). */
    private void zoomArticle(double zoom) {
        articleView.area().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", ARTICLE_FONT_SIZE * zoom));
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title);
        tab.setClosable(false);
        tab.setId(id);
        // A new tab is selected only once it is the first in a tab pane: the content waits until then.
        TabContent.whenFirstChosen(tab, content);
        return tab;
    }

    void openCodebook() {
        if (codebookEditor == null) {
            codebookEditor = new CodebookEditor(viewModel.codebookEditor(), root.getScene().getWindow(),
                    root.getScene().getStylesheets());
        }
        codebookEditor.show();
    }

    private void showMentions(Person person) {
        viewModel.speakers().mentions(person, mentions -> MentionsDialog.show(root.getScene().getWindow(), person,
                mentions, viewModel::openAt));
    }

    void showSearch() {
        centre.getSelectionModel().select(searchTab);
        searchPanel.focus();
    }

    /** Brings the centre's tab with this id to the front, if the window has it. */
    void showCentreTab(String id) {
        centre.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst().ifPresent(centre.getSelectionModel()::select);
    }

    org.newsmark.ui.curation.CurationKeys curationKeys() {
        return curationKeys;
    }

    org.newsmark.ui.curation.CodersBar codersBar() {
        return codersBar;
    }

    /** The text is back in the scene once its tab pane has a skin (at the next frame): the keyboard follows it there. */
    private void focusArticleOnceInItsTab() {
        articleView.area().sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> observable, Scene before, Scene after) {
                if (after != null) {
                    observable.removeListener(this);
                    focusArticle();
                }
            }
        });
    }

    /** Gives the keyboard to the article, so selection keys and category keys work at once. */
    public void focusArticle() {
        articleView.area().requestFocus();
    }

    void showImportReport() {
        ImportReport report = imports.lastReportProperty().get();
        if (report != null) {
            ImportReportDialog.show(root.getScene().getWindow(), report, viewModel::open);
        }
    }

    void saveArticleReport() {
        if (findingsView != null) {
            var shown = viewModel.article().getArticle();
            findingsView.saveArticleReport(root.getScene().getWindow(), shown == null ? -1 : shown.id(),
                    shown == null ? "" : shown.title());
        }
    }
}
