package org.newsmark.ui.main;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.newsmark.importing.ImportReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleDetailsChange;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.ui.annotation.AnnotationCodingViewModel;
import org.newsmark.ui.common.ArticleOpener;
import org.newsmark.ui.article.AttributionViewModel;
import org.newsmark.ui.codebook.CodebookEditorViewModel;
import org.newsmark.ui.coding.ArticleCodingViewModel;
import org.newsmark.ui.speakers.SpeakersViewModel;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * The open project as the main window shows it: the article list, the article being read, undo and
 * redo, and the status line. Every read and write of the project runs as a background task; this
 * class only ever touches the results on its own thread.
 */
public final class ProjectViewModel implements ArticleOpener {

    static final String LAST_ARTICLE = "ui.last_article";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private record Opened(Article article, List<Annotation> annotations, List<Link> links, ArticleCoding coding) {
    }

    private record Loaded(List<ArticleSummary> articles, Codebook codebook, List<Person> people, Optional<String> lastArticle) {
    }

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final AnnotationEditor editor;
    private final ArticleViewModel article;
    private final ArticleCodingViewModel coding;
    private final SpeakersViewModel speakers;
    private final AttributionViewModel attribution;
    private final org.newsmark.ui.article.SuggestionsViewModel suggestions;
    private final AnnotationCodingViewModel annotationCoding;
    private final CodebookEditorViewModel codebookEditor;
    private final org.newsmark.ui.curation.DisagreementsViewModel disagreements;
    private final org.newsmark.ui.curation.CurationViewModel curation;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper currentArticleId = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper damage = new ReadOnlyStringWrapper("");
    private boolean lookingForOutsideChanges;
    /** What {@link ProjectStore#outsideChanges()} said last; null before the first look. */
    private Long outsideChangesSeen;
    /** Whether the article list has been read once (see {@link #hasNothingToOpen()}). */
    private boolean loaded;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private int openRequest;
    /** Counts the times an article was asked for (from any list), so the window can bring the article to the front. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper articleRequests = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** An annotation to select once the article being opened is shown. */
    private java.util.UUID selectAfterOpening;
    /** Or a passage to show, as {start, end}. */
    private int[] revealAfterOpening;
    /** Edits applied to each article, to recognise a read that was queued before the latest of them. */
    private final java.util.Map<Long, Integer> editsByArticle = new java.util.HashMap<>();

    public ProjectViewModel(ProjectStore store, BackgroundTasks tasks, AnnotationEditor editor, String annotator) {
        this.store = store;
        this.tasks = tasks;
        this.editor = editor;
        this.article = new ArticleViewModel(editor, annotator, message::set);
        this.coding = new ArticleCodingViewModel(article, editor);
        this.speakers = new SpeakersViewModel(store, tasks, article, editor);
        this.attribution = new AttributionViewModel(article);
        this.suggestions = new org.newsmark.ui.article.SuggestionsViewModel(store, tasks, article, attribution);
        this.annotationCoding = new AnnotationCodingViewModel(article, speakers);
        this.codebookEditor = new CodebookEditorViewModel(article, store, tasks);
        this.disagreements = new org.newsmark.ui.curation.DisagreementsViewModel(store, tasks);
        this.curation = new org.newsmark.ui.curation.CurationViewModel(editor);
        store.readOnlyReason().ifPresent(article::setReadOnlyReason);
        store.damage().ifPresent(damage::set);
        saveState.set(store.isReadOnly() ? "Read-only: " + store.readOnlyReason().orElse("") : "Every change is saved as you make it");
        editor.addListener(this::applied);
        editor.addSaveListener(new AnnotationEditor.SaveListener() {
            @Override
            public void saved(Instant at) {
                if (!editor.hasUnsavedEdits()) {
                    saveState.set("All changes saved " + TIME.format(at));
                }
            }

            @Override
            public void failed(Edit edit, Exception error) {
                saveState.set("Last change NOT saved");
                message.set(Problems.describe(error) + " The article is shown as the file holds it.");
                updateUndoState();
                reload();
            }
        });
    }

    /**
     * What the window shows first, read in one go: the article list, the codebook, the people, and the
     * article viewed last (or the first one) with its annotations. Opaque: read it off the JavaFX thread
     * with {@link #readFirstView}, give it to {@link #load(FirstView)}.
     */
    public static final class FirstView {
        private final long version;
        private final Loaded loaded;
        private final Opened opened;

