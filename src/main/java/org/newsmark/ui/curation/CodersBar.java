package org.newsmark.ui.curation;

import static org.newsmark.ui.common.Controls.toolButton;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.article.CoderLanes;

/**
 * The bar above an article that more than one coder coded: a check box per coder, with a sample of
 * the coder's line (solid for the own coder, who is always shown; dashed for each other coder), to
 * show or hide their annotations; the disagreements' count with keys to go through them; and the
 * curator's accept key, or the button that makes the person the curator.
 */
public final class CodersBar {

    private final ArticleViewModel article;
    private final HBox coders = new HBox(10);
    private final FlowPane bar;
    /** View ▸ Coders: the same choice as the bar's boxes, for the keyboard and the command palette. */
    private final Menu menu = new Menu("_Coders");

    /**
     * @param curate makes the person the curator (records their work as "curator" from now on)
     * @param keys   what the bar's buttons do: previous and next disagreement, accept
     */
    public CodersBar(ArticleViewModel article, DisagreementsViewModel disagreements, CurationKeys keys, Runnable curate) {
        this.article = article;
        coders.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Coders:");
        title.getStyleClass().add("coders-title");
        Label count = new Label();
        count.setId("disagreements-count");
        count.textProperty().bind(disagreements.message());
        Button previous = toolButton("\u2191", "Previous disagreement (Shift+F7)", keys::previous);
        Button next = toolButton("\u2193", "Next disagreement (F7)", keys::next);
        previous.setId("previous-disagreement");
        next.setId("next-disagreement");
        previous.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(disagreements.disagreements()));
        next.disableProperty().bind(previous.disableProperty());
        boolean curator = CoderLanes.CURATOR.equals(article.annotator());
        Button action = curator
                ? toolButton("Accept", "Accept the other coder's annotation at the caret into the gold version (F9)",
                        keys::accept)
                : toolButton("Curate\u2026", "Build the gold version: record your work as \u201C" + CoderLanes.CURATOR
                        + "\u201D from now on (File \u25B8 Coder Name\u2026 changes it back)", curate);
        action.setId(curator ? "accept-into-gold" : "curate");
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox who = new HBox(8, title, coders);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox going = new HBox(6, count, previous, next, action);
        going.setAlignment(Pos.CENTER_LEFT);
        // Two groups that go onto two lines where the article is narrow, rather than cutting their words short.
        bar = new FlowPane(18, 4, who, going);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setId("coders-bar");
        bar.getStyleClass().add("coders-bar");
        menu.setId("coders-menu");
        article.coderLanes().coders().addListener((ListChangeListener<String>) change -> fill());
        // A coder shown or hidden in the menu is ticked or unticked in the bar, and the other way round.
        article.coderLanes().addListener(this::fill);
        fill();
    }

    public Node node() {
        return bar;
    }

    /** View ▸ Coders: a tick per coder of the article shown (the own coder's cannot be taken away). */
    public Menu menu() {
        return menu;
    }

    private void fill() {
        CoderLanes lanes = article.coderLanes();
        // Shown where there is something to compare, and always to the curator.
        boolean wanted = lanes.hasOthers() || CoderLanes.CURATOR.equals(article.annotator());
        bar.setVisible(wanted);
        bar.setManaged(wanted);
        coders.getChildren().clear();
        menu.getItems().clear();
        for (String coder : lanes.coders()) {
            CheckMenuItem item = new CheckMenuItem(coder.equals(lanes.own()) ? coder + " (you)" : coder);
            item.setSelected(lanes.isShown(coder));
            item.setDisable(coder.equals(lanes.own()));
            item.selectedProperty().addListener((observable, before, shown) -> lanes.setShown(coder, shown));
            menu.getItems().add(item);
            if (coder.equals(lanes.own())) {
                // The own coder is always shown: a name, not a check box.
                Label you = new Label(coder + " (you)", sample(0));
                you.setId("coder-" + coder);
                you.setMinWidth(Region.USE_PREF_SIZE);
                you.setTooltip(new Tooltip("Your annotations: solid lines, tinted; they are the ones you change"));
                coders.getChildren().add(you);
                continue;
            }
            CheckBox box = new CheckBox(coder);
            box.setId("coder-" + coder);
            box.setGraphic(sample(lanes.laneOf(coder)));
            box.setSelected(lanes.isShown(coder));
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setFocusTraversable(false);
            box.setTooltip(new Tooltip(coder + "\u2019s annotations: lines in this pattern, untinted, shown to compare "
                    + "(untick to hide them)"));
            box.selectedProperty().addListener((observable, before, shown) -> lanes.setShown(coder, shown));
            coders.getChildren().add(box);
        }
    }

    /** A short line in the coder's lane's pattern, as their annotations are underlined. */
    private static Node sample(int lane) {
        Line line = new Line(0, 0, 22, 0);
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(CoderLanes.dashesOf(lane));
        line.getStyleClass().add("coder-sample");
        return line;
    }
}
