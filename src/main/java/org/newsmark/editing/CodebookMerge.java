package org.newsmark.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.CategoryDraft;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.DocumentFieldChange;

/**
 * Brings a codebook file into a project's codebook. Categories are matched by name: a known one takes
 * the file's colour, description, role and key and gains the attributes it lacks; an unknown one is
 * added (under its parent). Nothing is removed and existing attributes keep their type, so the
 * project's annotations all stay valid. A key the file gives to a category other than the one that
 * has it here refuses the whole import. One undoable edit.
 */
public final class CodebookMerge {

    private CodebookMerge() {
    }

    public static Outcome merge(Codebook codebook, CodebookDraft draft) {
        Plan plan = new Plan(codebook);
        for (CategoryDraft category : draft.categories()) {
            String problem = plan.category(category, null);
            if (problem != null) {
                return Outcome.refused("The codebook was not imported: " + problem);
            }
        }
        List<Change> changes = new ArrayList<>(plan.changes);
        int position = codebook.documentFields().size();
        long nextId = plan.nextAttributeId;
        for (AttributeDraft field : draft.documentFields()) {
            boolean known = codebook.documentFields().stream().anyMatch(existing -> existing.name().equalsIgnoreCase(field.name()));
            if (!known) {
                changes.add(new DocumentFieldChange(null, new AttributeDefinition(nextId++, field.name(), field.type(),
                        field.choices(), field.description()), position++));
            }
        }
        if (changes.isEmpty()) {
            return Outcome.refused("The project's codebook already has everything in " + draft.name() + ".");
        }
        return Outcome.of(Edit.of("Import the codebook " + draft.name(), changes));
    }

    /** The changes so far, and the codebook they lead to. */
    private static final class Plan {
        private final Codebook codebook;
        private final List<Change> changes = new ArrayList<>();
        private final Map<String, Category> byName = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private long nextCategoryId;
        private long nextAttributeId;

        Plan(Codebook codebook) {
            this.codebook = codebook;
            for (Category category : codebook.categories()) {
                byName.put(category.name().toLowerCase(Locale.ROOT), category);
                if (category.shortcut() != null) {
                    keys.put(category.shortcut().toLowerCase(Locale.ROOT), category.name());
                }
            }
            nextCategoryId = codebook.nextCategoryId();
            nextAttributeId = codebook.nextAttributeId();
        }

        /** Plans one category and its children; returns a problem, or null. */
        String category(CategoryDraft draft, Long parentId) {
            Category existing = byName.get(draft.name().toLowerCase(Locale.ROOT));
            String key = draft.shortcut() == null ? null : draft.shortcut().toLowerCase(Locale.ROOT);
            if (key != null) {
                String owner = keys.get(key);
                if (CodebookEdits.RESERVED_KEYS.contains(key)) {
                    return "the key " + draft.shortcut() + " of " + draft.name() + " is kept for linking annotations.";
                }
                if (owner != null && !owner.equalsIgnoreCase(draft.name())) {
                    return "the key " + draft.shortcut() + " of " + draft.name() + " is already " + owner + "'s here.";
                }
                keys.put(key, draft.name());
            }
            Category planned;
            if (existing == null) {
                int position = (int) codebook.children(parentId).size()
                        + (int) changes.stream().filter(change -> change instanceof CategoryChange added
                                && added.before() == null && java.util.Objects.equals(added.after().parentId(), parentId)).count();
                planned = new Category(nextCategoryId++, UUID.randomUUID(), parentId, draft.name(), draft.color(),
                        draft.shortcut(), draft.description(), draft.role(), position, newAttributes(List.of(), draft));
                changes.add(new CategoryChange(null, planned));
            } else {
                planned = existing.withColor(draft.color())
                        .withShortcut(draft.shortcut() != null ? draft.shortcut() : existing.shortcut())
                        .withDescription(draft.description().isBlank() ? existing.description() : draft.description())
                        .withRole(draft.role() != null ? draft.role() : existing.role())
                        .withAttributes(newAttributes(existing.attributes(), draft));
                if (!planned.equals(existing)) {
                    changes.add(new CategoryChange(existing, planned));
                }
            }
            byName.put(planned.name().toLowerCase(Locale.ROOT), planned);
            for (CategoryDraft child : draft.children()) {
                String problem = category(child, planned.id());
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private List<AttributeDefinition> newAttributes(List<AttributeDefinition> existing, CategoryDraft draft) {
            List<AttributeDefinition> attributes = new ArrayList<>(existing);
            for (AttributeDraft attribute : draft.attributes()) {
                boolean known = existing.stream().anyMatch(present -> present.name().equalsIgnoreCase(attribute.name()));
                if (!known) {
                    attributes.add(new AttributeDefinition(nextAttributeId++, attribute.name(), attribute.type(),
                            attribute.choices(), attribute.description()));
                }
            }
            return attributes;
        }
    }
}
