package org.newsmark.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A code of the codebook that spans are tagged with.
 *
 * @param guid       identifies the category across projects and in exchange formats (REFI-QDA)
 * @param parentId   the category this one refines (Speaker › Politician), or {@code null} at the top
 * @param color      {@code #RRGGBB}
 * @param shortcut   the single key that tags a selection with this category, or {@code null}
 * @param role       its part in attribution, or {@code null}
 * @param position   order among its siblings
 * @param attributes what coders record about each annotation of this category
 */
public record Category(long id, UUID guid, Long parentId, String name, String color, String shortcut,
        String description, CategoryRole role, int position, List<AttributeDefinition> attributes) {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Category {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        attributes = List.copyOf(attributes);
        if (name.isBlank()) {
            throw new IllegalArgumentException("A category needs a name");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("Colour must look like #RRGGBB, not " + color);
        }
        if (shortcut != null && shortcut.codePointCount(0, shortcut.length()) != 1) {
            throw new IllegalArgumentException("A shortcut is one key, not \"" + shortcut + "\"");
        }
    }

    /** A top-level category without attributes: what most tests and simple codebooks need. */
    public static Category simple(long id, String name, String color, String shortcut, String description, int position) {
        return new Category(id, UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, name,
                color, shortcut, description, null, position, List.of());
    }

    public Category withName(String newName) {
        return new Category(id, guid, parentId, newName, color, shortcut, description, role, position, attributes);
    }

    public Category withColor(String newColor) {
        return new Category(id, guid, parentId, name, newColor, shortcut, description, role, position, attributes);
    }

    public Category withShortcut(String newShortcut) {
        return new Category(id, guid, parentId, name, color, newShortcut, description, role, position, attributes);
    }

    public Category withDescription(String newDescription) {
        return new Category(id, guid, parentId, name, color, shortcut, newDescription, role, position, attributes);
    }

    public Category withRole(CategoryRole newRole) {
        return new Category(id, guid, parentId, name, color, shortcut, description, newRole, position, attributes);
    }

    public Category withPlace(Long newParentId, int newPosition) {
        return new Category(id, guid, newParentId, name, color, shortcut, description, role, newPosition, attributes);
    }

    public Category withAttributes(List<AttributeDefinition> newAttributes) {
        return new Category(id, guid, parentId, name, color, shortcut, description, role, position, newAttributes);
    }

    /** The attribute with this id, if the category has it. */
    public java.util.Optional<AttributeDefinition> attribute(long attributeId) {
        return attributes.stream().filter(attribute -> attribute.id() == attributeId).findFirst();
    }
}
