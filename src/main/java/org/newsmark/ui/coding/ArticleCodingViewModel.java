package org.newsmark.ui.coding;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Change;
import org.newsmark.ui.article.ArticleViewModel;

/** What a coder records about the whole article: the codebook's document fields and a note. */
public final class ArticleCodingViewModel {

    private final ArticleViewModel article;
    private final ReadOnlyObjectWrapper<ArticleCoding> coding = new ReadOnlyObjectWrapper<>();

    public ArticleCodingViewModel(ArticleViewModel article, AnnotationEditor editor) {
        this.article = article;
        editor.addListener(this::applied);
    }

    public void load(ArticleCoding loaded) {
        coding.set(loaded);
    }

    /** The current article's coding, or null before an article is open. */
    public ReadOnlyObjectProperty<ArticleCoding> codingProperty() {
        return coding.getReadOnlyProperty();
    }

    public List<AttributeDefinition> fields() {
        return article.codebook().documentFields();
    }

    /** Sets a document field from what was typed or chosen; a value that does not fit is refused with a message. */
    public void setValue(AttributeDefinition field, String raw) {
        setValue(coding.get(), field, raw);
    }

    /** Sets a document field of the article whose coding was {@code before} (the one being left, on a switch). */
    public void setValue(ArticleCoding before, AttributeDefinition field, String raw) {
        if (before == null) {
            return;
        }
        AttributeType.Reading reading = field.read(raw);
        if (!reading.valid()) {
            article.say(field.name() + ": " + reading.problem() + ".");
            return;
        }
        String old = before.values().getOrDefault(field.id(), "");
        if (old.equals(reading.value())) {
            return;
        }
        ArticleCoding after = before.withValue(field.id(), reading.value());
        String description = reading.value().isEmpty() ? "Clear the article's " + field.name()
                : "Code the article's " + field.name() + " as " + reading.value();
        article.perform(Edit.of(description, new ArticleCodingChange(before, after)));
    }

    public void setNote(String note) {
        setNote(coding.get(), note);
    }

    /** Sets the note of the article whose coding was {@code before} (the one being left, on a switch). */
    public void setNote(ArticleCoding before, String note) {
        String cleaned = note == null ? "" : note.strip();
        if (before == null || before.note().equals(cleaned)) {
            return;
        }
        article.perform(Edit.of("Edit the article's note", new ArticleCodingChange(before, before.withNote(cleaned))));
    }

    private void applied(Edit edit) {
        ArticleCoding current = coding.get();
        for (Change change : edit.changes()) {
            if (change instanceof ArticleCodingChange codingChange && current != null
                    && codingChange.articleId() == current.articleId()) {
                coding.set(codingChange.after());
            }
        }
    }
}
