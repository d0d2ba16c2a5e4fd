package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.DocumentFieldChange;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.TextSpans;

/**
 * The article being read: its annotations and the links between them, the codebook they are coded
 * with, and the tagging actions the article view, the annotation panel and the palette offer. No
 * scene-graph code, so it is tested without a window.
 */
public final class ArticleViewModel {

    private final AnnotationEditor editor;
    private final String annotator;
    private final Consumer<String> messages;
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>(new Codebook(List.of(), List.of()));
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Annotation> readOnlyAnnotations = FXCollections.unmodifiableObservableList(annotations);
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ObservableList<Link> readOnlyLinks = FXCollections.unmodifiableObservableList(links);
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> hovered = new SimpleObjectProperty<>();
    /** A passage to select and scroll to once the article is drawn (a search match), as {start, end}. */
    private final ObjectProperty<int[]> reveal = new SimpleObjectProperty<>();
    private String readOnlyReason;
    /** Whose annotations the article holds and which of them are shown ({@link CoderLanes}). */
    private final CoderLanes coderLanes = new CoderLanes();

    public ArticleViewModel(AnnotationEditor editor, String annotator, Consumer<String> messages) {
        this.editor = editor;
        this.annotator = annotator;
        this.messages = messages;
        coderLanes.setOwn(annotator);
        coderLanes.addListener(() -> annotations.setAll(coderLanes.shown()));
        editor.addListener(this::applied);
    }

    /**
     * The coders whose work the article holds, the own coder first: which are shown, each one's lane
     * (its line style), and every coder's annotations, shown or not.
     */
    public CoderLanes coderLanes() {
        return coderLanes;
    }

    /** Whether an annotation is the own coder's, and so can be changed here. */
    public boolean isOwn(Annotation annotation) {
        return annotation.annotator().equals(annotator);
    }

    /** Makes every edit refuse with this reason (a read-only project), or allows edits again with null. */
    public void setReadOnlyReason(String reason) {
        this.readOnlyReason = reason;
    }

