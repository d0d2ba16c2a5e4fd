package org.newsmark.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A project's codebook: its categories as a tree, and the fields coded once per article. */
public record Codebook(List<Category> categories, List<AttributeDefinition> documentFields) {

    /** Categories come out in tree order: each followed by its sub-categories, siblings by position. */
    public Codebook {
        categories = treeOrder(categories);
        documentFields = List.copyOf(documentFields);
    }

    private static List<Category> treeOrder(List<Category> categories) {
        List<Category> sorted = categories.stream()
                .sorted(Comparator.comparingInt(Category::position).thenComparingLong(Category::id)).toList();
        java.util.Set<Long> ids = sorted.stream().map(Category::id).collect(Collectors.toSet());
        List<Category> ordered = new ArrayList<>();
        // Categories whose parent is missing are treated as top level, so none is ever lost from view.
        addTree(sorted, null, ids, ordered);
        return List.copyOf(ordered);
    }

    private static void addTree(List<Category> sorted, Long parentId, java.util.Set<Long> ids, List<Category> ordered) {
        for (Category category : sorted) {
            boolean topLevel = category.parentId() == null || !ids.contains(category.parentId());
            boolean child = parentId == null ? topLevel : parentId.equals(category.parentId());
            if (child && !ordered.contains(category)) {
                ordered.add(category);
                addTree(sorted, category.id(), ids, ordered);
            }
        }
    }

    public Optional<Category> category(long id) {
        return categories.stream().filter(category -> category.id() == id).findFirst();
    }

    public Optional<Category> byName(String name) {
        return categories.stream().filter(category -> category.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The categories directly under {@code parentId} (the top level for {@code null}), in order. */
    public List<Category> children(Long parentId) {
        return categories.stream().filter(category -> java.util.Objects.equals(category.parentId(), parentId)).toList();
    }

    /** "Speaker › Politician". */
    public String pathName(Category category) {
        Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        StringBuilder path = new StringBuilder(category.name());
        Category current = category;
        int depth = 0;
        while (current.parentId() != null && byId.containsKey(current.parentId()) && depth++ < 20) {
            current = byId.get(current.parentId());
            path.insert(0, current.name() + " \u203A ");
        }
        return path.toString();
    }

    /**
     * A category's role, or the nearest ancestor's: sub-categories of Speaker are sources too.
     */
    public CategoryRole roleOf(Category category) {
        Category current = category;
        int depth = 0;
        while (current != null && depth++ < 20) {
            if (current.role() != null) {
                return current.role();
            }
            current = current.parentId() == null ? null : category(current.parentId()).orElse(null);
        }
        return null;
    }

    /** The categories with this role, or whose ancestor has it. */
    public List<Category> withRole(CategoryRole role) {
        return categories.stream().filter(category -> roleOf(category) == role).toList();
    }

    /** The attributes an annotation of this category carries: its own, then its ancestors'. */
    public List<AttributeDefinition> attributesOf(Category category) {
        List<AttributeDefinition> attributes = new ArrayList<>(category.attributes());
        Category current = category;
        int depth = 0;
        while (current.parentId() != null && depth++ < 20) {
            Optional<Category> parent = category(current.parentId());
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
            attributes.addAll(current.attributes());
        }
        return attributes;
    }

    /** The codebook after a category change. */
    public Codebook apply(CategoryChange change) {
        List<Category> changed = new ArrayList<>(categories);
        changed.removeIf(category -> category.id() == change.categoryId());
        if (change.after() != null) {
            changed.add(change.after());
        }
        return new Codebook(changed, documentFields);
    }

    /** The codebook after a document field change. */
    public Codebook apply(DocumentFieldChange change) {
        List<AttributeDefinition> fields = new ArrayList<>(documentFields);
        long id = change.after() != null ? change.after().id() : change.before().id();
        int at = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).id() == id) {
                at = i;
            }
        }
        if (at >= 0) {
            fields.remove(at);
        }
        if (change.after() != null) {
            fields.add(Math.min(change.position(), fields.size()), change.after());
        }
        return new Codebook(categories, fields);
    }

    /** Every attribute id in use, of categories and document fields: new ones take the next. */
    public long nextAttributeId() {
        long max = 0;
        for (Category category : categories) {
            for (AttributeDefinition attribute : category.attributes()) {
                max = Math.max(max, attribute.id());
            }
        }
        for (AttributeDefinition field : documentFields) {
            max = Math.max(max, field.id());
        }
        return max + 1;
    }

    public long nextCategoryId() {
        return categories.stream().mapToLong(Category::id).max().orElse(0) + 1;
    }

    /** The category and all of its sub-categories, at any depth. */
    public List<Category> subtree(Category root) {
        List<Category> tree = new ArrayList<>();
        tree.add(root);
        for (Category child : children(root.id())) {
            tree.addAll(subtree(child));
        }
        return tree;
    }

    public Optional<AttributeDefinition> documentField(long id) {
        return documentFields.stream().filter(field -> field.id() == id).findFirst();
    }

    /**
     * The top-level categories, in order: those without a parent, and those whose parent is missing,
     * which are treated as top level here as everywhere else, so that none is lost.
     */
    public List<Category> topLevel() {
        java.util.Set<Long> ids = categories.stream().map(Category::id).collect(Collectors.toSet());
        return categories.stream().filter(category -> category.parentId() == null || !ids.contains(category.parentId()))
                .toList();
    }

    /**
     * This codebook as it is exchanged between projects: the same tree, names, colours, keys, roles and
     * attributes, without the ids and guids that only mean something inside one project.
     */
    public CodebookDraft toDraft(String name) {
        return new CodebookDraft(name, topLevel().stream().map(this::draftOf).toList(),
                documentFields.stream().map(AttributeDefinition::toDraft).toList());
    }

    private CategoryDraft draftOf(Category category) {
        return new CategoryDraft(category.name(), category.color(), category.shortcut(), category.description(),
                category.role(), category.attributes().stream().map(AttributeDefinition::toDraft).toList(),
                children(category.id()).stream().map(this::draftOf).toList());
    }
}
