package org.newsmark.ui.corpus;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.common.ArticleOpener;

/**
 * Annotation queries across the corpus, shown keyword in context: all annotations of a category,
 * narrowed by attribute, person or outlet. A line opens its article at the annotation.
 */
public final class ConcordanceViewModel {

    /** The most lines shown at once; the count says how many there are in all. */
    static final int LIMIT = 5_000;

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final ArticleOpener opener;
    private final ObservableList<Concordance.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a category and press Show.");
    private int generation;

    public ConcordanceViewModel(ProjectStore store, BackgroundTasks tasks, ArticleOpener opener) {
        this.store = store;
        this.tasks = tasks;
        this.opener = opener;
    }

    /** Reads the people and outlets the filters offer. */
    public void refreshChoices() {
        tasks.run(() -> new Choices(store.people(), store.outlets()), choices -> {
                    people.setAll(choices.people());
                    outlets.setAll(choices.outlets());
                }, error -> status.set("Could not read the people and outlets: " + error.getMessage()));
    }

    private record Choices(List<Person> people, List<String> outlets) {
    }

    public void show(ConcordanceQuery query) {
        int request = ++generation;
        status.set("Reading the annotations\u2026");
        tasks.run(() -> store.concordance(query, LIMIT), concordance -> {
            if (request != generation) {
                return;
            }
            lines.setAll(concordance.lines());
            status.set(summary(concordance));
        }, error -> status.set("Could not read the annotations: " + error.getMessage()));
    }

    static String summary(Concordance concordance) {
        if (concordance.total() == 0) {
            return "No annotations match.";
        }
        String count = String.format(Locale.ROOT, "%,d %s", concordance.total(),
                concordance.total() == 1 ? "annotation" : "annotations");
        return concordance.lines().size() < concordance.total()
                ? count + String.format(Locale.ROOT, " (the first %,d shown; narrow the query to see the rest)", concordance.lines().size())
                : count + ".";
    }

    public void open(Concordance.Line line) {
        opener.openAt(line.annotation().articleId(), line.annotation().id());
    }

    public ObservableList<Concordance.Line> lines() {
        return lines;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<String> outlets() {
        return outlets;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