        private FirstView(long version, Loaded loaded, Opened opened) {
            this.version = version;
            this.loaded = loaded;
            this.opened = opened;
        }
    }

    /** Reads what the window shows first; on the thread that uses the store, never the JavaFX thread. */
    public static FirstView readFirstView(ProjectStore store) {
        // What is loaded is the baseline for outside changes: a program that writes right after the window
        // opened, before the first look for changes, must still be noticed. Read first, so nothing slips between.
        long version = store.outsideChanges();
        Loaded loaded = new Loaded(store.articles(), store.codebook(), store.people(), store.setting(LAST_ARTICLE));
        long last = loaded.lastArticle().flatMap(ProjectViewModel::parseId).orElse(-1L);
        long articleId = loaded.articles().stream().anyMatch(summary -> summary.id() == last) ? last
                : loaded.articles().isEmpty() ? -1 : loaded.articles().get(0).id();
        return new FirstView(version, loaded, articleId < 0 ? null : read(store, articleId));
    }

    private static Opened read(ProjectStore store, long articleId) {
        return new Opened(store.article(articleId).orElseThrow(() -> new IllegalStateException(
                "Article " + articleId + " is no longer in the project.")), store.annotations(articleId),
                store.links(articleId), store.coding(articleId));
    }

    /** Reads the article list and codebook, then shows the article viewed last (or the first one). */
    public void load() {
        tasks.run(() -> readFirstView(store), this::load, this::report);
    }

    /** Shows what was read already, at once: the window's first frame can hold the article. */
    public void load(FirstView view) {
        if (outsideChangesSeen == null) {
            outsideChangesSeen = view.version;
        }
        article.setCodebook(view.loaded.codebook());
        speakers.setPeople(view.loaded.people());
        articles.setAll(view.loaded.articles());
        loaded = true;
        if (view.opened != null) {
            articleRequests.set(articleRequests.get() + 1);
            ++openRequest;
            show(view.opened.article().id(), view.opened);
        } else {
            message.set("This project has no articles yet: use File \u25B8 Import to add some.");
        }
    }

    /** Whether the project has been read and holds no article to show. */
    public boolean hasNothingToOpen() {
        return loaded && articles.isEmpty();
    }

