package org.newsmark.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.model.Change;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.BackgroundTasks;

/**
 * Applies, undoes and redoes edits of annotations. An edit takes effect at once for the listeners
 * (the window shows it within the frame) and is committed to the project file in the background,
 * in order. If a commit fails, listeners hear of it and the history is cleared, since it may no
 * longer describe what the file holds; the file itself is never left half-changed.
 */
public final class AnnotationEditor {

    /** Hears edits as they take effect, on the thread that made them. */
    public interface Listener {
        void applied(Edit edit);
    }

    /** Hears how commits to the project file went, on the callback side of the background tasks. */
    public interface SaveListener {
        void saved(Instant at);

        void failed(Edit edit, Exception error);
    }

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final UndoHistory history = new UndoHistory(1000);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<SaveListener> saveListeners = new CopyOnWriteArrayList<>();
    private int unsaved;

    public AnnotationEditor(ProjectStore store, BackgroundTasks tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public void addSaveListener(SaveListener listener) {
        saveListeners.add(listener);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Makes an edit: shown at once, saved in the background, undoable. */
    public void perform(Edit edit) {
        history.record(edit);
        apply(edit);
    }

    public Optional<Edit> undo() {
        Optional<Edit> edit = history.undo();
        edit.ifPresent(done -> apply(done.inverse()));
        return edit;
    }

    public Optional<Edit> redo() {
        Optional<Edit> edit = history.redo();
        edit.ifPresent(this::apply);
        return edit;
    }

    public Optional<String> nextUndoDescription() {
        return history.nextUndo().map(Edit::description);
    }

    public Optional<String> nextRedoDescription() {
        return history.nextRedo().map(Edit::description);
    }

    /** Whether some edit is still on its way to the file. */
    public boolean hasUnsavedEdits() {
        return unsaved > 0;
    }

    private void apply(Edit edit) {
        listeners.forEach(listener -> listener.applied(edit));
        List<Change> changes = edit.changes();
        unsaved++;
        tasks.run(() -> {
            store.apply(changes);
            return clock.instant();
        }, savedAt -> {
            unsaved--;
            saveListeners.forEach(listener -> listener.saved(savedAt));
        }, error -> {
            unsaved--;
            history.clear();
            saveListeners.forEach(listener -> listener.failed(edit, error));
        });
    }
}
