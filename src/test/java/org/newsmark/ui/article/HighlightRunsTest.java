package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.testing.Annotations;

class HighlightRunsTest {

    private static final String TEXT = "Headline\n"
            + "Anthony Lim, Director of the Centre, told the BBC that a DDoS attack was unlikely.";
    private static final Article ARTICLE = new Article(1, "Headline", null, null, null, null, null, TEXT, "h");
    private static final ArticleLayout LAYOUT = ArticleLayout.of(ARTICLE);

    @Test
    void nestedSpansShowAsRunsCarryingBothOuterFirst() {
        Annotation quote = Annotations.of(ARTICLE, "Anthony Lim, Director of the Centre, told the BBC that a DDoS attack was unlikely.", 3);
        Annotation speaker = Annotations.of(ARTICLE, "Anthony Lim", 1);

        List<HighlightRuns.Run> runs = HighlightRuns.of(LAYOUT, List.of(speaker, quote), Set.of(), 0, TEXT.length());

        assertThat(runs).extracting(HighlightRuns.Run::length).containsExactly(8, 1, 11, TEXT.length() - 20);
        assertThat(runs.get(0).role()).isEqualTo(ParagraphRole.HEADLINE);
        assertThat(runs.get(2).covering()).containsExactly(quote, speaker);
        assertThat(runs.get(3).covering()).containsExactly(quote);
    }

    @Test
    void overlappingSpansSplitIntoThreeRunsAndTheSelectedOneIsMarked() {
        Annotation left = Annotations.of(ARTICLE, "told the BBC that", 2);
        Annotation right = Annotations.of(ARTICLE, "BBC that a DDoS", 4);
        int from = left.start();

        List<HighlightRuns.Run> runs = HighlightRuns.of(LAYOUT, List.of(right, left), Set.of(right.id()), from, right.end());

        assertThat(runs).extracting(run -> run.covering().size()).containsExactly(1, 2, 1);
        assertThat(runs).extracting(HighlightRuns.Run::emphasised).containsExactly(false, true, true);
        assertThat(runs.stream().mapToInt(HighlightRuns.Run::length).sum()).isEqualTo(right.end() - from);
    }

    /** Property: for random spans and a random range, every character is covered by exactly the spans over it. */
    @RepeatedTest(50)
    void everyCharacterCarriesExactlyTheAnnotationsOverIt(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Annotation> annotations = new ArrayList<>();
        int count = random.nextInt(16);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(TEXT.length() - 1);
            int end = start + 1 + random.nextInt(Math.min(30, TEXT.length() - start));
            annotations.add(Annotations.at(ARTICLE, start, end, 1 + random.nextInt(4)));
        }
        int from = random.nextInt(TEXT.length());
        int to = from + 1 + random.nextInt(TEXT.length() - from);
        Set<UUID> selected = annotations.isEmpty() ? Set.of() : Set.of(annotations.get(0).id());

        List<HighlightRuns.Run> runs = HighlightRuns.of(LAYOUT, annotations, selected, from, to);

        int offset = from;
        for (HighlightRuns.Run run : runs) {
            assertThat(run.length()).isPositive();
            for (int at = offset; at < offset + run.length(); at++) {
                int position = at;
                Set<Annotation> expected = new HashSet<>(annotations.stream().filter(a -> a.contains(position)).toList());
                assertThat(new HashSet<>(run.covering())).isEqualTo(expected);
            }
            offset += run.length();
        }
        assertThat(offset).isEqualTo(to);
    }
}
