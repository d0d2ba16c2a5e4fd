package org.newsmark.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The edits that can be undone and redone, newest first; a new edit clears what could be redone. */
final class UndoHistory {

    private final int limit;
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();

    UndoHistory(int limit) {
        this.limit = limit;
    }

    void record(Edit edit) {
        undoable.push(edit);
        if (undoable.size() > limit) {
            undoable.removeLast();
        }
        redoable.clear();
    }

    /** Takes the newest edit to undo; it becomes redoable. */
    Optional<Edit> undo() {
        Edit edit = undoable.poll();
        if (edit != null) {
            redoable.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    /** Takes the newest undone edit to apply again; it becomes undoable. */
    Optional<Edit> redo() {
        Edit edit = redoable.poll();
        if (edit != null) {
            undoable.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    Optional<Edit> nextUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    Optional<Edit> nextRedo() {
        return Optional.ofNullable(redoable.peek());
    }

    void clear() {
        undoable.clear();
        redoable.clear();
    }
}
