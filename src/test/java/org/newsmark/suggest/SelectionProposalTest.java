package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.testing.Samples;

/** The attribution proposed for a selection, read from the whole article and kept to the selection. */
class SelectionProposalTest {

    private static final String BBC = Samples.read(Samples.BBC);

    private final AttributionSuggester suggester = new AttributionSuggester();

    @Test
    void aQuoteBeforeItsSourceAndTheHearerToldTheBbc() {
        Attribution attribution = splitBbc("\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D"
                + " Anthony Lim, Director of the Centre for Strategic Cyberspace and International Studies in Singapore, told the BBC.");

        assertParts(BBC, attribution,
                "\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D",
                "told the BBC",
                "Anthony Lim, Director of the Centre for Strategic Cyberspace and International Studies in Singapore");
    }

    @Test
    void aReportedClauseAfterThat() {
        Attribution attribution = splitBbc("Mr Lim added that it is possible that a large number of people trying to listen"
                + " could have temporarily crashed the service.");

        assertParts(BBC, attribution,
                "it is possible that a large number of people trying to listen could have temporarily crashed the service",
                "added", "Mr Lim");
    }

    @Test
    void anIntroductoryWordIsNotPartOfTheSource() {
        Attribution attribution = splitBbc("However, Andrew Hay from IT firm Damovo said the problems could have been caused"
                + " by a cyber-attack.");

        assertParts(BBC, attribution, "the problems could have been caused by a cyber-attack", "said",
                "Andrew Hay from IT firm Damovo");
    }

    @Test
    void aQuoteBeforeTheCueAndTheSourceAfterIt() {
        Attribution attribution = splitBbc("\"America is at a fork in the road and you are the path to prosperity and I think"
                + " Kamala is the opposite,\" said Mr Musk in one exchange.");

        assertParts(BBC, attribution,
                "\"America is at a fork in the road and you are the path to prosperity and I think Kamala is the opposite,\"",
                "said", "Mr Musk");
    }

    @Test
    void theSecondClauseOfASentenceAfterBut() {
        Attribution attribution = splitBbc("Many observers detected a difference in Trump's voice which sounded like he had a lisp,"
                + " but a spokesman for the Trump campaign said it was no different from normal.");

        assertParts(BBC, attribution, "it was no different from normal", "said", "a spokesman for the Trump campaign");
    }

    @Test
    void thatIsKeptWhenItIsTheSubjectOfTheReportedClause() {
        Attribution attribution = splitBbc("He blamed the glitches on a cyber-attack but one expert told the BBC that was unlikely.");

        assertParts(BBC, attribution, "that was unlikely", "told the BBC", "one expert");
    }

    @Test
    void aQuotationContinuedFromTheParagraphBeforeIsContentWithoutCueOrSource() {
        Attribution attribution = splitBbc("\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D");

        assertThat(text(BBC, attribution.content()))
                .isEqualTo("\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D");
        assertThat(attribution.cue()).isNull();
        assertThat(attribution.source()).isNull();
    }

