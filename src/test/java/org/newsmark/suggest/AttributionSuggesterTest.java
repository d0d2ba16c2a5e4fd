package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Person;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.SuggestedAttribution.Speech;
import org.newsmark.testing.Samples;

/** Every attribution of an article, read at once: several per sentence, quotations continued, pronouns resolved, people found. */
class AttributionSuggesterTest {

    private static final String BBC = Samples.read(Samples.BBC);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final AttributionSuggester suggester = new AttributionSuggester();

    @Test
    void aQuotationContinuedInTheNextParagraphIsPartOfTheSameAttribution() {
        SuggestedAttribution lim = withCue(BBC, suggester.suggest(BBC, List.of()), "told the BBC", "\u201CA DDoS attack");

        assertThat(lim.content()).extracting(part -> text(BBC, part)).containsExactly(
                "\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D",
                "\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D");
        assertThat(text(BBC, lim.source())).startsWith("Anthony Lim, Director of the Centre");
        assertThat(lim.speech()).isEqualTo(Speech.DIRECT);
        assertThat(lim.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void twoAttributionsInOneSentenceAreBothFound() {
        String text = "The senator said the deal was dead, adding that talks would resume in May.";

        List<SuggestedAttribution> found = suggester.suggest(text, List.of()).attributions();

        assertThat(found).extracting(a -> text(text, a.content().get(0)), a -> text(text, a.cue()), a -> text(text, a.source()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the deal was dead", "said", "The senator"),
                        org.assertj.core.groups.Tuple.tuple("talks would resume in May", "adding", "The senator"));
    }

    @Test
    void aClauseAndAnotherSourcesClauseInOneSentence() {
        String text = "He blamed the glitches on a cyber-attack but one expert told the BBC that was unlikely.";

        List<SuggestedAttribution> found = suggester.suggest(text, List.of()).attributions();

        assertThat(found).extracting(a -> text(text, a.content().get(0))).containsExactly("the glitches on a cyber-attack",
                "that was unlikely");
    }

    @Test
    void aQuotationBeforeItsSourceIsTheContentNotTheDayAfterTheCue() {
        String text = "\"It is a disgrace,\" Rep. Jane Holt (D-Ore.) said Friday.";

        SuggestedAttribution found = only(text);

        assertThat(text(text, found.content().get(0))).isEqualTo("\"It is a disgrace,\"");
        assertThat(text(text, found.source())).isEqualTo("Rep. Jane Holt (D-Ore.)");
    }

    @Test
    void newYorkTimesQuotationMarksAreQuotations() {
        String text = "''We are not giving up,'' Mr. Rivera said. ''Not now.''";

        SuggestedAttribution found = only(text);

        assertThat(found.content()).extracting(part -> text(text, part)).containsExactly("''We are not giving up,''", "''Not now.''");
        assertThat(text(text, found.source())).isEqualTo("Mr. Rivera");
        assertThat(found.speech()).isEqualTo(Speech.DIRECT);
    }

    @Test
    void aSourceWithAWhoClauseKeepsIt() {
        String text = "Nora Quinn, a former aide who travelled with her, said the visit went well.";

        assertThat(text(text, only(text).source())).isEqualTo("Nora Quinn, a former aide who travelled with her");
    }

    @Test
    void accordingToAndAColonAreCues() {
        String text = "According to the ministry, 40 people were injured.\nOrtiz: \"We will rebuild.\"";

        List<SuggestedAttribution> found = suggester.suggest(text, List.of()).attributions();

        assertThat(found).extracting(a -> text(text, a.cue()), a -> text(text, a.source()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("According to", "the ministry"),
                        org.assertj.core.groups.Tuple.tuple(":", "Ortiz"));
    }

    @Test
    void aPronounSourceRefersToTheLatestNamedSourceAndItsPerson() {
        Person musk = Person.named("Elon Musk", NOW);
        Person lim = Person.named("Anthony Lim", NOW);

        Suggestions suggestions = suggester.suggest(BBC, List.of(musk, lim));

        SuggestedAttribution blamed = withCue(BBC, suggestions, "blamed", "the glitches");
        assertThat(text(BBC, blamed.source())).isEqualTo("He");
        assertThat(text(BBC, blamed.referent())).isEqualTo("Mr Musk");
        assertThat(blamed.person().person()).isEqualTo(musk);
        SuggestedAttribution added = withCue(BBC, suggestions, "added", "it is possible");
        assertThat(added.person().person()).isEqualTo(lim);
        assertThat(added.person().kind()).isEqualTo(PersonMatch.Kind.SURNAME);
    }

    @Test
    void registeredPeopleAreFoundByNameAndAlias() {
        Person musk = Person.named("Elon Musk", NOW);
        Person trump = Person.named("Donald Trump", NOW).withAliases(List.of("POTUS"), NOW);

        List<SpeakerMention> mentions = suggester.suggest(BBC, List.of(musk, trump)).mentions();

        assertThat(mentions).extracting(mention -> text(BBC, mention.range())).contains("Elon Musk's", "Mr Musk", "Donald Trump",
                "Trump", "Musk");
        assertThat(mentions).filteredOn(mention -> text(BBC, mention.range()).equals("Mr Musk"))
                .allSatisfy(mention -> assertThat(mention.match().person()).isEqualTo(musk));
        assertThat(mentions).extracting(mention -> text(BBC, mention.range())).doesNotContain("Kamala Harris", "Anthony Lim");
        assertThat(suggester.suggest("POTUS spoke.", List.of(trump)).mentions()).singleElement()
                .satisfies(mention -> assertThat(mention.match().kind()).isEqualTo(PersonMatch.Kind.ALIAS));
    }

    @Test
    void twoPeopleWithTheSameSurnameAreLeftToTheResearcher() {
        Person elon = Person.named("Elon Musk", NOW);
        Person kimbal = Person.named("Kimbal Musk", NOW);

        List<SpeakerMention> mentions = suggester.suggest("Mr Musk said so. Kimbal Musk did not.", List.of(elon, kimbal)).mentions();

        assertThat(mentions).singleElement().satisfies(mention -> assertThat(mention.match().person()).isEqualTo(kimbal));
    }

    @Test
    void aSentenceWithoutACueGivesNothing() {
        assertThat(suggester.suggest("Mr Musk meanwhile has become an increasingly influential voice in politics.", List.of())
                .attributions()).isEmpty();
    }

    @Test
    void attributionsComeInTextOrderWithEveryPartInsideTheText() {
        List<SuggestedAttribution> found = suggester.suggest(BBC, List.of()).attributions();

        assertThat(found).hasSizeGreaterThanOrEqualTo(10);
        assertThat(found).extracting(attribution -> attribution.extent().start()).isSorted();
        assertThat(found).allSatisfy(attribution -> assertThat(attribution.extent().end()).isBetween(1, BBC.length()));
    }

    private SuggestedAttribution only(String text) {
        List<SuggestedAttribution> found = suggester.suggest(text, List.of()).attributions();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static SuggestedAttribution withCue(String text, Suggestions suggestions, String cue, String contentStart) {
        Optional<SuggestedAttribution> found = suggestions.attributions().stream()
                .filter(a -> a.cue() != null && text(text, a.cue()).equals(cue) && text(text, a.content().get(0)).startsWith(contentStart))
                .findFirst();
        assertThat(found).as("an attribution with the cue %s", cue).isPresent();
        return found.get();
    }

    static String text(String text, Range range) {
        return range == null ? null : text.substring(range.start(), range.end());
    }
}