    public void setCodebook(Codebook newCodebook) {
        codebook.set(newCodebook);
        categories.setAll(newCodebook.categories());
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    public Codebook codebook() {
        return codebook.get();
    }

    /** The codebook's categories in tree order (each followed by its sub-categories). */
    public ObservableList<Category> categories() {
        return categories;
    }

    public Category category(long id) {
        return codebook.get().category(id).orElse(null);
    }

    public Optional<Category> categoryWithShortcut(String key) {
        return categories.stream().filter(category -> key.equalsIgnoreCase(category.shortcut())).findFirst();
    }

    /** Shows an article with its annotations and links; {@link #loadsProperty()} counts how often this happened. */
    public void load(Article newArticle, List<Annotation> newAnnotations, List<Link> newLinks) {
        selected.set(null);
        hovered.set(null);
        List<Annotation> sorted = new ArrayList<>(newAnnotations);
        sorted.sort(HighlightRuns.OUTER_FIRST);
        article.set(newArticle);
        links.setAll(newLinks);
        coderLanes.load(sorted);
        annotations.setAll(coderLanes.shown());
        loads.set(loads.get() + 1);
    }

    /** Asks the view to select {@code [start, end)} of the article and scroll to it, once it is drawn. */
    public void reveal(int start, int end) {
        reveal.set(new int[] {start, end});
    }

    public ObjectProperty<int[]> revealProperty() {
        return reveal;
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

    public Optional<Annotation> annotation(UUID id) {
        return annotations.stream().filter(annotation -> annotation.id().equals(id)).findFirst();
    }

    /** The links between the current article's annotations. */
    public ObservableList<Link> links() {
        return readOnlyLinks;
    }

    /** The links from or to an annotation. */
    public List<Link> linksOf(Annotation annotation) {
        return links.stream().filter(link -> link.touches(annotation.id())).toList();
    }

    /** The annotations linked to or from this one: what the view points out when it is hovered. */
    public List<Annotation> linkedTo(Annotation annotation) {
        List<Annotation> linked = new ArrayList<>();
        for (Link link : linksOf(annotation)) {
            annotation(link.from().equals(annotation.id()) ? link.to() : link.from()).ifPresent(linked::add);
        }
        return linked;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public Annotation getSelected() {
        return selected.get();
    }

    public Annotation getHovered() {
        return hovered.get();
    }

    /** The annotation under the mouse, whose links the view shows. */
    public ObjectProperty<Annotation> hoveredProperty() {
        return hovered;
    }

    /** Tags the selected text with a category. */
    public void tag(int selectionStart, int selectionEnd, Category category) {
        if (refuseWhenReadOnly() || article.get() == null) {
            return;
        }
        Tagging.Result result = Tagging.tag(article.get(), own(), selectionStart, selectionEnd, category,
                annotator, editor.now());
        if (!result.created()) {
            messages.accept(result.refusal());
            return;
        }
        Annotation created = result.annotation();
        editor.perform(Edit.of("Tag " + Tagging.quote(created) + " as " + category.name(), AnnotationChange.create(created)));
        selected.set(created);
    }

    /**
     * A category key: tags the selected text with the category whose shortcut is {@code key}; or,
     * when an annotation is selected and no other text is, gives that annotation the category.
     * False when no category has the key.
     */
    public boolean tagWithShortcut(String key, int selectionStart, int selectionEnd) {
        Optional<Category> category = categoryWithShortcut(key);
        if (category.isEmpty()) {
            return false;
        }
        Annotation chosen = selected.get();
        boolean onlyTheAnnotation = chosen != null && (selectionStart == selectionEnd
                || selectionStart == chosen.start() && selectionEnd == chosen.end());
        if (onlyTheAnnotation) {
            if (chosen.categoryId() == category.get().id()) {
                messages.accept(Tagging.quote(chosen) + " is already " + category.get().name() + ".");
            } else {
                recategorise(chosen, category.get());
            }
        } else {
            tag(selectionStart, selectionEnd, category.get());
        }
        return true;
    }

    /**
     * The annotation a key selects at the caret: the innermost one there or, when the selected one is
     * there, the next one out (and after the outermost, the innermost again), so pressing the key
     * again steps out through nested spans. A caret just after a span counts as in it.
     */
    public Optional<Annotation> annotationAtCaret(int caret) {
        List<Annotation> here = annotations.stream()
                .filter(annotation -> annotation.contains(caret) || annotation.end() == caret)
                .sorted(Comparator.comparingInt(Annotation::length).thenComparingInt(Annotation::start)).toList();
        if (here.isEmpty()) {
            return Optional.empty();
        }
        int current = here.indexOf(selected.get());
        return Optional.of(here.get((current + 1) % here.size()));
    }

    /**
     * The annotation after ({@code step} 1) or before ({@code step} -1) the selected one in reading
     * order (by start, the longer first), or after or before the caret when none is selected.
     */
    public Optional<Annotation> neighbour(int caret, int step) {
        List<Annotation> ordered = annotations.stream()
                .sorted(Comparator.comparingInt(Annotation::start).thenComparing(Comparator.comparingInt(Annotation::end).reversed()))
                .toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        int at = ordered.indexOf(selected.get());
        if (at >= 0) {
            int next = at + step;
            return next >= 0 && next < ordered.size() ? Optional.of(ordered.get(next)) : Optional.empty();
        }
        if (step > 0) {
            return ordered.stream().filter(annotation -> annotation.start() >= caret).findFirst();
        }
        List<Annotation> before = ordered.stream().filter(annotation -> annotation.start() < caret).toList();
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    /** Which end of an annotation a key moves, and how far. */
    public enum Boundary { START, END }

    public enum Unit { CHARACTER, WORD }

    /**
     * Moves one boundary of the selected annotation by a character or a word, left ({@code -1}) or
     * right ({@code 1}): one undoable edit, the annotation keeping its category, attributes, person,
     * note and links. A move that would leave it empty, or make it the twin of another of its
     * category, is refused with the reason.
     */
    public void moveBoundary(Boundary boundary, int direction, Unit unit) {
        Annotation chosen = selected.get();
        Article current = article.get();
        if (chosen == null || current == null) {
            messages.accept("Select an annotation first (Space selects the one at the caret).");
            return;
        }
        if (refuseWhenReadOnly() || refuseOthers(chosen)) {
            return;
        }
        String text = current.text();
        int from = boundary == Boundary.START ? chosen.start() : chosen.end();
        int to = unit == Unit.WORD ? wordStep(text, from, boundary, direction) : TextSpans.characterStep(text, from, direction);
        int start = boundary == Boundary.START ? to : chosen.start();
        int end = boundary == Boundary.END ? to : chosen.end();
        if (to == from) {
            return;
        }
        if (end <= start || TextSpans.problem(text, start, end).isPresent()) {
            messages.accept("An annotation keeps at least one character.");
            return;
        }
        boolean twin = own().stream().anyMatch(other -> other != chosen && other.start() == start && other.end() == end
                && other.categoryId() == chosen.categoryId());
        if (twin) {
            messages.accept("That span is already tagged as " + nameOf(chosen) + ".");
            return;
        }
        Annotation moved = chosen.withSpan(start, end, text, editor.now());
        editor.perform(Edit.of("Move the " + (boundary == Boundary.START ? "start" : "end") + " of " + Tagging.quote(chosen)
                + " to " + Tagging.quote(moved), new AnnotationChange(chosen, moved)));
    }

    /** Deletes an annotation and the links from or to it, in one undoable edit. */
    public void delete(Annotation annotation) {
        if (refuseWhenReadOnly() || refuseOthers(annotation)) {
            return;
        }
        List<Change> changes = new ArrayList<>();
        linksOf(annotation).forEach(link -> changes.add(LinkChange.delete(link)));
        changes.add(AnnotationChange.delete(annotation));
        editor.perform(Edit.of("Delete " + nameOf(annotation) + " " + Tagging.quote(annotation), changes));
    }

    public void deleteSelected() {
        if (selected.get() == null) {
            messages.accept("Select an annotation to delete: click its highlight or pick it in the list.");
            return;
        }
        delete(selected.get());
    }

    /**
     * Gives an annotation another category. Attribute values the new category does not have are
     * dropped (the undo brings them back).
     */
    public void recategorise(Annotation annotation, Category category) {
        if (refuseWhenReadOnly() || refuseOthers(annotation) || annotation.categoryId() == category.id()) {
            return;
        }
        boolean duplicate = own().stream().anyMatch(other -> other.start() == annotation.start()
                && other.end() == annotation.end() && other.categoryId() == category.id());
        if (duplicate) {
            messages.accept("That text is already tagged as " + category.name() + ".");
            return;
        }
        Map<Long, String> kept = new HashMap<>();
        for (AttributeDefinition attribute : codebook.get().attributesOf(category)) {
            String value = annotation.attributes().get(attribute.id());
            if (value != null) {
                kept.put(attribute.id(), value);
            }
        }
        Annotation changed = annotation.withCategory(category.id(), editor.now()).withAttributes(kept, editor.now());
        editor.perform(Edit.of("Change " + Tagging.quote(annotation) + " from " + nameOf(annotation) + " to "
                + category.name(), new AnnotationChange(annotation, changed)));
    }

    public void editNote(Annotation annotation, String note) {
        String cleaned = note == null ? "" : note.strip();
        if (refuseWhenReadOnly() || cleaned.equals(annotation.note()) || refuseOthers(annotation)) {
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

    /** The innermost annotation at an offset, if any. */
    public Optional<Annotation> innermostAt(int offset) {
        return annotations.stream().filter(annotation -> annotation.contains(offset))
                .min(Comparator.comparingInt(Annotation::length));
    }

    /**
     * Where a word step takes a boundary: outwards, to the far edge of the next word; inwards, to the
     * near edge of the word before, so an annotation never ends or starts with the spaces and
     * punctuation between (a character step takes a quotation mark in or out).
     */
    private static int wordStep(String text, int from, Boundary boundary, int direction) {
        int to = TextSpans.wordBoundary(text, from, direction);
        boolean inwards = boundary == Boundary.END ? direction < 0 : direction > 0;
        if (inwards) {
            while (boundary == Boundary.END && to > 0 && !Character.isLetterOrDigit(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            while (boundary == Boundary.START && to < text.length() && !Character.isLetterOrDigit(text.codePointAt(to))) {
                to += Character.charCount(text.codePointAt(to));
            }
        }
        return to;
    }

    String nameOf(Annotation annotation) {
        Category category = category(annotation.categoryId());
        return category == null ? "annotation" : category.name();
    }

    /** Refuses, with the reason, when the project is read-only. */
    public boolean refuseWhenReadOnly() {
        if (readOnlyReason != null) {
            messages.accept("This project is read-only (" + readOnlyReason + "); nothing can be tagged or changed.");
            return true;
        }
        return false;
    }

    /**
     * Refuses, with the reason, to change another coder's annotation: others' work is shown to compare
     * with, and stays as they made it.
     */
    public boolean refuseOthers(Annotation annotation) {
        if (annotation == null || isOwn(annotation)) {
            return false;
        }
        messages.accept(Tagging.quote(annotation) + " is " + annotation.annotator() + "\u2019s annotation, shown to compare: "
                + "only your own (" + annotator + "\u2019s) can be changed here"
                + (CoderLanes.CURATOR.equals(annotator) ? "; F9 accepts it into the gold version." : "."));
        return true;
    }

    /** The own coder's annotations in the article (others' are left out of the checks for twins). */
    private List<Annotation> own() {
        return annotations.stream().filter(this::isOwn).toList();
    }

    /**
     * Performs an edit made elsewhere (people, the codebook, document codes), with the same read-only
     * guard. Such an edit may change any coder's annotations (merging two people, deleting a category).
     */
    public void perform(Edit edit) {
        if (!refuseWhenReadOnly()) {
            editor.perform(edit);
        }
    }

    /**
     * Performs an edit of the article's annotations made elsewhere (an attribute, a person, a link),
     * refusing one that would change another coder's annotation or link to or from one.
     */
    public void performOwn(Edit edit) {
        if (refuseWhenReadOnly()) {
            return;
        }
        for (Change change : edit.changes()) {
            if (change instanceof AnnotationChange annotation && annotation.before() != null && refuseOthers(annotation.before())) {
                return;
            }
            if (change instanceof LinkChange link) {
                Link touched = link.after() != null ? link.after() : link.before();
                for (UUID end : List.of(touched.from(), touched.to())) {
                    Optional<Annotation> linked = coderLanes.annotation(end);
                    if (linked.isPresent() && refuseOthers(linked.get())) {
                        return;
                    }
                }
            }
        }
        editor.perform(edit);
    }

    public java.time.Instant now() {
        return editor.now();
    }

    public String annotator() {
        return annotator;
    }

    public void say(String message) {
        messages.accept(message);
    }

    /** Keeps the article's state in step with edits, undos and redos. */
    private void applied(Edit edit) {
        for (Change change : edit.changes()) {
            if (change instanceof CategoryChange category) {
                setCodebook(codebook.get().apply(category));
            } else if (change instanceof DocumentFieldChange field) {
                setCodebook(codebook.get().apply(field));
            }
        }
        Article current = article.get();
        if (current == null) {
            return;
        }
        for (Change change : edit.changes()) {
            if (change.articleId() != current.id()) {
                continue;
            }
            if (change instanceof AnnotationChange annotation) {
                applyToList(annotation);
            } else if (change instanceof LinkChange link) {
                if (link.before() != null) {
                    links.removeIf(existing -> existing.id().equals(link.before().id()));
                }
                if (link.after() != null) {
                    links.add(link.after());
                }
            }
        }
    }

    private void applyToList(AnnotationChange change) {
        coderLanes.apply(change.before(), change.after());
        if (change.after() != null ? !coderLanes.isShown(change.after().annotator())
                : !coderLanes.isShown(change.before().annotator())) {
            return; // a hidden coder's: in the lanes, not on screen
        }
        boolean moved = change.before() != null && change.after() != null
                && (change.before().start() != change.after().start() || change.before().end() != change.after().end());
        if (moved) {
            // New boundaries: its place in the list changes too.
            annotations.removeIf(annotation -> annotation.id().equals(change.annotationId()));
            int at = Collections.binarySearch(annotations, change.after(), HighlightRuns.OUTER_FIRST);
            annotations.add(at < 0 ? -at - 1 : at, change.after());
        } else if (change.before() != null && change.after() != null) {
            // A new category, note, person or attribute: the span, and so the place in the list, stays.
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
        Annotation pointed = hovered.get();
        if (pointed != null && pointed.id().equals(change.annotationId())) {
            hovered.set(change.after());
        }
    }
}
