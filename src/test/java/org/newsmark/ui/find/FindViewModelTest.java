package org.newsmark.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsmark.model.TextSpans;

class FindViewModelTest {

    private static final String TEXT = "A DDoS attack. Distributed denial of services attacks - or DDoS attacks - are attempts.";

    @Test
    void enterStepsThroughMatchesIgnoringCaseAndWrapsRound() {
        FindViewModel find = new FindViewModel(() -> TEXT);
        find.queryProperty().set("ddos");

        TextSpans.Range first = find.next(0).orElseThrow();
        assertThat(TEXT.substring(first.start(), first.end())).isEqualTo("DDoS");
        assertThat(find.statusProperty().get()).isEqualTo("1 of 2");
        TextSpans.Range second = find.next(first.end()).orElseThrow();
        assertThat(second.start()).isEqualTo(TEXT.lastIndexOf("DDoS"));
        assertThat(find.statusProperty().get()).isEqualTo("2 of 2");
        assertThat(find.next(second.end()).orElseThrow()).isEqualTo(first);
        assertThat(find.previous(first.start()).orElseThrow()).isEqualTo(second);
    }

    @Test
    void noMatchSaysSoAndAnEmptyQueryFindsNothing() {
        FindViewModel find = new FindViewModel(() -> TEXT);
        find.queryProperty().set("ransomware");
        assertThat(find.next(0)).isEmpty();
        assertThat(find.statusProperty().get()).isEqualTo("No matches");
        find.queryProperty().set("");
        assertThat(find.next(0)).isEmpty();
        assertThat(find.statusProperty().get()).isEmpty();
    }

    @Test
    void aNewArticleIsSearchedAfresh() {
        String[] text = {TEXT};
        FindViewModel find = new FindViewModel(() -> text[0]);
        find.queryProperty().set("attack");
        find.next(0);
        text[0] = "No such word here.";
        assertThat(find.next(0)).isEmpty();
    }
}
