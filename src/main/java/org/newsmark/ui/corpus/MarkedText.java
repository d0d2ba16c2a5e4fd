package org.newsmark.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newsmark.model.SearchResults;

/** Text with search matches marked ({@link SearchResults#MATCH_START} … {@link SearchResults#MATCH_END}) as styled runs. */
final class MarkedText {

    private MarkedText() {
    }

    static TextFlow flow(String marked, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getChildren().setAll(runs(marked == null ? "" : marked.replaceAll("\\s+", " ")));
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    static List<Text> runs(String marked) {
        List<Text> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == SearchResults.MATCH_START || c == SearchResults.MATCH_END) {
                add(runs, run, inMatch);
                inMatch = c == SearchResults.MATCH_START;
            } else {
                run.append(c);
            }
        }
        add(runs, run, inMatch);
        return runs;
    }

    private static void add(List<Text> runs, StringBuilder run, boolean match) {
        if (run.length() == 0) {
            return;
        }
        Text text = new Text(run.toString());
        text.getStyleClass().add(match ? "search-match" : "search-text");
        runs.add(text);
        run.setLength(0);
    }
}
