package org.newsmark.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryChange;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;

/**
 * Changes to a codebook's categories, as undoable edits, each checked first: names unique, keys
 * single and unused, colours well formed. Deleting a category deals with the annotations that use it.
 */
public final class CodebookEdits {

    /** Keys no category may take: A starts a link between annotations. */
    public static final Set<String> RESERVED_KEYS = Set.of("a");

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Colours told apart by people with colour-blindness too (Okabe & Ito), then others far from them. */
    private static final String[] NEW_COLOURS = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
        "#8C6D31", "#7F3C8D", "#11A579", "#3969AC", "#F2B701", "#E73F74", "#80BA5A", "#E68310", "#008695", "#CF1C90", "#4B4B8F"};

    private CodebookEdits() {
    }

    /** A new category at the end of its siblings, named "New category" (numbered if that is taken). */
    public static Outcome add(Codebook codebook, Long parentId, Instant now) {
        String name = "New category";
        for (int n = 2; codebook.byName(name).isPresent(); n++) {
            name = "New category " + n;
        }
        List<Category> siblings = codebook.children(parentId);
        int position = siblings.stream().mapToInt(Category::position).max().orElse(-1) + 1;
        String color = unusedColour(codebook);
        Category category = new Category(codebook.nextCategoryId(), UUID.randomUUID(), parentId, name, color, null, "",
                null, position, List.of());
        return Outcome.of(Edit.of("Add the category " + name, new CategoryChange(null, category)));
    }

    /**
     * A colour no category has, so a new category never looks like an existing one (Claim's, say):
     * the first unused of a palette, then hues spread round the colour wheel.
     */
    static String unusedColour(Codebook codebook) {
        Set<String> used = new java.util.HashSet<>();
        codebook.categories().forEach(category -> used.add(category.color().toUpperCase(java.util.Locale.ROOT)));
        for (String colour : NEW_COLOURS) {
            if (!used.contains(colour)) {
                return colour;
            }
        }
        for (int i = 0; ; i++) {
            // the golden angle keeps successive hues far apart
            String colour = hue((i * 0.618033988749895) % 1.0, 0.65, 0.75);
            if (!used.contains(colour)) {
                return colour;
            }
        }
    }

    /** {@code #RRGGBB} of a hue (0 to 1) at a saturation and brightness. */
    private static String hue(double hue, double saturation, double brightness) {
        double sector = hue * 6;
        double fraction = sector - Math.floor(sector);
        double p = brightness * (1 - saturation);
        double q = brightness * (1 - saturation * fraction);
        double t = brightness * (1 - saturation * (1 - fraction));
        double[] rgb = switch ((int) Math.floor(sector) % 6) {
            case 0 -> new double[] {brightness, t, p};
            case 1 -> new double[] {q, brightness, p};
            case 2 -> new double[] {p, brightness, t};
            case 3 -> new double[] {p, q, brightness};
            case 4 -> new double[] {t, p, brightness};
            default -> new double[] {brightness, p, q};
        };
        return String.format("#%02X%02X%02X", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math.round(rgb[2] * 255));
    }

    public static Outcome rename(Codebook codebook, Category category, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            return Outcome.refused("A category needs a name.");
        }
        if (name.equals(category.name())) {
            return Outcome.nothing();
        }
        if (codebook.byName(name).filter(other -> other.id() != category.id()).isPresent()) {
            return Outcome.refused("There is already a category called " + name + ".");
        }
        return Outcome.of(Edit.of("Rename " + category.name() + " to " + name, change(category, category.withName(name))));
    }

    public static Outcome recolour(Category category, String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            return Outcome.refused("A colour looks like #RRGGBB, not " + color + ".");
        }
        if (color.equalsIgnoreCase(category.color())) {
            return Outcome.nothing();
        }
        return Outcome.of(Edit.of("Recolour " + category.name(), change(category, category.withColor(color.toUpperCase()))));
    }

    /** Gives a category a key (a blank one takes its key away). */
    public static Outcome setShortcut(Codebook codebook, Category category, String key) {
        String shortcut = key == null || key.isBlank() ? null : key.strip();
        if (java.util.Objects.equals(shortcut, category.shortcut())) {
            return Outcome.nothing();
        }
        if (shortcut != null) {
            if (shortcut.codePointCount(0, shortcut.length()) != 1) {
                return Outcome.refused("A key is a single character, not \"" + shortcut + "\".");
            }
            if (RESERVED_KEYS.contains(shortcut.toLowerCase(java.util.Locale.ROOT))) {
                return Outcome.refused("A is kept for linking annotations; choose another key.");
            }
            for (Category other : codebook.categories()) {
                if (other.id() != category.id() && shortcut.equalsIgnoreCase(other.shortcut())) {
                    return Outcome.refused("The key " + shortcut + " is already " + other.name() + "'s.");
                }
            }
        }
        String description = shortcut == null ? "Take the key from " + category.name()
                : "Give " + category.name() + " the key " + shortcut;
        return Outcome.of(Edit.of(description, change(category, category.withShortcut(shortcut))));
    }

    public static Outcome describe(Category category, String description) {
        String text = description == null ? "" : description.strip();
        if (text.equals(category.description())) {
            return Outcome.nothing();
        }
        return Outcome.of(Edit.of("Describe " + category.name(), change(category, category.withDescription(text))));
    }

    public static Outcome setRole(Category category, CategoryRole role) {
        if (role == category.role()) {
            return Outcome.nothing();
        }
        return Outcome.of(Edit.of("Change the role of " + category.name(), change(category, category.withRole(role))));
    }

    /** Moves a category up ({@code -1}) or down ({@code +1}) among its siblings. */
    public static Outcome move(Codebook codebook, Category category, int step) {
        List<Category> siblings = codebook.children(category.parentId());
        int at = siblings.indexOf(category);
        int target = at + step;
        if (at < 0 || target < 0 || target >= siblings.size()) {
            return Outcome.nothing();
        }
        List<Category> reordered = new ArrayList<>(siblings);
        reordered.remove(at);
        reordered.add(target, category);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < reordered.size(); i++) {
            Category sibling = reordered.get(i);
            if (sibling.position() != i) {
                changes.add(change(sibling, sibling.withPlace(sibling.parentId(), i)));
            }
        }
        return changes.isEmpty() ? Outcome.nothing() : Outcome.of(Edit.of("Move " + category.name(), changes));
    }

    /**
     * Deletes a category with its sub-categories. The annotations that use them are given
     * {@code reassignTo} (dropping attribute values it does not have) or, when it is null, deleted
     * with their links. One undoable edit.
     *
     * @param using the annotations of the category and its sub-categories, from every article
     * @param links the links from or to those annotations
     */
    public static Outcome delete(Codebook codebook, Category category, List<Annotation> using, List<Link> links,
            Category reassignTo, Instant now) {
        List<Category> doomed = codebook.subtree(category);
        Set<Long> doomedIds = new HashSet<>();
        doomed.forEach(gone -> doomedIds.add(gone.id()));
        if (reassignTo != null && doomedIds.contains(reassignTo.id())) {
            return Outcome.refused("Annotations cannot be moved to a category that is being deleted.");
        }
        if (codebook.categories().size() == doomed.size()) {
            return Outcome.refused("A codebook needs at least one category.");
        }
        List<Change> changes = new ArrayList<>();
        if (reassignTo == null) {
            Set<UUID> seen = new HashSet<>();
            for (Link link : links) {
                if (seen.add(link.id())) {
                    changes.add(LinkChange.delete(link));
                }
            }
            using.forEach(annotation -> changes.add(AnnotationChange.delete(annotation)));
        } else {
            Set<Long> kept = new HashSet<>();
            codebook.attributesOf(reassignTo).forEach(attribute -> kept.add(attribute.id()));
            for (Annotation annotation : using) {
                Map<Long, String> values = new HashMap<>(annotation.attributes());
                values.keySet().retainAll(kept);
                changes.add(new AnnotationChange(annotation,
                        annotation.withCategory(reassignTo.id(), now).withAttributes(values, now)));
            }
        }
        List<Category> deepestFirst = new ArrayList<>(doomed);
        java.util.Collections.reverse(deepestFirst);
        deepestFirst.forEach(gone -> changes.add(new CategoryChange(gone, null)));
        String what = using.isEmpty() ? "" : reassignTo == null
                ? " and its " + using.size() + (using.size() == 1 ? " annotation" : " annotations")
                : ", its annotations becoming " + reassignTo.name();
        return Outcome.of(Edit.of("Delete " + category.name() + what, changes));
    }

    static CategoryChange change(Category before, Category after) {
        return new CategoryChange(before, after);
    }

    /** The attribute ids a category's annotations may carry. */
    static Set<Long> attributeIds(Codebook codebook, Category category) {
        Set<Long> ids = new HashSet<>();
        for (AttributeDefinition attribute : codebook.attributesOf(category)) {
            ids.add(attribute.id());
        }
        return ids;
    }
}
