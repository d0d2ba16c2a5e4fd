package org.newsmark.ui.speakers;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.newsmark.model.Person;

/** A person's mentions across the project; double-click one to open its article with it selected. */
public final class MentionsDialog {

    private MentionsDialog() {
    }

    public static void show(Window owner, Person person, List<SpeakersViewModel.Mention> mentions,
            BiConsumer<Long, UUID> openAt) {
        ListView<SpeakersViewModel.Mention> list = new ListView<>();
        list.setId("mentions-list");
        list.getItems().setAll(mentions);
        list.setPrefSize(560, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SpeakersViewModel.Mention mention, boolean empty) {
                super.updateItem(mention, empty);
                setText(empty || mention == null ? null
                        : "\u201C" + mention.annotation().text() + "\u201D  \u2014  " + mention.articleTitle());
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Mentions");
        dialog.setHeaderText(person.name() + ": " + mentions.size() + (mentions.size() == 1 ? " mention" : " mentions")
                + (person.aliases().isEmpty() ? "" : " (also known as " + String.join(", ", person.aliases()) + ")"));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        list.setOnMouseClicked(event -> {
            SpeakersViewModel.Mention chosen = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && chosen != null) {
                openAt.accept(chosen.annotation().articleId(), chosen.annotation().id());
                dialog.close();
            }
        });
        dialog.show();
    }
}
