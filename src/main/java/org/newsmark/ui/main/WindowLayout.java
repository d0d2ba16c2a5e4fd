package org.newsmark.ui.main;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import org.newsmark.ui.look.LookSettings;

/**
 * Remembers how the person arranged the window: the widths of the side panels (in pixels, since they
 * keep their width when the window is resized) and the tab chosen in each tab pane.
 */
final class WindowLayout {

    static final double LEFT_WIDTH = 250;
    static final double RIGHT_WIDTH = 360;
    private static final String LEFT = "window.left.width";
    private static final String RIGHT = "window.right.width";

    /** Where the article sat in the window last time (its distance from each edge), for the first frame of the next start. */
    private static final String[] ARTICLE_INSETS = {"window.article.top", "window.article.right", "window.article.bottom",
        "window.article.left"};
    /**
     * Until a window has been closed once: what the menus, tool bar and tabs above, the status bar
     * below and the side panels with their dividers take with the standard theme and fonts (measured).
     */
    private static final double[] USUAL_ARTICLE_INSETS = {112, RIGHT_WIDTH + 2, 23, LEFT_WIDTH + 2};

    private final LookSettings settings;
    private final SplitPane split;
    private boolean restored;
    /** While a table view (corpus, concordance…) takes the whole width, the side panels' widths kept to restore. */
    private double[] beforeWide;

    private WindowLayout(LookSettings settings, SplitPane split) {
        this.settings = settings;
        this.split = split;
    }

    /**
     * The room round the article in the window's first frame, before the menus and panels are there:
     * where they left it last time, so the text neither moves nor wraps again when they come.
     */
    static Insets articleInsets(LookSettings settings) {
        double[] insets = new double[4];
        for (int i = 0; i < 4; i++) {
            insets[i] = Math.max(0, settings.number(ARTICLE_INSETS[i], USUAL_ARTICLE_INSETS[i]));
        }
        return new Insets(insets[0], insets[1], insets[2], insets[3]);
    }

    /** Notes where the article is in the window now (while its tab is chosen), for {@link #articleInsets} next time. */
    static void keepArticleInsets(LookSettings settings, Node article) {
        Scene scene = article.getScene();
        if (scene == null || article.getLayoutBounds().getWidth() <= 0) {
            return;
        }
        Bounds bounds = article.localToScene(article.getLayoutBounds());
        double[] insets = {bounds.getMinY(), scene.getWidth() - bounds.getMaxX(), scene.getHeight() - bounds.getMaxY(),
            bounds.getMinX()};
        for (int i = 0; i < 4; i++) {
            settings.setNumber(ARTICLE_INSETS[i], Math.round(Math.max(0, insets[i])));
        }
    }

    /** Restores the side panels' widths and the chosen tabs, and remembers them from now on. */
    static WindowLayout remember(LookSettings settings, SplitPane split, TabPane... tabs) {
        WindowLayout layout = new WindowLayout(settings, split);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number before, Number width) {
                // The side panels start at their width once the window has one, whatever its size.
                if (width.doubleValue() > 600) {
                    split.widthProperty().removeListener(this);
                    layout.restoreDividers(width.doubleValue());
                }
            }
        });
        split.getDividers().forEach(divider -> divider.positionProperty().addListener(
                (observable, before, after) -> layout.dividersMoved()));
        for (TabPane pane : tabs) {
            String key = "window.tab." + pane.getId();
            int index = (int) settings.number(key, 0);
            if (index > 0 && index < pane.getTabs().size()) {
                pane.getSelectionModel().select(index);
            }
            pane.getSelectionModel().selectedIndexProperty().addListener((observable, before, after) -> {
                settings.setNumber(key, after.intValue());
                settings.saveSoon();
            });
        }
        return layout;
    }

    /**
     * Gives the centre the whole width (the side panels folded away) or gives the side panels back
     * their widths: the corpus table, the concordance, the findings and the agreement need the room
     * that the article's side panels take.
     */
    void widen(boolean wide) {
        if (wide && beforeWide == null) {
            beforeWide = split.getDividerPositions();
            split.setDividerPositions(0, 1);
        } else if (!wide && beforeWide != null) {
            double[] positions = beforeWide;
            beforeWide = null;
            split.setDividerPositions(positions);
        }
    }

    private void restoreDividers(double width) {
        double left = Math.max(120, Math.min(settings.number(LEFT, LEFT_WIDTH), width * 0.4));
        double right = Math.max(160, Math.min(settings.number(RIGHT, RIGHT_WIDTH), width * 0.45));
        split.setDividerPositions(left / width, 1 - right / width);
        restored = true;
    }

    private void dividersMoved() {
        double width = split.getWidth();
        if (!restored || beforeWide != null || width <= 600 || split.getDividers().size() < 2) {
            return;
        }
        double left = split.getDividers().get(0).getPosition() * width;
        double right = (1 - split.getDividers().get(1).getPosition()) * width;
        if (Math.abs(left - settings.number(LEFT, -1)) >= 1 || Math.abs(right - settings.number(RIGHT, -1)) >= 1) {
            settings.setNumber(LEFT, Math.round(left));
            settings.setNumber(RIGHT, Math.round(right));
            settings.saveSoon();
        }
    }
}
