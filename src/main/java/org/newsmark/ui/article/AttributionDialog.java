package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.newsmark.model.Category;
import org.newsmark.model.Person;
import org.newsmark.ui.common.PersonChooser;

/**
 * Shows the attribution proposed for the selected text (content, cue, source) with the category for
 * the content and the person for the source, so one confirmation codes all of it, with the keyboard
 * alone: a content category's key (2 Claim, 3 Expert quote) switches the category, typing finds the
 * person (↑/↓ choose, Ctrl+N a new one), Enter codes it all, Escape cancels.
 */
final class AttributionDialog {

    private AttributionDialog() {
    }

    /**
     * @param ranked       the people a source written so may be, for what was typed, best first
     * @param proposedName the name a new person would get from the source's words
     */
    static void show(Window owner, AttributionViewModel attribution, AttributionViewModel.Proposal proposal,
            Function<String, List<Person>> ranked, Function<String, String> proposedName) {
        ToggleGroup categories = new ToggleGroup();
        FlowPane categoryChoice = new FlowPane(6, 4);
        categoryChoice.setId("attribution-category");
        List<ToggleButton> buttons = new ArrayList<>();
        for (Category category : attribution.contentCategories()) {
            ToggleButton button = new ToggleButton((category.shortcut() == null ? "" : category.shortcut() + "  ") + category.name());
            button.setUserData(category);
            button.setToggleGroup(categories);
            button.setFocusTraversable(false);
            buttons.add(button);
        }
        categoryChoice.getChildren().addAll(buttons);
        Category suggested = attribution.suggestedContentCategory(proposal);
        buttons.stream().filter(button -> button.getUserData().equals(suggested)).findFirst().ifPresent(button -> button.setSelected(true));

        String source = attribution.text(proposal.source());
        String naming = attribution.sourceNaming(proposal);
        PersonChooser chooser = new PersonChooser("Who is the source?", ranked, proposedName.apply(naming), true);
        chooser.node().setDisable(proposal.source() == null);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Content"), quoted(attribution.text(proposal.content())));
        grid.addRow(1, new Label(""), categoryChoice);
        grid.addRow(2, new Label("Cue"), quoted(attribution.text(proposal.cue())));
        grid.addRow(3, new Label("Source"), quoted(source + (naming.equals(source) || source.isEmpty() ? "" : "  (" + naming + ")")));
        grid.addRow(4, new Label(""), chooser.node());

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attribution");
        dialog.setHeaderText("Code this attribution? Enter codes it; a category's key changes the content's category.");
        ButtonType code = new ButtonType("Attribute", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(code, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("attribution-dialog");
        Button attribute = (Button) dialog.getDialogPane().lookupButton(code);
        chooser.field().setOnAction(event -> attribute.fire());
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_TYPED, event -> {
            for (ToggleButton button : buttons) {
                Category category = (Category) button.getUserData();
                if (event.getCharacter().equalsIgnoreCase(category.shortcut())) {
                    button.setSelected(true);
                    event.consume();
                }
            }
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.N && event.isShortcutDown() && !chooser.newPerson().isNobody()) {
                chooser.chooseNewPerson();
                event.consume();
            }
        });
        // After the dialog has given focus to its default button: typing goes to the person field.
        dialog.setOnShown(event -> javafx.application.Platform.runLater(() -> chooser.field().requestFocus()));
        dialog.showAndWait().filter(answer -> answer == code).ifPresent(answer -> {
            PersonChooser.Choice chosen = chooser.chosen();
            Category category = categories.getSelectedToggle() == null ? suggested
                    : (Category) categories.getSelectedToggle().getUserData();
            attribution.create(proposal, category, chosen.person(), chosen.newName());
        });
    }

    private static Label quoted(String text) {
        Label label = new Label(text.isEmpty() ? "\u2014" : text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
