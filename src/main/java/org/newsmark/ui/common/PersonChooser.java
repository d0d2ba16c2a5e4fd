package org.newsmark.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.newsmark.model.Person;

/**
 * Choosing who a speaker mention is, with the keyboard: a field to type in and the people below it,
 * best first, narrowed as one types; ↑/↓ move, Enter takes the highlighted choice, Ctrl+N makes a new
 * person of the typed name (or of the name the mention gives). The last choices are always a new
 * person and no person.
 */
public final class PersonChooser {

    /** One line of the list: a person, a new person by name, or nobody. */
    public record Choice(Person person, String newName) {

        static final Choice NOBODY = new Choice(null, null);

        public boolean isNobody() {
            return person == null && newName == null;
        }

        String label() {
            if (person != null) {
                return person.name() + (person.role().isBlank() ? "" : " \u2014 " + person.role())
                        + (person.aliases().isEmpty() ? "" : "  (" + String.join(", ", person.aliases()) + ")");
            }
            return newName == null ? "No person" : "New person \u201C" + newName + "\u201D   Ctrl+N";
        }
    }

    private final TextField filter = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final VBox root;
    private final boolean offerNobody;
    private Function<String, List<Person>> ranked;
    private String proposedName;

    /**
     * @param ranked       the people for what was typed, best first
     * @param proposedName the name the mention gives a new person ("Mr Musk" gives "Musk"), or blank
     */
    public PersonChooser(String heading, Function<String, List<Person>> ranked, String proposedName, boolean offerNobody) {
        this.offerNobody = offerNobody;
        filter.setId("person-filter");
        filter.setPromptText("Type to find a person");
        list.setId("person-choices");
        list.setPrefHeight(220);
        list.setPrefWidth(380);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.label());
            }
        });
        filter.textProperty().addListener((observable, before, typed) -> fill(typed));
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::moveInList);
        Label title = new Label(heading);
        title.getStyleClass().add("panel-heading");
        root = new VBox(4, title, filter, list);
        root.getStyleClass().add("person-chooser");
        choose(ranked, proposedName);
    }

    /** Starts again, nothing typed, for another mention: a chooser made once is refilled for each. */
    public void choose(Function<String, List<Person>> ranked, String proposedName) {
        this.ranked = ranked;
        this.proposedName = proposedName == null ? "" : proposedName.strip();
        if (filter.getText().isEmpty()) {
            fill("");
        } else {
            filter.clear();
        }
    }

    public Node node() {
        return root;
    }

    /** Where typing goes. */
    public TextField field() {
        return filter;
    }

    /** The highlighted choice. */
    public Choice chosen() {
        Choice selected = list.getSelectionModel().getSelectedItem();
        return selected == null ? Choice.NOBODY : selected;
    }

    /** A new person of the typed name, or of the mention's name when nothing is typed. */
    public Choice newPerson() {
        String name = filter.getText().isBlank() ? proposedName : filter.getText().strip();
        return name.isBlank() ? Choice.NOBODY : new Choice(null, name);
    }

    /** Highlights the new-person choice (what Ctrl+N means where the choice is confirmed later). */
    public void chooseNewPerson() {
        Choice newOne = newPerson();
        for (Choice choice : list.getItems()) {
            if (!newOne.isNobody() && choice.person() == null && newOne.newName().equals(choice.newName())) {
                list.getSelectionModel().select(choice);
                list.scrollTo(choice);
                return;
            }
        }
    }

    private void fill(String typed) {
        list.getItems().setAll(choices(ranked.apply(typed), typed, proposedName, offerNobody));
        list.getSelectionModel().select(0);
        list.scrollTo(0);
    }

    private void moveInList(KeyEvent event) {
        int at = list.getSelectionModel().getSelectedIndex();
        if (event.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(list.getItems().size() - 1, at + 1));
        } else if (event.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(0, at - 1));
        } else {
            return;
        }
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        event.consume();
    }

    /**
     * The choices for what was typed: the people, best first, then a new person (of the typed name,
     * or of the mention's) and, if offered, nobody.
     */
    static List<Choice> choices(List<Person> people, String typed, String proposedName, boolean offerNobody) {
        List<Choice> choices = new ArrayList<>();
        people.forEach(person -> choices.add(new Choice(person, null)));
        String name = typed == null || typed.isBlank() ? proposedName : typed.strip();
        if (name != null && !name.isBlank()) {
            choices.add(new Choice(null, name));
        }
        if (offerNobody) {
            choices.add(Choice.NOBODY);
        }
        return choices;
    }

    /**
     * Shows the people in a list popping up below {@code near} (screen coordinates): typing narrows it,
     * Enter takes the highlighted choice, Ctrl+N a new person of the typed name (or the mention's),
     * Escape closes it.
     */
    public static void popUp(Node owner, Bounds near, String heading, Function<String, List<Person>> ranked,
            String proposedName, boolean offerNobody, java.util.function.Consumer<Choice> chosen) {
        String proposed = proposedName == null ? "" : proposedName.strip();
        ListPopup.of(owner.getScene().getWindow()).show(owner, near.getMinX(), near.getMaxY() + 4, heading, "person",
                typed -> choices(ranked.apply(typed), typed, proposed, offerNobody), Choice::label, choice -> "", chosen,
                typed -> {
                    String name = typed.isBlank() ? proposed : typed.strip();
                    return name.isBlank() ? null : new Choice(null, name);
                });
    }
}