    /** Re-reads the article list (after an import), keeping the current article. */
    public void refreshArticles(Runnable then) {
        tasks.run(store::articles, list -> {
            articles.setAll(list);
            then.run();
        }, this::report);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void open(long articleId) {
        articleRequests.set(articleRequests.get() + 1);
        int request = ++openRequest;
        int editsBefore = editsByArticle.getOrDefault(articleId, 0);
        tasks.run(() -> read(store, articleId), opened -> {
            if (request != openRequest) {
                return;
            }
            if (editsByArticle.getOrDefault(articleId, 0) != editsBefore) {
                // Edited while the read was queued: the read may predate the edit, so read again.
                open(articleId);
                return;
            }
            show(articleId, opened);
        }, this::report);
    }

    private void show(long articleId, Opened opened) {
        currentArticleId.set(articleId);
        article.load(opened.article(), opened.annotations(), opened.links());
        coding.load(opened.coding());
        if (selectAfterOpening != null) {
            article.annotation(selectAfterOpening).ifPresent(article.selectedProperty()::set);
            selectAfterOpening = null;
        }
        if (revealAfterOpening != null) {
            article.reveal(revealAfterOpening[0], revealAfterOpening[1]);
            revealAfterOpening = null;
        }
        rememberLastArticle(articleId);
    }

    /** Opens an article and selects one of its annotations (from a list of mentions, say). */
    @Override
    public void openAt(long articleId, java.util.UUID annotationId) {
        if (articleId == currentArticleId.get()) {
            articleRequests.set(articleRequests.get() + 1);
            article.annotation(annotationId).ifPresent(article.selectedProperty()::set);
            return;
        }
        selectAfterOpening = annotationId;
        open(articleId);
    }

    /** Opens an article with a passage of it selected and in view (a search match). */
    @Override
    public void openAtText(long articleId, int start, int end) {
        if (articleId == currentArticleId.get()) {
            articleRequests.set(articleRequests.get() + 1);
            article.reveal(start, end);
            return;
        }
        revealAfterOpening = new int[] {start, end};
        open(articleId);
    }

    /** Opens the article {@code step} places after (or before) the current one in the list. */
    public void openNeighbour(int step) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id() == currentArticleId.get()) {
                int target = i + step;
                if (target >= 0 && target < articles.size()) {
                    open(articles.get(target).id());
                }
                return;
            }
        }
    }

    private void rememberLastArticle(long articleId) {
        if (!store.isReadOnly()) {
            // Only a convenience for the next start; a failure is logged by the task and changes nothing else.
            tasks.run(() -> store.putSetting(LAST_ARTICLE, Long.toString(articleId)), error -> { });
        }
    }

    private void reload() {
        if (currentArticleId.get() >= 0) {
            open(currentArticleId.get());
        }
        refreshArticles(() -> { });
    }

    public void undo() {
        editor.undo().ifPresentOrElse(edit -> afterHistoryStep("Undone: ", edit),
                () -> message.set("Nothing to undo."));
    }

    public void redo() {
        editor.redo().ifPresentOrElse(edit -> afterHistoryStep("Redone: ", edit),
                () -> message.set("Nothing to redo."));
    }

    private void afterHistoryStep(String prefix, Edit edit) {
        message.set(prefix + edit.description());
        if (edit.articleId() >= 0 && edit.articleId() != currentArticleId.get()) {
            open(edit.articleId());
        }
    }

    private void applied(Edit edit) {
        saveState.set("Saving\u2026");
        edit.changes().stream().mapToLong(Change::articleId).filter(id -> id >= 0).distinct()
                .forEach(id -> editsByArticle.merge(id, 1, Integer::sum));
        for (ArticleDetailsChange change : edit.changes(ArticleDetailsChange.class)) {
            articles.replaceAll(summary -> summary.id() == change.articleId()
                    ? summary.withDetails(change.after().title(), change.after().source()) : summary);
        }
        for (AnnotationChange change : edit.changes(AnnotationChange.class)) {
            int delta = (change.after() != null ? 1 : 0) - (change.before() != null ? 1 : 0);
            if (delta != 0) {
                adjustCount(change.articleId(), delta);
            }
        }
        updateUndoState();
        message.set(edit.description());
    }

    private void adjustCount(long articleId, int delta) {
        for (int i = 0; i < articles.size(); i++) {
            ArticleSummary summary = articles.get(i);
            if (summary.id() == articleId) {
                articles.set(i, summary.withAnnotationCount(summary.annotationCount() + delta));
                return;
            }
        }
    }

    private void updateUndoState() {
        Optional<String> nextUndo = editor.nextUndoDescription();
        Optional<String> nextRedo = editor.nextRedoDescription();
        canUndo.set(nextUndo.isPresent());
        canRedo.set(nextRedo.isPresent());
        undoText.set(nextUndo.map(text -> "Undo " + text).orElse("Undo"));
        redoText.set(nextRedo.map(text -> "Redo " + text).orElse("Redo"));
    }

    private void report(Exception error) {
        message.set(Problems.describe(error));
    }

    /**
     * Checks the integrity of a project too large to check while it was opened, on a connection and
     * thread of its own; a damaged project becomes read-only, and the window says why.
     */
    public void checkIntegrityIfNotYet(BackgroundTasks checks) {
        if (store.integrityChecked()) {
            return;
        }
        checks.run(store::checkIntegrity, problem -> problem.ifPresent(found -> {
            damage.set(found);
            store.readOnlyReason().ifPresent(reason -> {
                article.setReadOnlyReason(reason);
                saveState.set("Read-only: " + reason);
                message.set(store.file().getFileName() + " is damaged: Newsmark no longer writes to it. "
                        + "File \u25B8 Save a Repaired Copy saves one to work on.");
            });
        }), this::report);
    }

    /**
     * Looks whether another program (a command-line import, another window) has changed the project
     * since the last look, and if so reads again what the window lists: the articles, the codebook,
     * the people, and the article shown when its annotations changed or this window only reads.
     */
    public void checkForOutsideChanges() {
        if (lookingForOutsideChanges) {
            return;
        }
        lookingForOutsideChanges = true;
        tasks.run(store::outsideChanges, version -> {
            lookingForOutsideChanges = false;
            if (outsideChangesSeen != null && !outsideChangesSeen.equals(version)) {
                reloadAfterOutsideChange();
            }
            outsideChangesSeen = version;
        }, error -> {
            lookingForOutsideChanges = false;
            report(error);
        });
    }

    private void reloadAfterOutsideChange() {
        long current = currentArticleId.get();
        int countBefore = articles.stream().filter(summary -> summary.id() == current).mapToInt(ArticleSummary::annotationCount)
                .findFirst().orElse(-1);
        tasks.run(() -> new Loaded(store.articles(), store.codebook(), store.people(), Optional.empty()), loaded -> {
            article.setCodebook(loaded.codebook());
            speakers.setPeople(loaded.people());
            int added = loaded.articles().size() - articles.size();
            articles.setAll(loaded.articles());
            int countAfter = loaded.articles().stream().filter(summary -> summary.id() == current)
                    .mapToInt(ArticleSummary::annotationCount).findFirst().orElse(-1);
            if (current >= 0 && (store.isReadOnly() || countAfter != countBefore)) {
                open(current);
            }
            if (added > 0) {
                message.set(added + (added == 1 ? " article was" : " articles were") + " added to the project by another program.");
            }
        }, this::report);
    }

    /** The name this project's work is recorded under (its coder). */
    public String coder() {
        return article.annotator();
    }

    /**
     * Sets the name this project's work is recorded under from now on; {@code then} runs once it is
     * saved (the window then starts recording under it).
     */
    public void setCoder(String name, Runnable then) {
        if (article.refuseWhenReadOnly()) {
            return;
        }
        tasks.run(() -> {
            store.putSetting(ProjectStore.CODER_SETTING, name.strip());
            return name;
        }, saved -> then.run(), this::report);
    }

    /** What is wrong with the project file, or empty. */
    public ReadOnlyStringProperty damageProperty() {
        return damage.getReadOnlyProperty();
    }

    /** Shows a message in the status line. */
    public void say(String text) {
        message.set(text);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty articleRequestsProperty() {
        return articleRequests.getReadOnlyProperty();
    }

    public ArticleViewModel article() {
        return article;
    }

    /** The coders' disagreements in the article shown. */
    public org.newsmark.ui.curation.DisagreementsViewModel disagreements() {
        return disagreements;
    }

    /** Accepting coders' annotations into the gold version. */
    public org.newsmark.ui.curation.CurationViewModel curation() {
        return curation;
    }

    /** Makes the person the curator: their work is recorded as the gold version's from now on ({@code then} reopens). */
    public void curate(Runnable then) {
        setCoder(org.newsmark.agreement.AgreementQuery.CURATOR, then);
    }

    public ArticleCodingViewModel coding() {
        return coding;
    }

    public SpeakersViewModel speakers() {
        return speakers;
    }

    public AttributionViewModel attribution() {
        return attribution;
    }

    /** The attributions suggested for the open article (docs/suggestions.md). */
    public org.newsmark.ui.article.SuggestionsViewModel suggestions() {
        return suggestions;
    }

    public AnnotationCodingViewModel annotationCoding() {
        return annotationCoding;
    }

    public CodebookEditorViewModel codebookEditor() {
        return codebookEditor;
    }

    public ObservableList<ArticleSummary> articles() {
        return articles;
    }

    public ReadOnlyLongProperty currentArticleIdProperty() {
        return currentArticleId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public Path projectFile() {
        return store.file();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /**
     * After an import: the article list (and the codebook and speakers, which imported annotations may
     * have added to) read again; the imported article opened when it was the only one, or when the
     * project had none before.
     */
    public void afterImport(ImportReport report) {
        boolean wasEmpty = articles.isEmpty();
        tasks.run(() -> new Loaded(store.articles(), store.codebook(), store.people(), Optional.empty()), loaded -> {
            article.setCodebook(loaded.codebook());
            speakers.setPeople(loaded.people());
            articles.setAll(loaded.articles());
            List<ImportReport.Imported> imported = report.imported();
            if (!imported.isEmpty() && (imported.size() == 1 || wasEmpty)) {
                open(imported.get(0).articleId());
            }
        }, this::report);
    }
}
