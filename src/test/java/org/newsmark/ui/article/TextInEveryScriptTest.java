package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.testing.Annotations;

/** How runs of text are cut for right-to-left paragraphs, emoji and invisible marks, without a window. */
class TextInEveryScriptTest {

    private static final String TEXT = "Headline\n"
            + "قال المتحدث إن الخط سيفتح في مايو.\n"
            + "Readers answered with \uD83D\uDE8B\uD83C\uDF89 and more.\n"
            + "سخنگو گفت می\u200Cشود.";
    private static final Article ARTICLE = new Article(1, "Headline", null, null, null, null, null, TEXT, "h");
    private static final ArticleLayout LAYOUT = ArticleLayout.of(ARTICLE);

    @Test
    void aParagraphsDirectionIsThatOfItsFirstStrongCharacterAsJavasBidiSaysForEveryParagraphOfTheSample() throws Exception {
        String sample = Files.readString(Path.of("samples/international/many-scripts.txt"), StandardCharsets.UTF_8);
        List<String> paragraphs = sample.lines().toList();
        int rightToLeft = 0;
        for (String paragraph : paragraphs) {
            boolean expected = !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
            assertThat(ParagraphDirection.isRightToLeft(paragraph)).as(paragraph).isEqualTo(expected);
            rightToLeft += expected ? 1 : 0;
        }
        assertThat(rightToLeft).isEqualTo(4);
        assertThat(ParagraphDirection.isRightToLeft("\"Line 2\" قالت")).isFalse();
        assertThat(ParagraphDirection.isRightToLeft("«قالت» Line 2")).isTrue();
        assertThat(ParagraphDirection.firstStrong("123 ... «»")).isNull();
    }

    @Test
    void aParagraphWithRightToLeftTextIsCutIntoAPieceAWordAndNoOtherIs() {
        List<HighlightRuns.Run> runs = HighlightRuns.of(LAYOUT, List.of(), Set.of(), 0, TEXT.length());
        List<String> pieces = pieces(runs);

        assertThat(pieces).startsWith("Headline", "\n", "قال ", "المتحدث ", "إن ", "الخط ", "سيفتح ", "في ", "مايو.", "\n");
        assertThat(pieces).contains("Readers answered with ", " and more.");
        // Neighbouring words differ in style, so the view keeps them apart.
        HighlightPalette palette = new HighlightPalette(List.of());
        assertThat(palette.styleOf(runs.get(2))).isNotEqualTo(palette.styleOf(runs.get(3)));
    }

    @Test
    void aHighlightInsideARightToLeftSentenceCutsOnlyAtItsEndsAndWords() {
        Annotation claim = Annotations.of(ARTICLE, "الخط سيفتح", 2);
        List<HighlightRuns.Run> runs = HighlightRuns.of(LAYOUT, List.of(claim), Set.of(), 0, TEXT.length());
        List<String> pieces = pieces(runs);

        assertThat(pieces).containsSubsequence("إن ", "الخط ", "سيفتح", " ", "في ");
        int at = pieces.indexOf("الخط ");
        assertThat(runs.get(at).covering()).containsExactly(claim);
        assertThat(runs.get(at + 1).covering()).containsExactly(claim);
        assertThat(runs.get(at + 2).covering()).isEmpty();
    }

    @Test
    void emojiAndInvisibleMarksArePiecesOfTheirOwn() {
        List<HighlightRuns.Run> runs = HighlightRuns.of(LAYOUT, List.of(), Set.of(), 0, TEXT.length());
        List<String> pieces = pieces(runs);

        int emoji = pieces.indexOf("\uD83D\uDE8B\uD83C\uDF89");
        assertThat(emoji).isPositive();
        assertThat(runs.get(emoji).glyphs()).isEqualTo(HighlightRuns.Glyphs.EMOJI);
        int mark = pieces.indexOf("\u200C");
        assertThat(mark).isPositive();
        assertThat(runs.get(mark).glyphs()).isEqualTo(HighlightRuns.Glyphs.MARK);
        assertThat(pieces.get(mark - 1)).isEqualTo("می");
        assertThat(runs).filteredOn(run -> run.glyphs() != HighlightRuns.Glyphs.TEXT).hasSize(2);
    }

    @Test
    void theOutlineOfASpanOnTwoLinesHasNoEdgeBetweenItsLines() {
        // The first line's box from x 100 to 300, the second's from 0 to 150, touching at y 20.
        List<double[]> boxes = List.of(new double[] {100, 300, 0, 20}, new double[] {0, 150, 20, 40});

        List<double[]> secondTop = SpanMarks.uncovered(0, 150, boxes, 20, true);
        List<double[]> firstBottom = SpanMarks.uncovered(100, 300, boxes, 20, false);

        assertThat(secondTop).hasSize(1);
        assertThat(secondTop.get(0)).containsExactly(0, 100);
        assertThat(firstBottom).hasSize(1);
        assertThat(firstBottom.get(0)).containsExactly(150, 300);
    }

    private static List<String> pieces(List<HighlightRuns.Run> runs) {
        java.util.ArrayList<String> pieces = new java.util.ArrayList<>();
        int at = 0;
        for (HighlightRuns.Run run : runs) {
            pieces.add(LAYOUT.displayText().substring(at, at + run.length()));
            at += run.length();
        }
        return pieces;
    }
}
