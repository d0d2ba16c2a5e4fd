package org.newsmark.analysis;

import org.newsmark.model.QuotationMarks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Words and quotation marks as docs/findings.md defines them. */
class WordCountTest {

    /** The definition as docs/findings.md writes it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*");

    @Test
    void wordsAreRunsOfLettersMarksAndNumbersJoinedByAnApostrophe() {
        assertThat(WordCount.of("\"The plan will cut bills by a tenth,\"")).isEqualTo(8);
        assertThat(WordCount.of("Musk's don't rock\u2019n\u2019roll")).isEqualTo(3);
        assertThat(WordCount.of("e-mail 10,000 3.5 'quoted'")).isEqualTo(2 + 2 + 2 + 1);
        assertThat(WordCount.of("Käse, café, naïve")).isEqualTo(3);
        assertThat(WordCount.of("cafe\u0301 \u0928\u092E\u0938\u094D\u0924\u0947")).isEqualTo(2);
        assertThat(WordCount.of("\u5317\u4EAC\u5E02 \u0645\u0631\u062D\u0628\u0627")).isEqualTo(2);
        assertThat(WordCount.of("\uD835\uDC00\uD835\uDC01 \uD83D\uDE00 ok")).isEqualTo(2);
        assertThat(WordCount.of(" -- ... '' ")).isZero();
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of(null)).isZero();
    }

    @RepeatedTest(50)
    void theCounterAgreesWithTheRegularExpressionOfTheDefinition(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        String alphabet = "ab Z9\u00E9\u0301'\u2019-.,_ \n\u4E00\uD83D\uDE00\u0663\u2160";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        Matcher matcher = WORD.matcher(text);
        int expected = 0;
        while (matcher.find()) {
            expected++;
        }
        assertThat(WordCount.of(text.toString())).as(text.toString()).isEqualTo(expected);
    }

    @Test
    void aQuotationMarkAtEitherEndMakesAQuoteDirect() {
        assertThat(QuotationMarks.framedByQuotationMarks("\u201CA DDoS attack sends signals,\u201D")).isTrue();
        assertThat(QuotationMarks.framedByQuotationMarks("\"We will win")).isTrue();
        assertThat(QuotationMarks.framedByQuotationMarks("he said it was \u00ABfini\u00BB")).isTrue();
        assertThat(QuotationMarks.framedByQuotationMarks("  'Enough'  ")).isTrue();
        assertThat(QuotationMarks.framedByQuotationMarks("\u300C\u4F60\u597D\u300D")).isTrue();
        assertThat(QuotationMarks.framedByQuotationMarks("the plan \"will\" fail")).isFalse();
        assertThat(QuotationMarks.framedByQuotationMarks("the plan will fail.")).isFalse();
        assertThat(QuotationMarks.framedByQuotationMarks("   ")).isFalse();
    }
}
