package org.newsmark.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.DocumentFieldChange;

/**
 * The project's codebook as imported work finds it, grown by what that work needs: a category named
 * by a span (a doccano label, a colleague's category), an attribute, a document field, a choice
 * outside the listed ones. Nothing imported is dropped for want of a place in the codebook; every
 * addition is listed for the report and handed over once, to be stored before the work that uses it.
 */
final class CarriedCodebook {

    private static final String[] COLOURS = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#0072B2", "#F0E442"};

    private Codebook codebook;
    private final List<Change> pending = new ArrayList<>();
    private final List<String> additions = new ArrayList<>();

    CarriedCodebook(Codebook codebook) {
        this.codebook = codebook;
    }

    Codebook codebook() {
        return codebook;
    }

    /** The category of this name (any level, ignoring case), added at the top level if there is none. */
    Category category(String name) {
        return category(name, CarriedWork.Hints.NONE);
    }

    /**
     * The category of this name (any level, ignoring case). If there is none it is added, under the
     * parent the hints name (itself found or added) or at the top level, with the hinted role and colour.
     */
    Category category(String name, CarriedWork.Hints hints) {
        return category(name, hints, 0);
    }

    private Category category(String name, CarriedWork.Hints hints, int depth) {
        Optional<Category> known = codebook.byName(name.strip());
        if (known.isPresent()) {
            return known.get();
        }
        String parentName = hints.parents().get(name);
        Category parent = parentName == null || parentName.isBlank() || parentName.strip().equalsIgnoreCase(name.strip())
                || depth > 10 ? null : category(parentName, hints, depth + 1);
        Long parentId = parent == null ? null : parent.id();
        int position = parent == null ? codebook.topLevel().size() : codebook.children(parentId).size();
        String colour = hints.colours().get(name);
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            colour = COLOURS[additions.size() % COLOURS.length];
        }
        Category added = new Category(codebook.nextCategoryId(), UUID.randomUUID(), parentId, name.strip(), colour, null,
                "Added by an import.", hints.roles().get(name), position, List.of());
        change(new CategoryChange(null, added));
        additions.add("category \u201C" + (parent == null ? "" : parent.name() + " \u203A ") + added.name() + "\u201D");
        return added;
    }

    /**
     * The id of this attribute of the category (its own or inherited), added to the category as text
     * if there is none, with {@code value} among its choices if it is a choice attribute.
     */
    long attribute(Category category, String name, String value) {
        return attribute(category, name, value, AttributeType.TEXT);
    }

    /**
     * As {@link #attribute(Category, String, String)}, adding a missing attribute as {@code typeIfNew}
     * when the value fits that type (a yes/no flag), else as text.
     */
    long attribute(Category category, String name, String value, AttributeType typeIfNew) {
        Category current = codebook.category(category.id()).orElseThrow();
        for (AttributeDefinition attribute : codebook.attributesOf(current)) {
            if (attribute.name().equalsIgnoreCase(name.strip())) {
                return withChoice(attribute, value).id();
            }
        }
        AttributeType type = typeIfNew == null || typeIfNew == AttributeType.CHOICE || !typeIfNew.read(value, List.of()).valid()
                ? AttributeType.TEXT : typeIfNew;
        AttributeDefinition added = new AttributeDefinition(codebook.nextAttributeId(), name.strip(), type,
                List.of(), "Added by an import.");
        List<AttributeDefinition> attributes = new ArrayList<>(current.attributes());
        attributes.add(added);
        change(new CategoryChange(current, withAttributes(current, attributes)));
        additions.add("attribute \u201C" + added.name() + "\u201D of \u201C" + current.name() + "\u201D");
        return added.id();
    }

    /** The id of the document field of this name, added as text if there is none. */
    long documentField(String name, String value) {
        for (AttributeDefinition field : codebook.documentFields()) {
            if (field.name().equalsIgnoreCase(name.strip())) {
                return withChoice(field, value).id();
            }
        }
        AttributeDefinition added = new AttributeDefinition(codebook.nextAttributeId(), name.strip(), AttributeType.TEXT,
                List.of(), "Added by an import.");
        change(new DocumentFieldChange(null, added, codebook.documentFields().size()));
        additions.add("document field \u201C" + added.name() + "\u201D");
        return added.id();
    }

    /** A choice attribute given a value it does not list gains it as a choice, rather than losing the value. */
    private AttributeDefinition withChoice(AttributeDefinition attribute, String value) {
        if (attribute.type() != AttributeType.CHOICE || attribute.read(value).valid()) {
            return attribute;
        }
        List<String> choices = new ArrayList<>(attribute.choices());
        choices.add(value.strip());
        AttributeDefinition widened = new AttributeDefinition(attribute.id(), attribute.name(), attribute.type(), choices,
                attribute.description());
        Optional<Category> owner = codebook.categories().stream()
                .filter(category -> category.attributes().stream().anyMatch(a -> a.id() == attribute.id())).findFirst();
        if (owner.isPresent()) {
            List<AttributeDefinition> attributes = new ArrayList<>(owner.get().attributes());
            attributes.replaceAll(a -> a.id() == attribute.id() ? widened : a);
            change(new CategoryChange(owner.get(), withAttributes(owner.get(), attributes)));
        } else {
            change(new DocumentFieldChange(attribute, widened, codebook.documentFields().indexOf(attribute)));
        }
        additions.add("choice \u201C" + value.strip() + "\u201D of \u201C" + attribute.name() + "\u201D");
        return widened;
    }

    private static Category withAttributes(Category category, List<AttributeDefinition> attributes) {
        return new Category(category.id(), category.guid(), category.parentId(), category.name(), category.color(),
                category.shortcut(), category.description(), category.role(), category.position(), attributes);
    }

    private void change(Change change) {
        if (change instanceof CategoryChange category) {
            codebook = codebook.apply(category);
        } else {
            codebook = codebook.apply((DocumentFieldChange) change);
        }
        pending.add(change);
    }

    /** The changes made since the last call, to store before the work that needs them. */
    List<Change> takePending() {
        List<Change> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    /** Everything added so far, in words ("category “PER”"). */
    List<String> additions() {
        return List.copyOf(additions);
    }
}
