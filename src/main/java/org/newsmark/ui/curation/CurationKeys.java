package org.newsmark.ui.curation;

import static org.newsmark.ui.common.Controls.menuItem;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import org.newsmark.agreement.Disagreements.Disagreement;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.ui.article.ArticleView;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * The keys of comparing and curating in the article: F7 and Shift+F7 go to the next and previous
 * disagreement (its stretch is selected in the text and the status line says what differs), F9
 * accepts the other coder's annotation at the caret into the gold version. Keeps the disagreements
 * in step with the article shown and its edits.
 */
public final class CurationKeys {

    public static final String NEXT = "F7";
    public static final String PREVIOUS = "Shift+F7";
    public static final String ACCEPT = "F9";

    private final ArticleViewModel article;
    private final ArticleView view;
    private final DisagreementsViewModel disagreements;
    private final CurationViewModel curation;
    private final javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));

    public CurationKeys(ArticleViewModel article, ArticleView view, DisagreementsViewModel disagreements, CurationViewModel curation) {
        this.article = article;
        this.view = view;
        this.disagreements = disagreements;
        this.curation = curation;
        article.loadsProperty().addListener((observable, before, after) -> compareTheArticle());
        // Made once the window's first article is shown (it comes first): compared now.
        compareTheArticle();
        // An edit of the article (the own coder's, or an accepted annotation) may settle or make a disagreement.
        // Read again once edits pause, not at each one: tagging fast in a long article stays smooth.
        settled.setOnFinished(event -> disagreements.refresh());
        article.annotations().addListener((ListChangeListener<Annotation>) change -> {
            if (article.coderLanes().hasOthers() && article.getArticle() != null) {
                settled.playFromStart();
            }
        });
    }

    private void compareTheArticle() {
        if (article.getArticle() != null) {
            // compared from the annotations the article holds: no second read of a long article
            disagreements.show(article.getArticle().id(), article.coderLanes()::all, article::codebook, () -> { });
        }
    }

    /** The next disagreement: after the one selected in the text, or else the first after the caret (then the first again). */
    public void next() {
        step(1);
    }

    /** The previous disagreement: before the one selected in the text, or else the last before the caret. */
    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (settled.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            // an edit is waiting to be compared: compare now, then go
            settled.stop();
            disagreements.refresh(() -> step(direction));
            return;
        }
        List<Disagreement> all = disagreements.disagreements();
        if (all.isEmpty()) {
            show(null);
            return;
        }
        Disagreement current = disagreements.current().get();
        IndexRange selection = view.area().getSelection();
        if (current != null && selection.getStart() == current.start() && selection.getEnd() == current.end()) {
            show(direction > 0 ? disagreements.next() : disagreements.previous());
            return;
        }
        int caret = direction > 0 ? view.area().getCaretPosition() : selection.getStart();
        int index = direction > 0 ? 0 : all.size() - 1;
        for (int i = 0; i < all.size(); i++) {
            int at = direction > 0 ? i : all.size() - 1 - i;
            boolean beyond = direction > 0 ? all.get(at).start() >= caret : all.get(at).start() < caret;
            if (beyond) {
                index = at;
                break;
            }
        }
        disagreements.select(index);
        show(all.get(index));
    }

    /** Selects a disagreement's stretch in the article and says what differs there. */
    public void show(Disagreement disagreement) {
        if (disagreement == null) {
            article.say(disagreements.message().get().isEmpty() ? "No disagreements in this article." : disagreements.message().get());
            return;
        }
        view.select(disagreement.start(), disagreement.end());
        view.area().requestFocus();
        article.say(describe(disagreement));
    }

    public void accept() {
        view.area().requestFocus();
        curation.acceptAt(article, view.area().getCaretPosition());
    }

    /** "Claim, 2 of 5: boundaries differ: ana “…”, ben “…”". */
    public String describe(Disagreement disagreement) {
        int at = disagreements.disagreements().indexOf(disagreement);
        String where = disagreement.category() + (at < 0 ? "" : ", " + (at + 1) + " of " + disagreements.disagreements().size());
        String marks = disagreement.annotations().stream()
                .map(annotation -> annotation.annotator() + " " + categoryOf(annotation, disagreement) + CurationKeys.ends(annotation))
                .collect(Collectors.joining(", "));
        String what = switch (disagreement.kind()) {
            case MISSED -> "not marked by " + String.join(", ", disagreement.missing());
            case BOUNDARIES -> "boundaries differ";
            case CATEGORY -> "sub-categories differ";
        };
        return where + ": " + what + ": " + marks + (hiddenCoder(disagreement) ? " (a coder in it is hidden: see the coders\u2019 bar)" : "");
    }

    /**
     * An annotation's text in quotes with both its ends kept (the middle left out of a long one): where
     * coders differ on boundaries, the ends are what differ.
     */
    static String ends(Annotation annotation) {
        String text = annotation.text().replaceAll("\\s+", " ");
        if (text.length() <= 40) {
            return "\u201C" + text + "\u201D";
        }
        // whole words at each end, where there are spaces to cut at
        int head = text.lastIndexOf(' ', 18);
        int tail = text.indexOf(' ', text.length() - 18);
        return "\u201C" + text.substring(0, head > 0 ? head : 18) + " \u2026 "
                + text.substring(tail > 0 ? tail + 1 : text.length() - 18) + "\u201D";
    }

    private boolean hiddenCoder(Disagreement disagreement) {
        return disagreement.annotations().stream().anyMatch(annotation -> !article.coderLanes().isShown(annotation.annotator()));
    }

    /** A sub-category's name where it is not the disagreement's category itself, as "Politician ". */
    private String categoryOf(Annotation annotation, Disagreement disagreement) {
        Category category = article.category(annotation.categoryId());
        return category == null || category.name().equals(disagreement.category()) ? "" : category.name() + " ";
    }

    /** Go ▸ Next and Previous Disagreement. */
    public List<MenuItem> goItems() {
        return List.of(menuItem("Next _Disagreement", NEXT, this::next),
                menuItem("Previous Disag_reement", PREVIOUS, this::previous));
    }

    /** Edit ▸ Accept into the Gold Version. */
    public MenuItem acceptItem() {
        return menuItem("_Accept into the Gold Version", ACCEPT, this::accept);
    }
}
