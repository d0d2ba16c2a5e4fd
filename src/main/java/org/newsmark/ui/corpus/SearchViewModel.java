package org.newsmark.ui.corpus;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.model.InvalidQueryException;
import org.newsmark.model.SearchQuery;
import org.newsmark.model.SearchResults;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.ArticleOpener;

/**
 * Full-text search over the corpus, page by page: what was typed, the articles and annotation notes
 * found, and a message in words when the search cannot be read. A hit opens its article at the
 * match.
 */
public final class SearchViewModel {

    /** One line of the results: an article or an annotation note. */
    public record Item(SearchResults.Hit article, SearchResults.NoteHit note) {
    }

    static final int PAGE = 50;

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final ArticleOpener opener;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private SearchQuery query;
    private int shown;
    private int generation;

    public SearchViewModel(ProjectStore store, BackgroundTasks tasks, ArticleOpener opener) {
        this.store = store;
        this.tasks = tasks;
        this.opener = opener;
    }

    /** Runs what was typed, from the first page. */
    public void search() {
        SearchQuery parsed;
        try {
            parsed = SearchQuery.parse(text.get());
        } catch (InvalidQueryException e) {
            // The results of the query before would read as this one's.
            generation++;
            query = null;
            shown = 0;
            items.clear();
            more.set(false);
            status.set("");
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        query = parsed;
        shown = 0;
        items.clear();
        status.set("Searching\u2026");
        load(++generation);
    }

    /** The next page of articles. */
    public void showMore() {
        if (query != null && more.get()) {
            load(generation);
        }
    }

    private void load(int searchGeneration) {
        SearchQuery current = query;
        int offset = shown;
        tasks.run(() -> store.search(current, offset, PAGE), results -> {
            if (searchGeneration != generation) {
                return;
            }
            if (offset == 0) {
                results.annotationNotes().forEach(note -> items.add(new Item(null, note)));
            }
            int at = offset;
            for (SearchResults.Hit hit : results.articles()) {
                items.add(at++, new Item(hit, null));
            }
            shown += results.articles().size();
            more.set(shown < results.total());
            status.set(results.summary(shown));
        }, error -> {
            if (searchGeneration == generation) {
                status.set("");
                items.clear();
                more.set(false);
                problem.set(error instanceof InvalidQueryException ? error.getMessage() : "The search failed: " + error.getMessage());
            }
        });
    }

    /** Opens the item's article: at the first match of the search, or at the annotation whose note matched. */
    public void open(Item item) {
        if (item.note() != null) {
            opener.openAt(item.note().articleId(), item.note().annotationId());
            return;
        }
        long id = item.article().articleId();
        SearchQuery current = query;
        tasks.run(() -> store.firstMatch(id, current), match -> {
            if (match.isPresent()) {
                opener.openAtText(id, match.get()[0], match.get()[1]);
            } else {
                opener.open(id);
            }
        }, error -> opener.open(id));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the search cannot be run, in words; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }
}
