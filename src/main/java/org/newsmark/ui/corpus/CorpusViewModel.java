package org.newsmark.ui.corpus;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDetails;
import org.newsmark.model.ArticleDetailsChange;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.CorpusRow;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.ArticleOpener;

/**
 * The corpus table: every article with its outlet, date, annotation counts and document codes,
 * filtered and sorted in memory (100,000 rows filter in milliseconds), details corrected in place
 * as undoable edits. The rows are read again when the table is shown after the project changed.
 */
public final class CorpusViewModel {

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final AnnotationEditor editor;
    private final ArticleOpener opener;
    private final ObservableList<CorpusRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CorpusRow> filtered = new FilteredList<>(rows);
    private final SortedList<CorpusRow> sorted = new SortedList<>(filtered);
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ObjectProperty<CorpusFilter> filter = new SimpleObjectProperty<>(CorpusFilter.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private boolean stale = true;

    public CorpusViewModel(ProjectStore store, BackgroundTasks tasks, AnnotationEditor editor, ArticleOpener opener) {
        this.store = store;
        this.tasks = tasks;
        this.editor = editor;
        this.opener = opener;
        filter.addListener((observable, before, after) -> {
            filtered.setPredicate(after.predicate());
            updateStatus();
        });
        editor.addListener(this::applied);
    }

    /** Reads the rows if the project changed since they were last read (or never were). */
    public void refreshIfStale() {
        if (stale && !loading.get()) {
            reload();
        }
    }

    /** The project changed behind the table's back (an import): read the rows when next shown. */
    public void markStale() {
        stale = true;
    }

    public void reload() {
        stale = false;
        loading.set(true);
        status.set("Reading the corpus\u2026");
        tasks.run(() -> {
            List<CorpusRow> corpus = store.corpus();
            TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            corpus.forEach(row -> {
                if (row.details().source() != null) {
                    names.add(row.details().source());
                }
            });
            return new Loaded(corpus, List.copyOf(names));
        }, loaded -> {
            loading.set(false);
            outlets.setAll(loaded.outlets());
            rows.setAll(loaded.rows());
            updateStatus();
        }, error -> {
            loading.set(false);
            status.set("Could not read the corpus: " + error.getMessage());
        });
    }

    private record Loaded(List<CorpusRow> rows, List<String> outlets) {
    }

    /** Saves a corrected detail of an article (undoable); a blank title is refused. */
    public void edit(CorpusRow row, ArticleDetails corrected) {
        if (corrected.title().isBlank()) {
            status.set("An article needs a title; the title was kept.");
            return;
        }
        if (corrected.equals(row.details())) {
            return;
        }
        editor.perform(Edit.of("Correct the details of \u201C" + row.details().title() + "\u201D",
                new ArticleDetailsChange(row.id(), row.details(), corrected)));
    }

    public void open(CorpusRow row) {
        opener.open(row.id());
    }

    /** Keeps the rows in step with edits made anywhere: details at once, counts and codes on the next showing. */
    private void applied(Edit edit) {
        for (ArticleDetailsChange change : edit.changes(ArticleDetailsChange.class)) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == change.articleId()) {
                    rows.set(i, rows.get(i).withDetails(change.after()));
                    break;
                }
            }
        }
        if (!edit.changes(AnnotationChange.class).isEmpty() || !edit.changes(ArticleCodingChange.class).isEmpty()) {
            stale = true;
        }
    }

    private void updateStatus() {
        status.set(filtered.size() == rows.size()
                ? String.format(Locale.ROOT, "%,d articles", rows.size())
                : String.format(Locale.ROOT, "%,d of %,d articles", filtered.size(), rows.size()));
    }

    /** The rows as shown: filtered, and sorted once the table binds its comparator. */
    public SortedList<CorpusRow> rows() {
        return sorted;
    }

    public List<CorpusRow> allRows() {
        return rows;
    }

    public ObservableList<String> outlets() {
        return outlets;
    }

    public ObjectProperty<CorpusFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
