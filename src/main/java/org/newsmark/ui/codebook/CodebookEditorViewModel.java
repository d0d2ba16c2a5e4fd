package org.newsmark.ui.codebook;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newsmark.editing.AttributeEdits;
import org.newsmark.editing.CodebookEdits;
import org.newsmark.editing.CodebookMerge;
import org.newsmark.editing.Outcome;
import org.newsmark.exporting.CodebookJsonWriter;
import org.newsmark.exporting.ExportFiles;
import org.newsmark.exporting.RefiQdaCodebookWriter;
import org.newsmark.importing.CodebookJsonReader;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Codebook;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Link;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * The codebook editor: every change to the codebook is an undoable edit, checked before it is made.
 * Changes that touch annotations in other articles (deleting a category, removing an attribute) read
 * them in the background first.
 */
public final class CodebookEditorViewModel {

    private final javafx.beans.property.ReadOnlyIntegerWrapper refusals = new javafx.beans.property.ReadOnlyIntegerWrapper();

    /** What deleting a category used by annotations should do with them. */
    public interface DeletionChoice {
        /**
         * Asks the person; returns the category to move the annotations to, null to delete them, or
         * empty to cancel.
         */
        java.util.Optional<java.util.Optional<Category>> choose(Category category, int annotations, List<Category> others);
    }

    private final ArticleViewModel article;
    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Category> selected = new SimpleObjectProperty<>();

    public CodebookEditorViewModel(ArticleViewModel article, ProjectStore store, BackgroundTasks tasks) {
        this.article = article;
        this.store = store;
        this.tasks = tasks;
        // Keep the selection on the same category as it changes (renamed, recoloured, moved).
        article.codebookProperty().addListener((observable, before, after) -> {
            Category chosen = selected.get();
            selected.set(chosen == null ? null : after.category(chosen.id()).orElse(null));
        });
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return article.codebookProperty();
    }

    public Codebook codebook() {
        return article.codebook();
    }

    public ObjectProperty<Category> selectedProperty() {
        return selected;
    }

    /** Counts refused changes: a form shows the category as it is again, rather than what was refused. */
    public javafx.beans.property.ReadOnlyIntegerProperty refusalsProperty() {
        return refusals.getReadOnlyProperty();
    }

    public void add(boolean asSubCategory) {
        Long parent = asSubCategory && selected.get() != null ? selected.get().id() : null;
        Outcome outcome = CodebookEdits.add(codebook(), parent, article.now());
        if (perform(outcome)) {
            Category added = outcome.edit().changes(org.newsmark.model.CategoryChange.class).get(0).after();
            selected.set(codebook().category(added.id()).orElse(null));
        }
    }

    public void rename(String name) {
        withSelected(category -> perform(CodebookEdits.rename(codebook(), category, name)));
    }

    public void recolour(String color) {
        withSelected(category -> perform(CodebookEdits.recolour(category, color)));
    }

    public void setShortcut(String key) {
        withSelected(category -> perform(CodebookEdits.setShortcut(codebook(), category, key)));
    }

    public void describe(String description) {
        withSelected(category -> perform(CodebookEdits.describe(category, description)));
    }

    public void setRole(CategoryRole role) {
        withSelected(category -> perform(CodebookEdits.setRole(category, role)));
    }

    public void move(int step) {
        withSelected(category -> perform(CodebookEdits.move(codebook(), category, step)));
    }

