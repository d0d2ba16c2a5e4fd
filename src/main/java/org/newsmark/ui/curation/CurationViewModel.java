package org.newsmark.ui.curation;

import java.util.ArrayList;
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
import org.newsmark.model.Change;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.ShortText;
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
        return accept(annotation, article, List.of());
    }

    /**
     * Accepts {@code annotation} into the gold version with its links: each of the coder's links from or
     * to it whose other end the gold version has already (the same span and category, accepted before)
     * is copied between the two gold annotations, so accepting a quote and its speaker, in either order,
     * accepts the attribution too.
     *
     * @param links the article's links, every coder's
     */
    public Optional<Annotation> accept(Annotation annotation, List<Annotation> article, List<Link> links) {
        if (annotation.annotator().equals(AgreementQuery.CURATOR)) {
            message.set("That annotation is already the curator's.");
            return Optional.empty();
        }
        if (goldTwin(annotation, article).isPresent()) {
            message.set("The gold version already has this span as this category.");
            return Optional.empty();
        }
        var now = editor.now();
        Annotation gold = new Annotation(UUID.randomUUID(), annotation.articleId(), annotation.categoryId(), annotation.start(),
                annotation.end(), annotation.text(), annotation.prefix(), annotation.suffix(), annotation.note(),
                AgreementQuery.CURATOR, now, now, annotation.personId(), annotation.attributes());
        List<Change> changes = new ArrayList<>();
        changes.add(AnnotationChange.create(gold));
        for (Link link : links) {
            boolean from = link.from().equals(annotation.id());
            if (!from && !link.to().equals(annotation.id())) {
                continue;
            }
            UUID otherEnd = from ? link.to() : link.from();
            Optional<Annotation> twin = article.stream().filter(other -> other.id().equals(otherEnd)).findFirst()
                    .flatMap(other -> goldTwin(other, article));
            twin.ifPresent(end -> changes.add(LinkChange.create(from ? Link.of(gold.articleId(), link.type(), gold.id(), end.id(), now)
                    : Link.of(gold.articleId(), link.type(), end.id(), gold.id(), now))));
        }
        int linked = changes.size() - 1;
        editor.perform(Edit.of("Accept " + annotation.annotator() + "\u2019s annotation into the gold version", changes));
        message.set("Accepted " + annotation.annotator() + "\u2019s \u201C" + shorten(annotation.text())
                + "\u201D into the gold version" + (linked == 0 ? "" : linked == 1 ? " with its link" : " with its " + linked + " links")
                + " (undo with Ctrl+Z).");
        return Optional.of(gold);
    }

    /** The gold version's annotation of the same span and category, if the curator has one. */
    private static Optional<Annotation> goldTwin(Annotation annotation, List<Annotation> article) {
        return article.stream().filter(other -> other.annotator().equals(AgreementQuery.CURATOR)
                && other.start() == annotation.start() && other.end() == annotation.end()
                && other.categoryId() == annotation.categoryId()).findFirst();
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
            say(article, "No other coder\u2019s annotation at the caret to accept: F7 goes to the next disagreement, "
                    + "Space selects an annotation there.");
            return Optional.empty();
        }
        Optional<Annotation> gold = accept(candidate.get(), article.coderLanes().all(), article.links());
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
        return ShortText.of(text, 40);
    }
}
