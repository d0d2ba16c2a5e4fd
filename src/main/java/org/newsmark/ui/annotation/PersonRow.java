package org.newsmark.ui.annotation;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import org.newsmark.model.Annotation;
import org.newsmark.model.Person;

/**
 * For a speaker mention: the person it refers to, chosen from people whose names match the mention
 * (and those already in the article), or added to the registry on the spot.
 */
final class PersonRow {

    private final AnnotationCodingViewModel coding;
    private final MenuButton button = new MenuButton();
    private Annotation annotation;

    PersonRow(AnnotationCodingViewModel coding) {
        this.coding = coding;
        button.setId("annotation-person");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnShowing(event -> fill());
    }

    Node node() {
        return button;
    }

    void show(Annotation shown) {
        annotation = shown;
        boolean mention = shown != null && coding.isSpeakerMention(shown);
        button.setVisible(mention);
        button.setManaged(mention);
        if (mention) {
            button.setText(coding.personOf(shown).map(PersonRow::label).orElse("No person yet \u2014 choose or add one"));
        }
    }

    private static String label(Person person) {
        return person.name() + (person.role().isBlank() ? "" : " \u2014 " + person.role());
    }

    private void fill() {
        button.getItems().clear();
        if (annotation == null) {
            return;
        }
        List<Person> suggestions = coding.suggestionsFor(annotation);
        for (Person person : suggestions) {
            MenuItem item = new MenuItem(label(person));
            item.setOnAction(event -> coding.assignPerson(annotation, person));
            button.getItems().add(item);
        }
        if (!suggestions.isEmpty()) {
            button.getItems().add(new SeparatorMenuItem());
        }
        String proposed = coding.proposedName(annotation);
        if (!proposed.isBlank()) {
            MenuItem named = new MenuItem("New person \u201C" + proposed + "\u201D");
            named.setOnAction(event -> coding.assignNewPerson(annotation, proposed));
            button.getItems().add(named);
        }
        MenuItem other = new MenuItem("New person\u2026");
        other.setOnAction(event -> askForName().ifPresent(name -> coding.assignNewPerson(annotation, name)));
        button.getItems().add(other);
        if (annotation.personId() != null) {
            MenuItem none = new MenuItem("No person");
            none.setOnAction(event -> coding.clearPerson(annotation));
            button.getItems().add(none);
        }
    }

    private Optional<String> askForName() {
        TextInputDialog dialog = new TextInputDialog(coding.proposedName(annotation));
        dialog.initOwner(button.getScene() == null ? null : button.getScene().getWindow());
        dialog.setTitle("New person");
        dialog.setHeaderText("Who does \u201C" + annotation.text() + "\u201D refer to?");
        dialog.setContentText("Name:");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

}