    /**
     * Deletes the selected category (and its sub-categories). If annotations use them, {@code choice}
     * asks whether to move them to another category or delete them; either way one undo restores all.
     */
    public void delete(DeletionChoice choice) {
        Category category = selected.get();
        if (category == null || article.refuseWhenReadOnly()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        codebook().subtree(category).forEach(gone -> ids.add(gone.id()));
        tasks.run(() -> {
            List<Annotation> using = store.annotationsOfCategories(ids);
            Set<UUID> annotationIds = new HashSet<>();
            using.forEach(annotation -> annotationIds.add(annotation.id()));
            return new Using(using, store.linksTouching(annotationIds));
        }, using -> {
            Category reassignTo = null;
            if (!using.annotations().isEmpty()) {
                List<Category> others = codebook().categories().stream().filter(other -> !ids.contains(other.id())).toList();
                var answer = choice.choose(category, using.annotations().size(), others);
                if (answer.isEmpty()) {
                    return;
                }
                reassignTo = answer.get().orElse(null);
            }
            if (perform(CodebookEdits.delete(codebook(), category, using.annotations(), using.links(), reassignTo,
                    article.now()))) {
                selected.set(null);
            }
        }, error -> article.say(error.getMessage()));
    }

    private record Using(List<Annotation> annotations, List<Link> links) {
    }

    public void addAttribute(AttributeDraft draft) {
        withSelected(category -> perform(AttributeEdits.add(codebook(), category, draft)));
    }

    public void changeAttribute(AttributeDefinition attribute, AttributeDraft draft) {
        withSelected(category -> tasks.run(() -> store.annotationsWithAttribute(attribute.id()),
                withValues -> perform(AttributeEdits.change(category, attribute, draft, withValues, article.now())),
                error -> article.say(error.getMessage())));
    }

    public void removeAttribute(AttributeDefinition attribute) {
        withSelected(category -> tasks.run(() -> store.annotationsWithAttribute(attribute.id()),
                withValues -> perform(AttributeEdits.remove(category, attribute, withValues, article.now())),
                error -> article.say(error.getMessage())));
    }

    public void addField(AttributeDraft draft) {
        perform(AttributeEdits.addField(codebook(), draft));
    }

    public void changeField(AttributeDefinition field, AttributeDraft draft) {
        tasks.run(() -> store.codingsWithField(field.id()),
                withValues -> perform(AttributeEdits.changeField(codebook(), field, draft, withValues)),
                error -> article.say(error.getMessage()));
    }

    public void removeField(AttributeDefinition field) {
        tasks.run(() -> store.codingsWithField(field.id()),
                withValues -> perform(AttributeEdits.removeField(codebook(), field, withValues)),
                error -> article.say(error.getMessage()));
    }

    /** Reads a codebook file and merges it into the project's codebook (see {@link CodebookMerge}). */
    public void importFile(Path file) {
        tasks.run(() -> new CodebookJsonReader().read(file), draft -> perform(CodebookMerge.merge(codebook(), draft)),
                error -> article.say("Could not import " + file.getFileName() + ": " + error.getMessage()));
    }

    /** Writes the codebook as Newsmark JSON ({@code json}) or a REFI-QDA codebook ({@code qdc}). */
    public void exportFile(Path file, String format) {
        Codebook codebook = codebook();
        String name = codebookName();
        tasks.run(() -> ExportFiles.write(store.file(), file, format, out -> {
            if (format.equals("qdc")) {
                new RefiQdaCodebookWriter().write(codebook, out);
            } else {
                new CodebookJsonWriter().write(codebook, name, out);
            }
            return null;
        }), done -> article.say("Codebook exported to " + file + "."),
                error -> article.say("Could not export the codebook: " + error.getMessage()));
    }

    private String codebookName() {
        return store.file().getFileName().toString().replaceFirst("\\.newsmark$", "");
    }

    private void withSelected(Consumer<Category> action) {
        Category category = selected.get();
        if (category != null) {
            action.accept(category);
        }
    }

    /** Performs the outcome's edit or says why not; true when an edit was made. */
    private boolean perform(Outcome outcome) {
        if (outcome.refusal() != null) {
            article.say(outcome.refusal());
            refusals.set(refusals.get() + 1);
            return false;
        }
        if (!outcome.hasEdit() || article.refuseWhenReadOnly()) {
            return false;
        }
        article.perform(outcome.edit());
        return true;
    }

    /** A draft of the codebook as it stands (to export or show). */
    public CodebookDraft draft() {
        return codebook().toDraft(codebookName());
    }
}
