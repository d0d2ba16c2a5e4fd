package org.newsmark.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * A copy of an observable list that takes each change a frame later, for a control whose layout is
 * costly (a table) showing the same items as something that must update within the frame (the
 * article's highlights). Changes are replayed in order, so the copy equals the source after each frame.
 */
public final class FrameDelayedList<T> {

    private final ObservableList<T> copy = FXCollections.observableArrayList();
    private final List<Consumer<ObservableList<T>>> pending = new ArrayList<>();
    private final Node owner;
    private Runnable afterChanges = () -> { };
    private boolean applying;

    /** @param owner the node showing the copy; its scene decides when a frame has passed */
    public FrameDelayedList(ObservableList<T> source, Node owner) {
        this.owner = owner;
        copy.setAll(source);
        source.addListener(this::follow);
    }

    public ObservableList<T> items() {
        return copy;
    }

    /** Whether changes are being replayed on the copy now (a control's selection may move with them). */
    public boolean isApplying() {
        return applying;
    }

    /** Runs after each batch of changes reaches the copy. */
    public void setAfterChanges(Runnable afterChanges) {
        this.afterChanges = afterChanges;
    }

    private void follow(ListChangeListener.Change<? extends T> change) {
        boolean scheduled = !pending.isEmpty();
        while (change.next()) {
            int from = change.getFrom();
            if (change.wasPermutated() || (from == 0 && change.getAddedSize() == change.getList().size())) {
                // The whole list is new (another article): its present state is all the copy needs.
                List<T> all = List.copyOf(change.getList());
                pending.clear();
                pending.add(target -> target.setAll(all));
                break;
            }
            if (change.wasReplaced() && change.getRemovedSize() == change.getAddedSize()) {
                List<T> replacements = List.copyOf(change.getAddedSubList());
                pending.add(target -> {
                    for (int i = 0; i < replacements.size(); i++) {
                        target.set(from + i, replacements.get(i));
                    }
                });
                continue;
            }
            if (change.wasRemoved()) {
                int count = change.getRemovedSize();
                pending.add(target -> target.subList(from, from + count).clear());
            }
            if (change.wasAdded()) {
                List<T> added = List.copyOf(change.getAddedSubList());
                pending.add(target -> target.addAll(from, added));
            }
        }
        if (!scheduled) {
            AfterFrame.run(owner, this::apply);
        }
    }

    private void apply() {
        List<Consumer<ObservableList<T>>> changes = List.copyOf(pending);
        pending.clear();
        applying = true;
        try {
            changes.forEach(replay -> replay.accept(copy));
        } finally {
            applying = false;
        }
        afterChanges.run();
    }
}
