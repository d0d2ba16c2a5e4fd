package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Person;
import org.newsmark.model.TextSpans;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.testing.Samples;

/**
 * Text no article should be, and the suggester still answers: nothing for nothing, no exception, and
 * no span crossing a paragraph boundary (a quotation continued over paragraphs is one part per paragraph).
 */
class AttributionSuggesterBadInputTest {

    private static final List<Person> PEOPLE = List.of(Person.named("Elon Musk", Instant.EPOCH),
            Person.named("Anthony Lim", Instant.EPOCH));

    private final AttributionSuggester suggester = new AttributionSuggester();

    @Test
    void noTextGivesNoSuggestions() {
        assertThat(suggester.suggest(null, PEOPLE)).isEqualTo(Suggestions.NONE);
        assertThat(suggester.suggest("", PEOPLE)).isEqualTo(Suggestions.NONE);
        assertThat(suggester.suggest(" \n\n \t\n", PEOPLE)).isEqualTo(Suggestions.NONE);
        assertThat(suggester.suggest("Mr Musk said it.", null).attributions()).hasSize(1);
        assertThat(suggester.propose(null, 0, 5)).isEmpty();
    }

    @Test
    void aHundredThousandCharacterParagraphWithoutPunctuationIsReadInPieces() {
        String paragraph = paragraphOf(100_000, new Random(7));

        Suggestions suggestions = suggester.suggest("Intro said.\n" + paragraph + "\nMr Musk said it was fine.", PEOPLE);

        String text = "Intro said.\n" + paragraph + "\nMr Musk said it was fine.";
        assertWithinParagraphs(text, suggestions);
        assertThat(suggestions.attributions()).isNotEmpty();
        assertThat(suggestions.attributions()).allSatisfy(attribution -> assertThat(parts(attribution))
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(Sentences.LONGEST)));
    }

    @Test
    void unbalancedQuotationMarksEndAtTheParagraph() {
        String text = "\"We will never stop, said the mayor of nothing.\n"
                + "He said \u201Cthe plan is good, and then \u201Cit is not\u201D.\n"
                + "\u201D Closing marks \u201D with no opening said Mr Musk \u00BB\u00AB\n"
                + "''Two apostrophes alone said the critic.\n"
                + "\"Quotes \"inside \"quotes\" inside\" quotes,\" she said.";

        Suggestions suggestions = suggester.suggest(text, PEOPLE);

        assertWithinParagraphs(text, suggestions);
        assertThat(suggestions.attributions()).isNotEmpty();
    }

    @Test
    void textInOtherScriptsGivesNoExceptionAndCutsNoCharacterInTwo() {
        String text = "\u041F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442 \u0441\u043A\u0430\u0437\u0430\u043B: "
                + "\u00AB\u041C\u044B \u043F\u043E\u0431\u0435\u0434\u0438\u043C.\u00BB\n"
                + "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064A\u0633: \"\u0633\u0646\u0646\u062A\u0635\u0631\".\n"
                + "\u603B\u7EDF\u8BF4\uFF1A\u201C\u6211\u4EEC\u4F1A\u8D62\u3002\u201D\n"
                + "\uD83D\uDE00 Mr Musk said \"\uD83D\uDE80 to the moon\" \uD835\uDC00.";

        Suggestions suggestions = suggester.suggest(text, PEOPLE);

        assertWithinParagraphs(text, suggestions);
        for (SuggestedAttribution attribution : suggestions.attributions()) {
            for (Range part : parts(attribution)) {
                assertThat(TextSpans.problem(text, part.start(), part.end())).isEmpty();
            }
        }
        assertThat(suggestions.mentions()).extracting(mention -> text.substring(mention.range().start(), mention.range().end()))
                .containsExactly("Mr Musk");
    }

    @Test
    void randomTextFromTheSamplesKeepsEverySpanInOneParagraph() {
        String samples = Samples.read(Samples.BBC);
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = 0; piece < 20; piece++) {
                int start = random.nextInt(samples.length());
                int end = Math.min(samples.length(), start + random.nextInt(300));
                text.append(samples, start, end);
                text.append("\"\u201C\u201D\n:,.'".charAt(random.nextInt(8)));
            }
            String shuffled = text.toString();
            assertThatCode(() -> assertWithinParagraphs(shuffled, suggester.suggest(shuffled, PEOPLE))).doesNotThrowAnyException();
        }
    }

    private static String paragraphOf(int length, Random random) {
        String[] words = {"said", "the", "minister", "quote", "\"", "according", "to", "who", "that", "Mr", "Musk", "told",
            "him", "adding", "\u201C", "report", "claims"};
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < length) {
            paragraph.append(words[random.nextInt(words.length)]).append(' ');
        }
        return paragraph.toString();
    }

    private static List<Range> parts(SuggestedAttribution attribution) {
        List<Range> parts = new ArrayList<>(attribution.content());
        for (Range part : new Range[] {attribution.cue(), attribution.source(), attribution.referent()}) {
            if (part != null) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Every span is inside the text, not empty, and holds no line break. */
    private static void assertWithinParagraphs(String text, Suggestions suggestions) {
        for (SuggestedAttribution attribution : suggestions.attributions()) {
            for (Range part : parts(attribution)) {
                assertThat(part.start()).isGreaterThanOrEqualTo(0).isLessThan(part.end());
                assertThat(part.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(part.start(), part.end())).doesNotContain("\n");
            }
            assertThat(attribution.confidence()).isBetween(0.0, 1.0);
        }
        for (SpeakerMention mention : suggestions.mentions()) {
            assertThat(text.substring(mention.range().start(), mention.range().end())).doesNotContain("\n");
        }
    }
}
