package org.newsmark.ui.article;

import java.util.ArrayList;
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
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.Change;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.TextSpans;
import org.newsmark.suggest.AttributionSuggester;
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

    private static final AttributionSuggester SUGGESTER = new AttributionSuggester();

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
        article.performOwn(Edit.of(Tagging.quote(link.from()) + " " + link.type().phrase() + " " + Tagging.quote(link.to()),
                LinkChange.create(candidate)));
    }

    public void unlink(Link link) {
        Annotation from = article.annotation(link.from()).orElse(null);
        Annotation to = article.annotation(link.to()).orElse(null);
        String description = from == null || to == null ? "Remove a link"
                : "Unlink " + Tagging.quote(from) + " from " + Tagging.quote(to);
        article.performOwn(Edit.of(description, LinkChange.delete(link)));
    }

    /** "attributed to “Anthony Lim”" or "“…” is attributed to this", as seen from {@code annotation}. */
    public String describe(Link link, Annotation annotation) {
        boolean outgoing = link.from().equals(annotation.id());
        Annotation other = article.annotation(outgoing ? link.to() : link.from()).orElse(null);
        String quote = other == null ? "(gone)" : Tagging.quote(other);
        return outgoing ? link.type().phrase() + " " + quote : quote + " is " + link.type().phrase() + " this";
    }

    /**
     * A proposed attribution in the selected text: the three spans (cue and source may be null), and
     * for a pronoun source the earlier mention it refers to (or null).
     */
    public record Proposal(TextSpans.Range content, TextSpans.Range cue, TextSpans.Range source, TextSpans.Range referent) {

        public Proposal(TextSpans.Range content, TextSpans.Range cue, TextSpans.Range source) {
            this(content, cue, source, null);
        }
    }

    /**
     * Proposes the content, cue and source of the attribution in the selected text, if it has one: the
     * article's suggested attributions restricted to the selection, so nothing outside it is proposed.
     */
    public Optional<Proposal> propose(int start, int end) {
        Article current = article.getArticle();
        if (current == null) {
            return Optional.empty();
        }
        return SUGGESTER.propose(current.text(), start, end)
                .map(found -> new Proposal(found.content(), found.cue(), found.source(), found.referent()));
    }

    public String text(TextSpans.Range range) {
        return range == null ? "" : article.getArticle().text().substring(range.start(), range.end());
    }

    /**
     * The words that name the source's person: the source itself, or for a pronoun ("He") the
     * mention it refers to ("Mr Musk"), so the right person can be found by name.
     */
    public String sourceNaming(Proposal proposal) {
        return proposal.referent() != null ? text(proposal.referent()) : text(proposal.source());
    }

    /** The categories content can be tagged with (Claim, Expert quote, …), in codebook order. */
    public List<Category> contentCategories() {
        return article.codebook().withRole(CategoryRole.CONTENT);
    }

    /** A quotation is most likely a quote; anything else a claim. */
    public Category suggestedContentCategory(Proposal proposal) {
        return contentCategoryFor(proposal.content());
    }

    /** The content category for a content starting here: a quote for a quotation, else a claim. */
    public Category contentCategoryFor(TextSpans.Range range) {
        List<Category> content = contentCategories();
        String text = text(range);
        boolean quoted = !text.isEmpty() && "\"\u201C\u201E\u00AB".indexOf(text.charAt(0)) >= 0;
        return content.stream().filter(category -> quoted == category.name().toLowerCase(java.util.Locale.ROOT).contains("quote"))
                .findFirst().orElse(content.isEmpty() ? null : content.get(0));
    }

    /**
     * Creates the attribution in one undoable edit: the content, cue and source spans (reusing any
     * already tagged with a category of the right role), the links from content to source and cue,
     * and the person the source refers to: {@code person}, or a new one named {@code newPersonName}.
     */
    public void create(Proposal proposal, Category contentCategory, Person person, String newPersonName) {
        List<Change> changes = new ArrayList<>();
        java.time.Instant now = article.now();
        Person chosen = person;
        if (chosen == null && proposal.source() != null && newPersonName != null && !newPersonName.isBlank()) {
            // The person first: the mention that refers to them is written after.
            chosen = Person.named(newPersonName, now);
            changes.add(new PersonChange(null, chosen));
        }
        Coding coding = new Coding(List.of(proposal.content()), proposal.cue(), proposal.source(), contentCategory, chosen, true);
        Annotation content = code(coding, changes, new ArrayList<>(), now);
        if (content == null) {
            article.say("The selection has no content to attribute.");
            return;
        }
        if (changes.isEmpty()) {
            article.say("That attribution is already coded.");
            return;
        }
        Annotation source = sourceOf(content, changes);
        article.performOwn(Edit.of("Attribute " + Tagging.quote(content) + (source == null ? "" : " to " + Tagging.quote(source)),
                changes));
        article.annotation(content.id()).ifPresent(article.selectedProperty()::set);
    }

    /**
     * An attribution to code: its content in one or more parts (a quotation around its cue), cue and
     * source (either may be null), the content's category, and the registered person the source is.
     *
     * @param replacePerson whether a source already tagged with another person gets this one (the A
     *                      key, where the coder chose); else only a source without a person gets it
     */
    public record Coding(List<TextSpans.Range> content, TextSpans.Range cue, TextSpans.Range source, Category contentCategory,
            Person person, boolean replacePerson) {
    }

    /**
     * Codes several attributions in one undoable edit (suggestions accepted together); returns the
     * first one's content, or null when nothing was left to code.
     */
    public Annotation createAll(List<Coding> codings, String description) {
        List<Change> changes = new ArrayList<>();
        List<Annotation> made = new ArrayList<>();
        java.time.Instant now = article.now();
        Annotation first = null;
        for (Coding coding : codings) {
            Annotation content = code(coding, changes, made, now);
            if (first == null) {
                first = content;
            }
        }
        if (changes.isEmpty()) {
            return null;
        }
        article.performOwn(Edit.of(description, changes));
        return first;
    }

    /**
     * Adds to {@code changes} what codes one attribution: its spans (reusing those already tagged with
     * a category of the right role, in the article or in {@code made} by an earlier coding of the same
     * edit), the later content parts continuing the first, the person, and the links from content to
     * source and cue. Returns the content's first part, or null when it cannot be tagged.
     */
    private Annotation code(Coding coding, List<Change> changes, List<Annotation> made, java.time.Instant now) {
        List<Annotation> parts = new ArrayList<>();
        for (TextSpans.Range part : coding.content()) {
            Annotation fragment = spanFor(part, coding.contentCategory(), CategoryRole.CONTENT, changes, made, now);
            if (fragment != null && !parts.contains(fragment)) {
                parts.add(fragment);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Annotation content = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            addLink(changes, RelationType.CONTINUES, parts.get(i), parts.get(i - 1), now);
        }
        Annotation cue = spanFor(coding.cue(), firstWithRole(CategoryRole.CUE), CategoryRole.CUE, changes, made, now);
        Annotation source = spanFor(coding.source(), firstWithRole(CategoryRole.SOURCE), CategoryRole.SOURCE, changes, made, now);
        if (source != null) {
            Person chosen = coding.person();
            boolean give = chosen != null && !chosen.id().equals(source.personId())
                    && (coding.replacePerson() || source.personId() == null);
            if (give) {
                Annotation linked = source.withPerson(chosen.id(), now);
                replace(changes, source, linked);
                made.replaceAll(annotation -> annotation.id().equals(linked.id()) ? linked : annotation);
                source = linked;
            }
            addLink(changes, RelationType.ATTRIBUTED_TO, content, source, now);
        }
        if (cue != null) {
            addLink(changes, RelationType.CUE, content, cue, now);
        }
        return content;
    }

    /** The source the content is attributed to by a link among {@code changes}, if any. */
    private Annotation sourceOf(Annotation content, List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof LinkChange link && link.after() != null && link.after().type() == RelationType.ATTRIBUTED_TO
                    && link.after().from().equals(content.id())) {
                for (Change other : changes) {
                    if (other instanceof AnnotationChange annotation && annotation.after() != null
                            && annotation.after().id().equals(link.after().to())) {
                        return annotation.after();
                    }
                }
                return article.annotation(link.after().to()).orElse(null);
            }
        }
        return null;
    }

    /** The annotation for a span: one already there (or made earlier in this edit) with a category of this role, or a new one. */
    private Annotation spanFor(TextSpans.Range range, Category category, CategoryRole role, List<Change> changes,
            List<Annotation> made, java.time.Instant now) {
        if (range == null || category == null) {
            return null;
        }
        // Only the coder's own spans are reused: another coder's shown beside them stay theirs.
        List<Annotation> existing = new ArrayList<>(article.annotations().stream()
                .filter(article::isOwn).toList());
        existing.addAll(made);
        Optional<Annotation> same = existing.stream().filter(annotation -> annotation.start() == range.start()
                && annotation.end() == range.end() && role(annotation) == role).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        Tagging.Result result = Tagging.tag(article.getArticle(), existing, range.start(), range.end(),
                category, article.annotator(), now);
        if (!result.created()) {
            return null;
        }
        changes.add(AnnotationChange.create(result.annotation()));
        made.add(result.annotation());
        return result.annotation();
    }

    private static void replace(List<Change> changes, Annotation before, Annotation after) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof AnnotationChange created && created.after() != null
                    && created.after().id().equals(before.id())) {
                changes.set(i, new AnnotationChange(created.before(), after));
                return;
            }
        }
        changes.add(new AnnotationChange(before, after));
    }

    private void addLink(List<Change> changes, RelationType type, Annotation from, Annotation to, java.time.Instant now) {
        boolean present = article.links().stream().anyMatch(link -> link.type() == type && link.from().equals(from.id())
                && link.to().equals(to.id())) || changes.stream().anyMatch(change -> change instanceof LinkChange made
                && made.after() != null && made.after().type() == type && made.after().from().equals(from.id())
                && made.after().to().equals(to.id()));
        if (!present) {
            changes.add(LinkChange.create(Link.of(article.getArticle().id(), type, from.id(), to.id(), now)));
        }
    }

    private Category firstWithRole(CategoryRole role) {
        return article.codebook().withRole(role).stream().filter(category -> category.role() == role).findFirst()
                .orElse(article.codebook().withRole(role).stream().findFirst().orElse(null));
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
