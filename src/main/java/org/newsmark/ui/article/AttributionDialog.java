package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsmark.model.Category;
import org.newsmark.model.Person;

/**
 * Shows the attribution proposed for the selected text (content, cue, source) with the category for
 * the content and the person for the source, so one confirmation codes all of it.
 */
final class AttributionDialog {

    /** Who the source is: a person of the registry, a new person by name, or nobody yet. */
    private record PersonChoice(Person person, String newName) {
        @Override
        public String toString() {
            if (person != null) {
                return person.name() + (person.role().isBlank() ? "" : " \u2014 " + person.role());
            }
            return newName == null ? "No person yet" : "New person \u201C" + newName + "\u201D";
        }
    }

    private AttributionDialog() {
    }

    static void show(Window owner, AttributionViewModel attribution, AttributionViewModel.Proposal proposal,
            Function<String, List<Person>> matching, Function<String, String> proposedName) {
        ComboBox<Category> category = new ComboBox<>();
        category.setId("attribution-category");
        category.getItems().setAll(attribution.contentCategories());
        category.setValue(attribution.suggestedContentCategory(proposal));
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Category fromString(String text) {
                return null;
            }
        });
        String source = attribution.text(proposal.source());
        List<PersonChoice> choices = new ArrayList<>();
        matching.apply(source).forEach(person -> choices.add(new PersonChoice(person, null)));
        String name = proposedName.apply(source);
        if (!name.isBlank()) {
            choices.add(new PersonChoice(null, name));
        }
        choices.add(new PersonChoice(null, null));
        ComboBox<PersonChoice> person = new ComboBox<>();
        person.setId("attribution-person");
        person.getItems().setAll(choices);
        person.setValue(choices.get(0));
        person.setDisable(proposal.source() == null);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Content"), quoted(attribution.text(proposal.content())), category);
        grid.addRow(1, new Label("Cue"), quoted(attribution.text(proposal.cue())));
        grid.addRow(2, new Label("Source"), quoted(source), person);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attribution");
        dialog.setHeaderText("Code this attribution? Each part can be corrected afterwards like any annotation.");
        ButtonType code = new ButtonType("Attribute", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(code, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("attribution-dialog");
        dialog.showAndWait().filter(answer -> answer == code).ifPresent(answer -> {
            PersonChoice chosen = person.getValue();
            attribution.create(proposal, category.getValue(), chosen.person(), chosen.newName());
        });
    }

    private static Label quoted(String text) {
        Label label = new Label(text.isEmpty() ? "\u2014" : text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
