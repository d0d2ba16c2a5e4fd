package org.newsmark.ui.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.editing.Edit;
import org.newsmark.editing.Tagging;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.speakers.SpeakersViewModel;

/**
 * Coding one annotation beyond its category: the values of its attributes and, for a speaker
 * mention, the person it refers to.
 */
public final class AnnotationCodingViewModel {

    private final ArticleViewModel article;
    private final SpeakersViewModel speakers;

    public AnnotationCodingViewModel(ArticleViewModel article, SpeakersViewModel speakers) {
        this.article = article;
        this.speakers = speakers;
    }

    /** The registry's people, which the person shown for a mention comes from. */
    public javafx.collections.ObservableList<Person> people() {
        return speakers.people();
    }

    /** The attributes an annotation carries: its category's, then those it inherits. */
    public List<AttributeDefinition> attributesOf(Annotation annotation) {
        Category category = article.category(annotation.categoryId());
        return category == null ? List.of() : article.codebook().attributesOf(category);
    }

    /** Sets an attribute from what was typed or chosen; a value that does not fit is refused with a message. */
    public void setAttribute(Annotation annotation, AttributeDefinition attribute, String raw) {
        AttributeType.Reading reading = attribute.read(raw);
        if (!reading.valid()) {
            article.say(attribute.name() + ": " + reading.problem() + ".");
            return;
        }
        Annotation current = article.annotation(annotation.id()).orElse(annotation);
        if (current.attributes().getOrDefault(attribute.id(), "").equals(reading.value())) {
            return;
        }
        String description = reading.value().isEmpty()
                ? "Clear " + attribute.name() + " of " + Tagging.quote(current)
                : "Set " + attribute.name() + " of " + Tagging.quote(current) + " to " + reading.value();
        article.performOwn(Edit.of(description, new AnnotationChange(current,
                current.withAttribute(attribute.id(), reading.value(), article.now()))));
    }

    /**
     * The key for an attribute (Alt+1 for the first): a choice or yes/no attribute takes its next
     * value (after the last, none); a number or text attribute cannot be stepped through, and the
     * answer says so. Returns the attribute, so a view can show or focus it.
     */
    public Optional<AttributeDefinition> cycleAttribute(Annotation annotation, int index) {
        List<AttributeDefinition> attributes = attributesOf(annotation);
        if (index < 0 || index >= attributes.size()) {
            Category category = article.category(annotation.categoryId());
            article.say((category == null ? "This annotation" : category.name()) + " has " + (attributes.isEmpty()
                    ? "no attributes." : attributes.size() == 1 ? "one attribute (Alt+1)." : attributes.size()
                    + " attributes (Alt+1 to Alt+" + attributes.size() + ")."));
            return Optional.empty();
        }
        AttributeDefinition attribute = attributes.get(index);
        List<String> values = switch (attribute.type()) {
            case CHOICE -> attribute.choices();
            case YES_NO -> List.of("yes", "no");
            default -> List.of();
        };
        if (values.isEmpty()) {
            article.say(attribute.name() + " is typed, not chosen: write it in the panel.");
            return Optional.of(attribute);
        }
        Annotation current = article.annotation(annotation.id()).orElse(annotation);
        String now = current.attributes().getOrDefault(attribute.id(), "");
        int at = values.indexOf(now);
        String next = at + 1 < values.size() ? values.get(at + 1) : "";
        setAttribute(current, attribute, next);
        article.say(attribute.name() + ": " + (next.isEmpty() ? "not coded" : next)
                + "   (Alt+" + (index + 1) + " again for " + (at + 2 < values.size() ? values.get(at + 2)
                        : next.isEmpty() ? values.get(0) : "none") + ")");
        return Optional.of(attribute);
    }

    /** Whether the annotation marks someone given a voice, so it can refer to a person. */
    public boolean isSpeakerMention(Annotation annotation) {
        Category category = article.category(annotation.categoryId());
        return category != null && article.codebook().roleOf(category) == CategoryRole.SOURCE;
    }

    public Optional<Person> personOf(Annotation annotation) {
        return speakers.person(annotation.personId());
    }

    /** Makes the mention refer to the person; a name the mention gives them that they lacked becomes an alias. */
    public void assignPerson(Annotation annotation, Person person) {
        Annotation current = article.annotation(annotation.id()).orElse(annotation);
        if (person.id().equals(current.personId())) {
            return;
        }
        List<org.newsmark.model.Change> changes = new ArrayList<>();
        changes.add(new AnnotationChange(current, current.withPerson(person.id(), article.now())));
        speakers.aliasLearntFrom(person, current.text()).ifPresent(changes::add);
        article.performOwn(Edit.of(Tagging.quote(current) + " is " + person.name(), changes));
    }

    /**
     * Everyone the mention may refer to, best first, narrowed by what was typed: see
     * {@link SpeakersViewModel#ranked}. People mentioned in the article come before others, the
     * nearest before the mention first.
     */
    public List<Person> ranked(Annotation mention, String typed) {
        return ranked(mention.text(), mention.start(), typed);
    }

    /**
     * Everyone a mention written {@code naming} at offset {@code at} of the article may refer to,
     * narrowed by what was typed; the people mentioned just before it come first after those it names.
     */
    public List<Person> ranked(String naming, int at, String typed) {
        List<UUID> nearby = new ArrayList<>();
        article.annotations().stream().filter(other -> other.personId() != null)
                .sorted(java.util.Comparator.comparingInt((Annotation other) -> other.start() <= at
                        ? at - other.start() : Integer.MAX_VALUE / 2 + other.start() - at))
                .forEach(other -> {
                    if (!nearby.contains(other.personId())) {
                        nearby.add(other.personId());
                    }
                });
        return speakers.ranked(naming, typed, nearby);
    }

    /** Adds a person to the registry and makes the mention refer to them, in one undoable edit. */
    public Person assignNewPerson(Annotation annotation, String name) {
        Person person = Person.named(name, article.now());
        Annotation current = article.annotation(annotation.id()).orElse(annotation);
        article.performOwn(Edit.of("Add " + person.name() + " and link " + Tagging.quote(current), List.of(
                new PersonChange(null, person),
                new AnnotationChange(current, current.withPerson(person.id(), article.now())))));
        return person;
    }

    public void clearPerson(Annotation annotation) {
        Annotation current = article.annotation(annotation.id()).orElse(annotation);
        if (current.personId() != null) {
            article.performOwn(Edit.of("Unlink " + Tagging.quote(current) + " from its person",
                    new AnnotationChange(current, current.withPerson(null, article.now()))));
        }
    }

    /** The name to offer for a new person from the mention ("Mr Musk" → "Musk"), or empty. */
    public String proposedName(Annotation annotation) {
        return speakers.proposedName(annotation.text()).orElse("");
    }
}
