package org.newsmark.ui.annotation;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.newsmark.model.Annotation;
import org.newsmark.model.Person;
import org.newsmark.ui.common.PersonChooser;

/**
 * For a speaker mention: the person it refers to, chosen in a list to type in (people whose names
 * match the mention first, then those of the article, then the others), or added on the spot.
 */
final class PersonRow {

    private final AnnotationCodingViewModel coding;
    private final Button button = new Button();
    private Annotation annotation;

    PersonRow(AnnotationCodingViewModel coding) {
        this.coding = coding;
        button.setId("annotation-person");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(new Tooltip("Choose the person (Enter on the mention in the article does the same)"));
        button.setOnAction(event -> choose());
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

    private void choose() {
        if (annotation != null) {
            popUp(coding, annotation, button, button.localToScreen(button.getBoundsInLocal()));
        }
    }

    /** The list to choose a mention's person in, below {@code near}; the choice is made at once. */
    static void popUp(AnnotationCodingViewModel coding, Annotation mention, Node owner, javafx.geometry.Bounds near) {
        PersonChooser.popUp(owner, near, "Who is \u201C" + mention.text() + "\u201D?", typed -> coding.ranked(mention, typed),
                coding.proposedName(mention), mention.personId() != null, choice -> choose(coding, mention, choice));
    }

    /** Makes the mention refer to the chosen person, a new person, or nobody. */
    static void choose(AnnotationCodingViewModel coding, Annotation mention, PersonChooser.Choice choice) {
        if (choice.person() != null) {
            coding.assignPerson(mention, choice.person());
        } else if (choice.newName() != null) {
            coding.assignNewPerson(mention, choice.newName());
        } else {
            coding.clearPerson(mention);
        }
    }
}
