package org.newsmark.editing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsmark.model.AnnotationChange;

/**
 * One user action as the undo history sees it: a description ("Tag “…” as Claim") and the
 * annotation changes it made, applied together and undone together.
 */
public record Edit(String description, List<AnnotationChange> changes) {

    public Edit {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("An edit changes something");
        }
        changes = List.copyOf(changes);
    }

    public static Edit of(String description, AnnotationChange change) {
        return new Edit(description, List.of(change));
    }

    /** The edit that undoes this one: each change reversed, in reverse order. */
    public Edit inverse() {
        List<AnnotationChange> reversed = new ArrayList<>(changes.size());
        changes.forEach(change -> reversed.add(change.inverse()));
        Collections.reverse(reversed);
        return new Edit(description, reversed);
    }

    /** The article the edit touches first; edits from the window touch one article. */
    public long articleId() {
        return changes.get(0).articleId();
    }
}
