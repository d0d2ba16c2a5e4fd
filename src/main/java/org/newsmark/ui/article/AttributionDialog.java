package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
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
 *
 * <p>Made once per window and refilled for each attribution: a dialog made anew each time spent most
 * of its opening on styling and laying out the same controls again, more than a frame.
 */
final class AttributionDialog {

    private final AttributionViewModel attribution;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType code = new ButtonType("Attribute", ButtonBar.ButtonData.OK_DONE);
    private final ToggleGroup categories = new ToggleGroup();
    private final FlowPane categoryChoice = new FlowPane(6, 4);
    private final List<ToggleButton> buttons = new ArrayList<>();
    /** The content categories the buttons were made for: remade when the codebook changes them. */
    private List<Category> buttonsFor = List.of();
    private final Label content = quoted();
    private final Label cue = quoted();
    private final Label source = quoted();
    private final PersonChooser chooser = new PersonChooser("Who is the source?", typed -> List.of(), "", true);

    AttributionDialog(Window owner, AttributionViewModel attribution) {
        this.attribution = attribution;
        categoryChoice.setId("attribution-category");
        content.setId("attribution-content");
        cue.setId("attribution-cue");
        source.setId("attribution-source");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Content"), content);
        grid.addRow(1, new Label(""), categoryChoice);
        grid.addRow(2, new Label("Cue"), cue);
        grid.addRow(3, new Label("Source"), source);
        grid.addRow(4, new Label(""), chooser.node());

        dialog.initOwner(owner);
        dialog.setTitle("Attribution");
        dialog.setHeaderText("Code this attribution? Enter codes it; a category's key changes the content's category.");
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
        dialog.setOnShown(event -> Platform.runLater(() -> chooser.field().requestFocus()));
    }

    /**
     * Shows the proposal and, once it is confirmed, codes it.
     *
     * @param ranked       the people a source written so may be, for what was typed, best first
     * @param proposedName the name a new person would get from the source's words
     */
    void show(AttributionViewModel.Proposal proposal, Function<String, List<Person>> ranked,
            Function<String, String> proposedName) {
        Category suggested = attribution.suggestedContentCategory(proposal);
        chooseAmong(attribution.contentCategories(), suggested);
        String sourceText = attribution.text(proposal.source());
        String naming = attribution.sourceNaming(proposal);
        setQuoted(content, attribution.text(proposal.content()));
        setQuoted(cue, attribution.text(proposal.cue()));
        setQuoted(source, sourceText + (naming.equals(sourceText) || sourceText.isEmpty() ? "" : "  (" + naming + ")"));
        chooser.choose(ranked, proposedName.apply(naming));
        chooser.node().setDisable(proposal.source() == null);

        dialog.setResult(null);
        dialog.showAndWait().filter(answer -> answer == code).ifPresent(answer -> {
            PersonChooser.Choice chosen = chooser.chosen();
            Category category = categories.getSelectedToggle() == null ? suggested
                    : (Category) categories.getSelectedToggle().getUserData();
            attribution.create(proposal, category, chosen.person(), chosen.newName());
        });
    }

    /** One button per content category (made again only when the categories changed), the suggested one pressed. */
    private void chooseAmong(List<Category> contentCategories, Category suggested) {
        if (!contentCategories.equals(buttonsFor)) {
            buttonsFor = List.copyOf(contentCategories);
            buttons.forEach(button -> button.setToggleGroup(null));
            buttons.clear();
            for (Category category : contentCategories) {
                ToggleButton button = new ToggleButton((category.shortcut() == null ? "" : category.shortcut() + "  ")
                        + category.name());
                button.setUserData(category);
                button.setToggleGroup(categories);
                button.setFocusTraversable(false);
                buttons.add(button);
            }
            categoryChoice.getChildren().setAll(buttons);
        }
        categories.selectToggle(null);
        buttons.stream().filter(button -> button.getUserData().equals(suggested)).findFirst()
                .ifPresent(button -> button.setSelected(true));
    }

    private static Label quoted() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }

    private static void setQuoted(Label label, String text) {
        label.setText(text.isEmpty() ? "\u2014" : text);
    }
}
