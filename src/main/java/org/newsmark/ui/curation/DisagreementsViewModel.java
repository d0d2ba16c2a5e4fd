package org.newsmark.ui.curation;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.Disagreements;
import org.newsmark.agreement.Disagreements.Disagreement;
import org.newsmark.model.Annotation;
import org.newsmark.model.Codebook;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;

/**
 * The coders' disagreements in one article, for a view that shows the coders side by side: the
 * coders (one lane each), every coder's annotations, the disagreements in text order with the one
 * in hand ({@link #current()}, moved by {@link #next()} and {@link #previous()}, as a key would), and
 * how many there are of each category. The curator's own annotations (the gold version) are listed
 * too but not compared. Reads on the given tasks (the store's thread); properties change on the
 * thread the tasks report to (the JavaFX thread in the window).
 */
public final class DisagreementsViewModel {

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Disagreement> disagreements = FXCollections.observableArrayList();
    private final ObservableMap<String, Integer> byCategory = FXCollections.observableHashMap();
    // Held here: an unmodifiable view listens to its list weakly, so a view made per call loses its listeners.
    private final ObservableList<String> codersView = FXCollections.unmodifiableObservableList(coders);
    private final ObservableList<Annotation> annotationsView = FXCollections.unmodifiableObservableList(annotations);
    private final ObservableList<Disagreement> disagreementsView = FXCollections.unmodifiableObservableList(disagreements);
    private final ObservableMap<String, Integer> byCategoryView = FXCollections.unmodifiableObservableMap(byCategory);
    private final ReadOnlyObjectWrapper<Disagreement> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long articleId;
    /** Where the annotations the window holds come from, when they were given rather than read; else null. */
    private java.util.function.Supplier<List<Annotation>> held;
    private java.util.function.Supplier<Codebook> heldCodebook;
    /** The categories in the codebook's order. */
    private List<String> categoryOrder = List.of();

    public DisagreementsViewModel(ProjectStore store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** What a load read, handed to the view model's thread in one piece. */
    private record Loaded(long articleId, List<String> coders, List<Annotation> annotations, List<Disagreement> found,
            Map<String, Integer> counted) {
    }

    /** Shows an article's disagreements among its coders (every one but the curator). */
    public void show(long article) {
        show(article, () -> { });
    }

    /** Shows an article's disagreements, then runs {@code then} (unless another article was asked for meanwhile). */
    public void show(long article, Runnable then) {
        articleId = article;
        held = null;
        tasks.run(() -> compare(article, store.annotations(article), store.codebook()), loaded -> {
            if (loaded(loaded)) {
                then.run();
            }
        }, failure -> message.set("The coders' work could not be read: " + failure.getMessage()));
    }

    /**
     * Shows the disagreements among annotations the window holds already (every coder's in the article
     * shown), reading only who coded it; then runs {@code then}. {@link #refresh()} then compares
     * what {@code annotations} supplies at that time.
     */
    public void show(long article, java.util.function.Supplier<List<Annotation>> annotations,
            java.util.function.Supplier<Codebook> codebook, Runnable then) {
        articleId = article;
        held = annotations;
        heldCodebook = codebook;
        List<Annotation> held = List.copyOf(annotations.get());
        Codebook book = codebook.get();
        tasks.run(() -> compare(article, held, book), loaded -> {
            if (loaded(loaded)) {
                then.run();
            }
        }, failure -> message.set("The coders' work could not be read: " + failure.getMessage()));
    }

    /** On the store's thread: who coded the article, and where they differ (thousands of spans do not hold up the window). */
    private Loaded compare(long article, List<Annotation> read, Codebook codebook) {
        SortedSet<String> articleCoders = new TreeSet<>(store.articleCoders(article));
        articleCoders.remove(AgreementQuery.CURATOR);
        List<String> compared = List.copyOf(articleCoders);
        List<Disagreement> found = Disagreements.of(article, read, codebook, compared);
        return new Loaded(article, compared, read, found, Disagreements.countByCategory(found, codebook));
    }

    /** Compares the article shown again (after an annotation was accepted, say), keeping the place. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Compares the article shown again, then runs {@code then}. */
    public void refresh(Runnable then) {
        if (held != null) {
            show(articleId, held, heldCodebook, then);
        } else {
            show(articleId, then);
        }
    }

    /** Takes what was read; false when another article was asked for meanwhile. */
    private boolean loaded(Loaded loaded) {
        if (loaded.articleId() != articleId) {
            return false;
        }
        Disagreement before = current.get();
        List<Disagreement> found = loaded.found();
        coders.setAll(loaded.coders());
        annotations.setAll(loaded.annotations());
        // The counts first: a list that redraws when the disagreements change groups them by these.
        Map<String, Integer> counted = loaded.counted();
        categoryOrder = List.copyOf(counted.keySet());
        byCategory.clear();
        byCategory.putAll(counted);
        disagreements.setAll(found);
        int index = -1;
        if (before != null && before.articleId() == loaded.articleId()) {
            for (int i = 0; i < found.size() && index < 0; i++) {
                if (found.get(i).start() >= before.start()) {
                    index = i;
                }
            }
        }
        select(found.isEmpty() ? -1 : Math.max(0, index));
        message.set(loaded.coders().size() < 2 ? "Fewer than two coders coded this article: nothing to compare."
                : found.isEmpty() ? "The coders agree on every span of this article."
                : found.size() + (found.size() == 1 ? " disagreement" : " disagreements"));
        return true;
    }

    /** Moves to the next disagreement (after the last, the first again); returns it, or null when there is none. */
    public Disagreement next() {
        if (disagreements.isEmpty()) {
            return null;
        }
        select((currentIndex.get() + 1) % disagreements.size());
        return current.get();
    }

    public Disagreement previous() {
        if (disagreements.isEmpty()) {
            return null;
        }
        select((currentIndex.get() - 1 + disagreements.size()) % disagreements.size());
        return current.get();
    }

    /** Makes the disagreement at this place the current one (a click in the list). */
    public void select(int index) {
        currentIndex.set(index);
        current.set(index < 0 || index >= disagreements.size() ? null : disagreements.get(index));
    }

    /** The annotations one coder made in the article shown: that coder's lane. */
    public List<Annotation> lane(String coder) {
        return annotations.stream().filter(annotation -> annotation.annotator().equals(coder)).toList();
    }

    public ObservableList<String> coders() {
        return codersView;
    }

    public ObservableList<Annotation> annotations() {
        return annotationsView;
    }

    public ObservableList<Disagreement> disagreements() {
        return disagreementsView;
    }

    /** The number of disagreements of each top-level category in the article shown. */
    public ObservableMap<String, Integer> byCategory() {
        return byCategoryView;
    }

    public ReadOnlyObjectProperty<Disagreement> current() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentIndex() {
        return currentIndex.getReadOnlyProperty();
    }

    /** What the view says about the article: how many disagreements, or why there are none. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Every disagreement of an article, per category in the codebook's order: for a list beside the article. */
    public Map<String, List<Disagreement>> disagreementsByCategory() {
        Map<String, List<Disagreement>> grouped = new java.util.LinkedHashMap<>();
        categoryOrder.stream().filter(byCategory::containsKey).forEach(category -> grouped.put(category, disagreements.stream()
                .filter(disagreement -> disagreement.category().equals(category)).toList()));
        return grouped;
    }
}
