package org.newsmark.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.DocumentFieldChange;

/**
 * Adding, changing and removing the attributes of a category and the codebook's document fields.
 * Values that no longer fit (a removed attribute, a choice that is gone) are cleared in the same
 * edit, so undo brings them back.
 */
public final class AttributeEdits {

    private AttributeEdits() {
    }

    public static Outcome add(Codebook codebook, Category category, AttributeDraft draft) {
        String problem = problem(draft, category.attributes(), -1);
        if (problem != null) {
            return Outcome.refused(problem);
        }
        List<AttributeDefinition> attributes = new ArrayList<>(category.attributes());
        attributes.add(definition(codebook.nextAttributeId(), draft));
        return Outcome.of(Edit.of("Add the attribute " + draft.name().strip() + " to " + category.name(),
                new CategoryChange(category, category.withAttributes(attributes))));
    }

    /** @param withValues the annotations (of every article) that have a value for the attribute */
    public static Outcome change(Category category, AttributeDefinition old, AttributeDraft draft,
            List<Annotation> withValues, java.time.Instant now) {
        String problem = problem(draft, category.attributes(), old.id());
        if (problem != null) {
            return Outcome.refused(problem);
        }
        AttributeDefinition changed = definition(old.id(), draft);
        if (changed.equals(old)) {
            return Outcome.nothing();
        }
        List<Change> changes = new ArrayList<>(clearUnfitting(withValues, changed, now));
        List<AttributeDefinition> attributes = new ArrayList<>(category.attributes());
        attributes.replaceAll(attribute -> attribute.id() == old.id() ? changed : attribute);
        changes.add(new CategoryChange(category, category.withAttributes(attributes)));
        return Outcome.of(Edit.of("Change the attribute " + old.name() + " of " + category.name(), changes));
    }

    public static Outcome remove(Category category, AttributeDefinition attribute, List<Annotation> withValues,
            java.time.Instant now) {
        List<Change> changes = new ArrayList<>();
        for (Annotation annotation : withValues) {
            changes.add(new AnnotationChange(annotation, annotation.withAttribute(attribute.id(), null, now)));
        }
        List<AttributeDefinition> attributes = new ArrayList<>(category.attributes());
        attributes.removeIf(existing -> existing.id() == attribute.id());
        changes.add(new CategoryChange(category, category.withAttributes(attributes)));
        return Outcome.of(Edit.of("Remove the attribute " + attribute.name() + " from " + category.name(), changes));
    }

    public static Outcome addField(Codebook codebook, AttributeDraft draft) {
        String problem = problem(draft, codebook.documentFields(), -1);
        if (problem != null) {
            return Outcome.refused(problem);
        }
        return Outcome.of(Edit.of("Add the document field " + draft.name().strip(), new DocumentFieldChange(null,
                definition(codebook.nextAttributeId(), draft), codebook.documentFields().size())));
    }

    /** @param withValues the articles' codings that have a value for the field */
    public static Outcome changeField(Codebook codebook, AttributeDefinition old, AttributeDraft draft,
            List<ArticleCoding> withValues) {
        String problem = problem(draft, codebook.documentFields(), old.id());
        if (problem != null) {
            return Outcome.refused(problem);
        }
        AttributeDefinition changed = definition(old.id(), draft);
        if (changed.equals(old)) {
            return Outcome.nothing();
        }
        List<Change> changes = new ArrayList<>();
        for (ArticleCoding coding : withValues) {
            String value = coding.values().get(old.id());
            if (value != null && !changed.read(value).valid()) {
                changes.add(new ArticleCodingChange(coding, coding.withValue(old.id(), null)));
            }
        }
        changes.add(new DocumentFieldChange(old, changed, codebook.documentFields().indexOf(old)));
        return Outcome.of(Edit.of("Change the document field " + old.name(), changes));
    }

    public static Outcome removeField(Codebook codebook, AttributeDefinition field, List<ArticleCoding> withValues) {
        List<Change> changes = new ArrayList<>();
        for (ArticleCoding coding : withValues) {
            changes.add(new ArticleCodingChange(coding, coding.withValue(field.id(), null)));
        }
        changes.add(new DocumentFieldChange(field, null, codebook.documentFields().indexOf(field)));
        return Outcome.of(Edit.of("Remove the document field " + field.name(), changes));
    }

    /** Why a draft cannot stand beside {@code others} (ignoring the one it replaces), or null. */
    static String problem(AttributeDraft draft, List<AttributeDefinition> others, long replacing) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            return "An attribute needs a name.";
        }
        for (AttributeDefinition other : others) {
            if (other.id() != replacing && other.name().equalsIgnoreCase(name)) {
                return "There is already an attribute called " + name + ".";
            }
        }
        List<String> choices = choices(draft);
        if (draft.type() == AttributeType.CHOICE && choices.isEmpty()) {
            return "A choice attribute needs at least one choice.";
        }
        if (choices.stream().map(String::toLowerCase).distinct().count() != choices.size()) {
            return "Each choice may appear only once.";
        }
        return null;
    }

    private static List<String> choices(AttributeDraft draft) {
        return draft.type() == AttributeType.CHOICE
                ? draft.choices().stream().map(String::strip).filter(choice -> !choice.isEmpty()).toList() : List.of();
    }

    private static AttributeDefinition definition(long id, AttributeDraft draft) {
        return new AttributeDefinition(id, draft.name().strip(), draft.type(), choices(draft), draft.description());
    }

    private static List<Change> clearUnfitting(List<Annotation> withValues, AttributeDefinition changed, java.time.Instant now) {
        List<Change> changes = new ArrayList<>();
        for (Annotation annotation : withValues) {
            String value = annotation.attributes().get(changed.id());
            if (value != null && !changed.read(value).valid()) {
                changes.add(new AnnotationChange(annotation, annotation.withAttribute(changed.id(), null, now)));
            } else if (value != null && !changed.read(value).value().equals(value)) {
                Map<Long, String> values = new java.util.HashMap<>(annotation.attributes());
                values.put(changed.id(), changed.read(value).value());
                changes.add(new AnnotationChange(annotation, annotation.withAttributes(values, now)));
            }
        }
        return changes;
    }
}
