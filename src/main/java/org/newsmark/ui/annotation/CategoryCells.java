package org.newsmark.ui.annotation;

import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;

/**
 * Cells showing a category as its colour swatch and name. Each cell keeps one swatch and recolours
 * it: cells are updated on every change to a list, and new nodes would each need styling.
 */
final class CategoryCells {

    private CategoryCells() {
    }

    static Rectangle swatch(Category category) {
        Rectangle swatch = blankSwatch();
        swatch.setFill(Color.web(category.color()));
        return swatch;
    }

    private static Rectangle blankSwatch() {
        Rectangle swatch = new Rectangle(12, 12);
        swatch.getStyleClass().add("category-swatch");
        return swatch;
    }

    static final class InTable extends TableCell<Annotation, Category> {
        private final Rectangle swatch = blankSwatch();

        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            boolean blank = empty || category == null;
            setText(blank ? null : category.name());
            if (!blank) {
                swatch.setFill(Color.web(category.color()));
            }
            setGraphic(blank ? null : swatch);
        }
    }

    /** In a list or combo box, indented under its parent, with the category's key. */
    static final class InList extends ListCell<Category> {
        private final Rectangle swatch = blankSwatch();
        private final java.util.function.Supplier<org.newsmark.model.Codebook> codebook;

        InList(java.util.function.Supplier<org.newsmark.model.Codebook> codebook) {
            this.codebook = codebook;
        }

        @Override
        protected void updateItem(Category category, boolean empty) {
            super.updateItem(category, empty);
            boolean blank = empty || category == null;
            String indent = blank ? "" : "    ".repeat(depth(category));
            setText(blank ? null : indent + category.name() + (category.shortcut() == null ? "" : "  (" + category.shortcut() + ")"));
            if (!blank) {
                swatch.setFill(Color.web(category.color()));
            }
            setGraphic(blank ? null : swatch);
        }

        private int depth(Category category) {
            int depth = 0;
            Category current = category;
            while (current.parentId() != null && depth < 10) {
                current = codebook.get().category(current.parentId()).orElse(null);
                if (current == null) {
                    break;
                }
                depth++;
            }
            return depth;
        }
    }
}
