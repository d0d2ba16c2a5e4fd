package org.newsmark.ui.curation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * Builds the gold version of an article: the curator accepts one coder's annotation (one key in the
 * view), which copies it, span, category, attributes, note and person, as the curator's
 * ({@link AgreementQuery#CURATOR}), as one undoable edit. The copy can then be edited like any
 * annotation, and the curator can add their own; the gold version is a coder like the others, so
 * it exports and is analysed like theirs.
 */
public final class CurationViewModel {

    private final AnnotationEditor editor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CurationViewModel(AnnotationEditor editor) {
        this.editor = editor;
    }

    /**
     * Accepts {@code annotation} into the gold version, unless the curator already has the same span
     * of the same category ({@code article} is what the article holds now).
     *
     * @return the curator's new annotation, or empty when there was nothing to accept
     */
    public Optional<Annotation> accept(Annotation annotation, List<Annotation> article) {
        if (annotation.annotator().equals(AgreementQuery.CURATOR)) {
            message.set("That annotation is already the curator's.");
            return Optional.empty();
        }
        boolean there = article.stream().anyMatch(other -> other.annotator().equals(AgreementQuery.CURATOR)
                && other.start() == annotation.start() && other.end() == annotation.end()
                && other.categoryId() == annotation.categoryId());
        if (there) {
            message.set("The gold version already has this span as this category.");
            return Optional.empty();
        }
        var now = editor.now();
        Annotation gold = new Annotation(UUID.randomUUID(), annotation.articleId(), annotation.categoryId(), annotation.start(),
                annotation.end(), annotation.text(), annotation.prefix(), annotation.suffix(), annotation.note(),
                AgreementQuery.CURATOR, now, now, annotation.personId(), annotation.attributes());
        editor.perform(Edit.of("Accept " + annotation.annotator() + "\u2019s annotation into the gold version",
                AnnotationChange.create(gold)));
        message.set("Accepted " + annotation.annotator() + "\u2019s \u201C" + shorten(annotation.text())
                + "\u201D into the gold version (undo with Ctrl+Z).");
        return Optional.of(gold);
    }

    /**
     * The accept key (F9) in the article: accepts the other coder's annotation that is selected, or
     * else the innermost other coder's annotation shown at the caret, and selects the gold copy.
     * Only the curator builds the gold version: another coder is told how to become the curator.
     *
     * @return the curator's new annotation, or empty when nothing was accepted (the message says why)
     */
    public Optional<Annotation> acceptAt(ArticleViewModel article, int caret) {
        if (article.getArticle() == null || article.refuseWhenReadOnly()) {
            return Optional.empty();
        }
        if (!AgreementQuery.CURATOR.equals(article.annotator())) {
            say(article, "The gold version is built as the coder \u201C" + AgreementQuery.CURATOR + "\u201D: press Curate in the "
                    + "coders' bar (or File \u25B8 Coder Name\u2026) first; your own work stays " + article.annotator() + "\u2019s.");
            return Optional.empty();
        }
        Annotation selected = article.getSelected();
        Optional<Annotation> candidate = selected != null && !article.isOwn(selected) ? Optional.of(selected)
                : article.annotations().stream().filter(annotation -> !article.isOwn(annotation))
                        .filter(annotation -> annotation.contains(caret) || annotation.end() == caret)
                        .min(Comparator.comparingInt(Annotation::length)
                                .thenComparingInt(annotation -> article.coderLanes().laneOf(annotation.annotator())));
        if (candidate.isEmpty()) {
            say(article, "No other coder\u2019s annotation at the caret to accept: F8 goes to the next disagreement, "
                    + "Space selects an annotation there.");
            return Optional.empty();
        }
        Optional<Annotation> gold = accept(candidate.get(), article.coderLanes().all());
        article.say(message.get());
        gold.flatMap(accepted -> article.annotation(accepted.id())).ifPresent(article.selectedProperty()::set);
        return gold;
    }

    private void say(ArticleViewModel article, String text) {
        message.set(text);
        article.say(text);
    }

    /** What the last acceptance did, or why it did nothing. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }
}
