package org.newsmark.ui.article;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.editing.Tagging;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.Category;

/**
 * The article being read and its annotations: what the article view, the annotation panel and the
 * category palette show, and the tagging actions they offer. No scene-graph code, so it is tested
 * without a window.
 */
public final class ArticleViewModel {

    private final AnnotationEditor editor;
    private final String annotator;
    private final Consumer<String> messages;
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final Map<Long, Category> categoriesById = new HashMap<>();
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Annotation> readOnlyAnnotations = FXCollections.unmodifiableObservableList(annotations);
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private String readOnlyReason;

    public ArticleViewModel(AnnotationEditor editor, String annotator, Consumer<String> messages) {
        this.editor = editor;
        this.annotator = annotator;
        this.messages = messages;
        editor.addListener(this::applied);
    }

    /** Makes every edit refuse with this reason (a read-only project), or allows edits again with null. */
    public void setReadOnlyReason(String reason) {
        this.readOnlyReason = reason;
    }

    public void setCategories(List<Category> newCategories) {
        categoriesById.clear();
        newCategories.forEach(category -> categoriesById.put(category.id(), category));
        categories.setAll(newCategories);
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public Category category(long id) {
        return categoriesById.get(id);
    }

    public Optional<Category> categoryWithShortcut(String key) {
        return categories.stream().filter(category -> key.equalsIgnoreCase(category.shortcut())).findFirst();
    }

    /** Shows an article with its annotations; {@link #loadsProperty()} counts how often this happened. */
    public void load(Article newArticle, List<Annotation> newAnnotations) {
        selected.set(null);
        List<Annotation> sorted = new java.util.ArrayList<>(newAnnotations);
        sorted.sort(HighlightRuns.OUTER_FIRST);
        article.set(newArticle);
        annotations.setAll(sorted);
        loads.set(loads.get() + 1);
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Article getArticle() {
        return article.get();
    }

    /** Increases each time an article is (re)loaded: the view then redraws it whole. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** The current article's annotations, outermost first. */
    public ObservableList<Annotation> annotations() {
        return readOnlyAnnotations;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public Annotation getSelected() {
        return selected.get();
    }

    /** Tags the selected text with a category. */
    public void tag(int selectionStart, int selectionEnd, Category category) {
        if (refuseWhenReadOnly() || article.get() == null) {
            return;
        }
        Tagging.Result result = Tagging.tag(article.get(), annotations, selectionStart, selectionEnd, category,
                annotator, editor.now());
        if (!result.created()) {
            messages.accept(result.refusal());
            return;
        }
        Annotation created = result.annotation();
        editor.perform(Edit.of("Tag " + Tagging.quote(created) + " as " + category.name(), AnnotationChange.create(created)));
        selected.set(created);
    }

    /** Tags the selected text with the category whose shortcut is {@code key}; false when no category has it. */
    public boolean tagWithShortcut(String key, int selectionStart, int selectionEnd) {
        Optional<Category> category = categoryWithShortcut(key);
        category.ifPresent(found -> tag(selectionStart, selectionEnd, found));
        return category.isPresent();
    }

    public void delete(Annotation annotation) {
        if (refuseWhenReadOnly()) {
            return;
        }
        editor.perform(Edit.of("Delete " + nameOf(annotation) + " " + Tagging.quote(annotation),
                AnnotationChange.delete(annotation)));
    }

    public void deleteSelected() {
        if (selected.get() == null) {
            messages.accept("Select an annotation to delete: click its highlight or pick it in the list.");
            return;
        }
        delete(selected.get());
    }

    public void recategorise(Annotation annotation, Category category) {
        if (refuseWhenReadOnly() || annotation.categoryId() == category.id()) {
            return;
        }
        boolean duplicate = annotations.stream().anyMatch(other -> other.start() == annotation.start()
                && other.end() == annotation.end() && other.categoryId() == category.id());
        if (duplicate) {
            messages.accept("That text is already tagged as " + category.name() + ".");
            return;
        }
        Annotation changed = annotation.withCategory(category.id(), editor.now());
        editor.perform(Edit.of("Change " + Tagging.quote(annotation) + " from " + nameOf(annotation) + " to "
                + category.name(), new AnnotationChange(annotation, changed)));
    }

    public void editNote(Annotation annotation, String note) {
        String cleaned = note == null ? "" : note.strip();
        if (refuseWhenReadOnly() || cleaned.equals(annotation.note())) {
            return;
        }
        Annotation changed = annotation.withNote(cleaned, editor.now());
        editor.perform(Edit.of("Edit the note of " + Tagging.quote(annotation), new AnnotationChange(annotation, changed)));
    }

    /**
     * The annotation to select for a click at {@code offset}: the innermost one there or, when the
     * previous click chose one of those here, the next one out, so repeated clicks walk through nested spans.
     */
    public Optional<Annotation> annotationToSelectAt(int offset, Annotation previousClick) {
        List<Annotation> here = annotations.stream().filter(annotation -> annotation.contains(offset))
                .sorted(Comparator.comparingInt(Annotation::length)).toList();
        if (here.isEmpty()) {
            return Optional.empty();
        }
        int current = here.indexOf(previousClick);
        return Optional.of(here.get((current + 1) % here.size()));
    }

    private String nameOf(Annotation annotation) {
        Category category = categoriesById.get(annotation.categoryId());
        return category == null ? "annotation" : category.name();
    }

    private boolean refuseWhenReadOnly() {
        if (readOnlyReason != null) {
            messages.accept("This project is read-only (" + readOnlyReason + "); nothing can be tagged or changed.");
            return true;
        }
        return false;
    }

    /** Keeps the list in step with edits, undos and redos of the current article. */
    private void applied(Edit edit) {
        Article current = article.get();
        if (current == null) {
            return;
        }
        for (AnnotationChange change : edit.changes(AnnotationChange.class)) {
            if (change.articleId() != current.id()) {
                continue;
            }
            if (change.before() != null && change.after() != null) {
                // A new category or note: the span, and so the place in the list, stays the same.
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.get(i).id().equals(change.annotationId())) {
                        annotations.set(i, change.after());
                        break;
                    }
                }
            } else if (change.before() != null) {
                annotations.removeIf(annotation -> annotation.id().equals(change.annotationId()));
            } else {
                int at = Collections.binarySearch(annotations, change.after(), HighlightRuns.OUTER_FIRST);
                annotations.add(at < 0 ? -at - 1 : at, change.after());
            }
            Annotation chosen = selected.get();
            if (chosen != null && chosen.id().equals(change.annotationId())) {
                selected.set(change.after());
            }
        }
    }
}
