package org.newsmark.ui.findings;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;

/**
 * Keeps a combo box and a view model's choice in step. A combo box forgets its value when its items
 * are replaced (after each count); the view model's choice is what counts, so it is put back.
 */
final class Choices {

    private Choices() {
    }

    static <T> void bind(ComboBox<T> box, ObjectProperty<T> chosen) {
        box.setValue(chosen.get());
        box.valueProperty().addListener((observable, before, after) -> {
            if (after != null && !after.equals(chosen.get())) {
                chosen.set(after);
            } else if (after == null && chosen.get() != null) {
                box.setValue(chosen.get());
            }
        });
        chosen.addListener((observable, before, after) -> box.setValue(after));
        box.getItems().addListener((ListChangeListener<T>) change -> box.setValue(chosen.get()));
    }
}
