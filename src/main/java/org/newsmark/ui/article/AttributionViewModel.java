package org.newsmark.ui.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newsmark.editing.Edit;
import org.newsmark.editing.Tagging;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.LinkRules;
import org.newsmark.model.RelationType;

/**
 * Links between annotations, and the gesture that makes them: with a claim or quote selected, press
 * A and click its speaker (or its cue); with context selected, click the claim it is about. The link
 * type follows from the categories' roles, so the gesture needs no choosing.
 */
public final class AttributionViewModel {

    private final ArticleViewModel article;
    private final ReadOnlyObjectWrapper<Annotation> pending = new ReadOnlyObjectWrapper<>();

    public AttributionViewModel(ArticleViewModel article) {
        this.article = article;
        article.loadsProperty().addListener((observable, before, after) -> pending.set(null));
    }

    /** The annotation waiting for the click that links it, or null. */
    public ReadOnlyObjectProperty<Annotation> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Starts linking the selected annotation; the next annotation chosen completes the link. */
    public void start() {
        Annotation selected = article.getSelected();
        if (selected == null) {
            article.say("Select a claim, quote or context first, then press A and click what it is linked to.");
            return;
        }
        RelationRole role = roleOf(selected);
        if (role == null) {
            article.say(article.nameOf(selected) + " annotations are not linked; links join claims and quotes to "
                    + "speakers and cues, and context to claims.");
            return;
        }
        pending.set(selected);
        article.say(role.prompt + " Escape cancels.");
    }

    public void cancel() {
        if (pending.get() != null) {
            pending.set(null);
            article.say("Linking cancelled.");
        }
    }

    /** Completes the pending link with the chosen annotation; true when a link was made or refused with a message. */
    public boolean complete(Annotation target) {
        Annotation from = pending.get();
        if (from == null) {
            return false;
        }
        pending.set(null);
        link(from, target);
        return true;
    }

    /** The annotations the pending (or a given) annotation can be linked to, for a pick list. */
    public List<Annotation> candidatesFor(Annotation from) {
        return article.annotations().stream().filter(other -> !other.id().equals(from.id()) && typeBetween(from, other).isPresent())
                .toList();
    }

    /** Links two annotations with the type their roles call for, if they fit. */
    public void link(Annotation first, Annotation second) {
        Optional<Directed> directed = typeBetween(first, second);
        if (directed.isEmpty()) {
            article.say("A " + article.nameOf(first) + " cannot be linked to a " + article.nameOf(second)
                    + ": links join claims and quotes to speakers and cues, and context to claims.");
            return;
        }
        Directed link = directed.get();
        Link candidate = Link.of(article.getArticle().id(), link.type(), link.from().id(), link.to().id(), article.now());
        Map<UUID, Annotation> byId = new HashMap<>();
        article.annotations().forEach(annotation -> byId.put(annotation.id(), annotation));
        Optional<String> problem = LinkRules.problem(candidate, article.links(), byId);
        if (problem.isPresent()) {
            article.say(problem.get());
            return;
        }
        article.perform(Edit.of(Tagging.quote(link.from()) + " " + link.type().phrase() + " " + Tagging.quote(link.to()),
                LinkChange.create(candidate)));
    }

    public void unlink(Link link) {
        Annotation from = article.annotation(link.from()).orElse(null);
        Annotation to = article.annotation(link.to()).orElse(null);
        String description = from == null || to == null ? "Remove a link"
                : "Unlink " + Tagging.quote(from) + " from " + Tagging.quote(to);
        article.perform(Edit.of(description, LinkChange.delete(link)));
    }

    /** "attributed to “Anthony Lim”" or "“…” is attributed to this", as seen from {@code annotation}. */
    public String describe(Link link, Annotation annotation) {
        boolean outgoing = link.from().equals(annotation.id());
        Annotation other = article.annotation(outgoing ? link.to() : link.from()).orElse(null);
        String quote = other == null ? "(gone)" : Tagging.quote(other);
        return outgoing ? link.type().phrase() + " " + quote : quote + " is " + link.type().phrase() + " this";
    }

    /** A link's type and direction. */
    private record Directed(RelationType type, Annotation from, Annotation to) {
    }

    private Optional<Directed> typeBetween(Annotation first, Annotation second) {
        CategoryRole a = role(first);
        CategoryRole b = role(second);
        if (a == CategoryRole.CONTENT && b == CategoryRole.SOURCE) {
            return Optional.of(new Directed(RelationType.ATTRIBUTED_TO, first, second));
        }
        if (a == CategoryRole.SOURCE && b == CategoryRole.CONTENT) {
            return Optional.of(new Directed(RelationType.ATTRIBUTED_TO, second, first));
        }
        if (a == CategoryRole.CONTENT && b == CategoryRole.CUE) {
            return Optional.of(new Directed(RelationType.CUE, first, second));
        }
        if (a == CategoryRole.CUE && b == CategoryRole.CONTENT) {
            return Optional.of(new Directed(RelationType.CUE, second, first));
        }
        if (a == CategoryRole.CONTEXT && b == CategoryRole.CONTENT) {
            return Optional.of(new Directed(RelationType.ABOUT, first, second));
        }
        if (a == CategoryRole.CONTENT && b == CategoryRole.CONTEXT) {
            return Optional.of(new Directed(RelationType.ABOUT, second, first));
        }
        return Optional.empty();
    }

    private CategoryRole role(Annotation annotation) {
        Category category = article.category(annotation.categoryId());
        return category == null ? null : article.codebook().roleOf(category);
    }

    /** What the gesture asks for, by the role of the annotation it starts from. */
    private enum RelationRole {
        CONTENT("Click the speaker (or the cue) this is attributed to."),
        SOURCE("Click the claim or quote this speaker makes."),
        CUE("Click the claim or quote this cue signals."),
        CONTEXT("Click the claim this context is about.");

        private final String prompt;

        RelationRole(String prompt) {
            this.prompt = prompt;
        }
    }

    private RelationRole roleOf(Annotation annotation) {
        CategoryRole role = role(annotation);
        return role == null ? null : RelationRole.valueOf(role.name());
    }
}
