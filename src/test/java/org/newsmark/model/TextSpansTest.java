package org.newsmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Moving a span's boundary by a character or a word, as the keys do. */
class TextSpansTest {

    private static final String TEXT = "Mr Musk blamed \"a massive DDoS attack on X\" for the problems.";

    @Test
    void aWordToTheRightEndsTheNextWord() {
        int afterMusk = TEXT.indexOf(" blamed");
        assertThat(TextSpans.wordBoundary(TEXT, afterMusk, 1)).isEqualTo(TEXT.indexOf(" \"a"));
        int insideBlamed = TEXT.indexOf("amed");
        assertThat(TextSpans.wordBoundary(TEXT, insideBlamed, 1)).isEqualTo(TEXT.indexOf(" \"a"));
        int beforeQuote = TEXT.indexOf(" \"a");
        assertThat(TextSpans.wordBoundary(TEXT, beforeQuote, 1)).isEqualTo(TEXT.indexOf(" massive"));
    }

    @Test
    void aWordToTheLeftStartsThePreviousWord() {
        int beforeMassive = TEXT.indexOf("massive");
        assertThat(TextSpans.wordBoundary(TEXT, beforeMassive, -1)).isEqualTo(TEXT.indexOf("a massive"));
        int afterX = TEXT.indexOf("\" for");
        assertThat(TextSpans.wordBoundary(TEXT, afterX, -1)).isEqualTo(TEXT.indexOf("X\""));
        assertThat(TextSpans.wordBoundary(TEXT, 2, -1)).isZero();
    }

    @Test
    void theEndsOfTheTextAreBoundaries() {
        assertThat(TextSpans.wordBoundary(TEXT, TEXT.length(), 1)).isEqualTo(TEXT.length());
        assertThat(TextSpans.wordBoundary(TEXT, 0, -1)).isZero();
        assertThat(TextSpans.wordBoundary(TEXT, TEXT.indexOf("problems"), 1)).isEqualTo(TEXT.indexOf("."));
    }

    @Test
    void aCharacterStepNeverCutsAnEmojiInTwo() {
        String text = "Fire \uD83D\uDD25 here";
        int beforeEmoji = text.indexOf('\uD83D');
        assertThat(TextSpans.characterStep(text, beforeEmoji, 1)).isEqualTo(beforeEmoji + 2);
        assertThat(TextSpans.characterStep(text, beforeEmoji + 2, -1)).isEqualTo(beforeEmoji);
    }

    @Test
    void boundariesAlwaysMoveTheRightWayAndStayInTheText() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] pieces = {"word", " ", "  ", "\u201C", ",", "\uD83D\uDD25", "\n", "Sch\u00F6n", "x", "42", "\u0645\u0631\u062D\u0628\u0627"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sample = text.toString();
            int offset = random.nextInt(sample.length() + 1);
            if (TextSpans.problem(sample, 0, Math.max(1, offset)).isPresent() && offset > 0) {
                continue;
            }
            int right = TextSpans.wordBoundary(sample, offset, 1);
            int left = TextSpans.wordBoundary(sample, offset, -1);
            assertThat(right).as("seed %d, text \"%s\", offset %d", seed, sample, offset).isBetween(offset, sample.length());
            assertThat(left).as("seed %d, text \"%s\", offset %d", seed, sample, offset).isBetween(0, offset);
        }
    }
}
