package org.newsmark.editing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsmark.model.Change;

/**
 * One user action as the undo history sees it: a description ("Tag “…” as Claim") and the
 * changes it made, applied together and undone together.
 */
public record Edit(String description, List<Change> changes) {

    public Edit {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("An edit changes something");
        }
        changes = List.copyOf(changes);
    }

    public static Edit of(String description, Change change) {
        return new Edit(description, List.of(change));
    }

    public static Edit of(String description, List<? extends Change> changes) {
        return new Edit(description, List.copyOf(changes));
    }

    /** The edit that undoes this one: each change reversed, in reverse order. */
    public Edit inverse() {
        List<Change> reversed = new ArrayList<>(changes.size());
        changes.forEach(change -> reversed.add(change.inverse()));
        Collections.reverse(reversed);
        return new Edit(description, reversed);
    }

    /** The article the edit touches (edits from the window touch at most one), or -1 for project-wide edits. */
    public long articleId() {
        return changes.stream().mapToLong(Change::articleId).filter(id -> id >= 0).findFirst().orElse(-1);
    }

    /** The changes of one kind, in order. */
    public <T extends Change> List<T> changes(Class<T> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