    @Test
    void aLaterCueOfTheSameSpeakerEndsTheContent() {
        Attribution attribution = splitBbc("He recently said he had \u201Cno choice\u201D but to support EVs because of Mr Musk's"
                + " endorsement and called the Tesla product \"great\" on Monday.");

        assertParts(BBC, attribution, "he had \u201Cno choice\u201D but to support EVs because of Mr Musk's endorsement", "said", "He");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Musk hosts friendly chat with Trump on X after tech delays",
        "Mr Musk meanwhile has become an increasingly influential voice in politics.",
        "The event was billed as an interview but Trump made a series of unsubstantiated claims that went without challenge.",
        "Distributed denial of services attacks - or DDoS attacks - are attempts to overload a website to make it hard to use"
            + " or inaccessible.",
        "What is Elon Musk's game plan?"})
    void sentencesWithoutAttributionGiveNothing(String sentence) {
        int start = BBC.indexOf(sentence);
        assertThat(start).isNotNegative();

        assertThat(suggester.propose(BBC, start, start + sentence.length())).isEmpty();
    }

    @Test
    void emptySelectionsAndSelectionsPastTheTextGiveNothingWithoutFailing() {
        assertThat(suggester.propose(BBC, 100, 100)).isEmpty();
        assertThat(suggester.propose(BBC, BBC.length() + 5, BBC.length() + 50)).isEmpty();
        assertThat(suggester.propose(BBC, -20, -1)).isEmpty();
        assertThat(suggester.propose("", 0, 10)).isEmpty();
        assertThat(suggester.propose(null, 0, 10)).isEmpty();
        assertThat(suggester.propose("   \n  ", 0, 6)).isEmpty();
        assertThatCode(() -> suggester.propose(BBC, -100, BBC.length() + 100)).doesNotThrowAnyException();
    }

    @Test
    void aSelectionReachingPastTheTextIsCutToIt() {
        String text = "Intro.\nThe minister said the plan would work";
        Attribution attribution = suggester.propose(text, 7, text.length() + 40).orElseThrow();

        assertParts(text, attribution, "the plan would work", "said", "The minister");
    }

    @Test
    void aBackwardSelectionIsReadForwards() {
        String text = "The minister said the plan would work.";

        assertThat(suggester.propose(text, text.length(), 0)).isEqualTo(suggester.propose(text, 0, text.length()));
    }

    @Test
    void partsLieInsideTheSelection() {
        String text = "Before. \"We will win,\" the mayor said. After.";
        int start = text.indexOf('"');
        int end = text.indexOf(" After");

        Attribution attribution = suggester.propose(text, start, end).orElseThrow();

        assertParts(text, attribution, "\"We will win,\"", "said", "the mayor");
        int source = text.indexOf("the mayor");
        assertThat(suggester.propose(text, source, end)).as("a source and cue without content").isEmpty();
    }

    @Test
    void accordingToBeforeTheSource() {
        String text = "According to the health ministry, 40 people were taken to hospital.";

        assertParts(text, whole(text), "40 people were taken to hospital", "According to", "the health ministry");
    }

    @Test
    void accordingToAfterTheClause() {
        String text = "By this time, the river had burst its banks, according to local police.";

        assertParts(text, whole(text), "By this time, the river had burst its banks", "according to", "local police");
    }

    @Test
    void aClauseBeforeItsSource() {
        String text = "Almost half of all children are iodine deficient, researchers say.";

        assertParts(text, whole(text), "Almost half of all children are iodine deficient", "say", "researchers");
    }

    @Test
    void aColonIntroducingAQuotation() {
        String text = "Mr Musk on the outage: \u201CThe platform is fine.\u201D";

        assertParts(text, whole(text), "\u201CThe platform is fine.\u201D", ":", "Mr Musk on the outage");
    }

    @Test
    void aCueFollowedByAQuotation() {
        String text = "Professor Jane Doe, an epidemiologist at the university, told reporters: \"The numbers are falling.\"";

        assertParts(text, whole(text), "\"The numbers are falling.\"", "told reporters",
                "Professor Jane Doe, an epidemiologist at the university");
    }

    @Test
    void aSourceWithAnAppositionBeforeItsCueIsNotReadBackwards() {
        String text = "Paul Dewar, an opposition MP, said the lapses raise serious questions.";

        assertParts(text, whole(text), "the lapses raise serious questions", "said", "Paul Dewar, an opposition MP");
    }

    @Test
    void aClauseBeforeTheCueAndTheSourceAfterIt() {
        String text = "The plan is sound, said the minister on Monday.";

        assertParts(text, whole(text), "The plan is sound", "said", "the minister");
    }

    @Test
    void aCueInsideAQuotationBelongsToTheQuotedSpeaker() {
        String text = "\"He said he would come,\" she wrote.";

        assertParts(text, whole(text), "\"He said he would come,\"", "wrote", "she");
    }

    @Test
    void aQuotationOfSeveralSentencesStaysOneContent() {
        String text = "\"It is over. We lost. Now we rebuild,\" Mr. Smith said.";

        assertParts(text, whole(text), "\"It is over. We lost. Now we rebuild,\"", "said", "Mr. Smith");
    }

    @Test
    void directSpeechIsPreferredToIndirectSpeechInAParagraph() {
        String text = "The mayor said the roads were closed. \"Stay at home,\" she told residents.";

        assertParts(text, whole(text), "\"Stay at home,\"", "told residents", "she");
    }

    @Test
    void nounsThatLookLikeCuesAreNotCues() {
        String text = "The state has made claims that the report was wrong.";

        assertThat(whole(text, suggester)).isEmpty();
    }

    private Attribution splitBbc(String sentence) {
        int start = BBC.indexOf(sentence);
        assertThat(start).as("the sentence is in the BBC article").isNotNegative();
        return suggester.propose(BBC, start, start + sentence.length()).orElseThrow();
    }

    private Attribution whole(String text) {
        return whole(text, suggester).orElseThrow();
    }

    private static Optional<Attribution> whole(String text, AttributionSuggester suggester) {
        return suggester.propose(text, 0, text.length());
    }

    static void assertParts(String text, Attribution attribution, String content, String cue, String source) {
        assertThat(text(text, attribution.content())).as("content").isEqualTo(content);
        assertThat(text(text, attribution.cue())).as("cue").isEqualTo(cue);
        assertThat(text(text, attribution.source())).as("source").isEqualTo(source);
    }

    static String text(String text, Range range) {
        return range == null ? null : text.substring(range.start(), range.end());
    }

    @Test
    void aSelectionStartingInsideTheQuoteKeepsToIt() {
        String inside = "A DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D Anthony Lim";
        int start = BBC.indexOf(inside);

        Attribution found = suggester.propose(BBC, start, start + inside.length()).orElseThrow();

        assertThat(text(BBC, found.content())).isEqualTo(
                "A DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D");
        assertThat(found.cue()).as("the cue lies outside the selection").isNull();
        assertThat(found.source()).as("the source is cut by the selection").isNull();
    }

    @Test
    void aVerbOfSpeechOutsideTheSayFamilyIsACue() {
        Attribution attribution = splitBbc("Trump also mused about closing the federal Department of Education and moving that"
                + " responsibility to the states as one of his first acts if he wins the election in November.");

        assertThat(text(BBC, attribution.cue())).isEqualTo("mused");
        assertThat(text(BBC, attribution.source())).isEqualTo("Trump");
        assertThat(text(BBC, attribution.content())).startsWith("about closing the federal Department of Education");
    }
}
