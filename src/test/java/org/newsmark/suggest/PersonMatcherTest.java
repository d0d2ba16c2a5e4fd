package org.newsmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmark.model.Person;
import org.newsmark.suggest.PersonMatch.Kind;

class PersonMatcherTest {

    private static final Instant NOW = Instant.parse("2024-08-13T09:00:00Z");
    private static final Person MUSK = Person.named("Elon Musk", NOW);
    private static final Person TRUMP = Person.named("Donald Trump", NOW);
    private static final Person LIM = Person.named("Anthony Lim", NOW);
    private static final Person HAY = Person.named("Andrew Hay", NOW);
    private static final Person HARRIS = Person.named("Kamala Harris", NOW).withAliases(List.of("Ms Harris"), NOW);
    private static final List<Person> REGISTRY = List.of(MUSK, TRUMP, LIM, HAY, HARRIS);

    private final PersonMatcher matcher = new PersonMatcher();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mr Musk | Elon Musk | SURNAME",
        "Musk | Elon Musk | SURNAME",
        "Elon Musk's | Elon Musk | EXACT",
        "elon musk | Elon Musk | EXACT",
        "mr musk | Elon Musk | SURNAME",
        "Anthony Lim | Anthony Lim | EXACT",
        "Mr Lim | Anthony Lim | SURNAME",
        "'Anthony Lim, Director of the Centre for Strategic Cyberspace and International Studies in Singapore' | Anthony Lim | EXACT",
        "Andrew Hay from IT firm Damovo | Andrew Hay | EXACT",
        "Trump | Donald Trump | SURNAME",
        "Republican presidential candidate Donald Trump | Donald Trump | EXACT",
        "Ms Harris | Kamala Harris | ALIAS",
        "Vice-President Kamala Harris | Kamala Harris | EXACT",
        "Harris' | Kamala Harris | ALIAS",
    })
    void mentionsMatchTheirPerson(String mention, String name, Kind kind) {
        List<PersonMatch> matches = matcher.rank(mention, REGISTRY, 5);

        assertThat(matches).extracting(match -> match.person().name(), PersonMatch::kind).containsExactly(tuple(name, kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"He", "she", "the billionaire", "one expert", "a spokesman for the Trump campaign",
        "Trump's campaign", "Elon", "Kamala Lim", "", "   "})
    void pronounsDescriptionsAndOtherNamesMatchNobody(String mention) {
        assertThat(matcher.rank(mention, REGISTRY, 5)).isEmpty();
    }

    @Test
    void fullNamesRankAboveAliasesAboveSurnames() {
        Person errol = Person.named("Errol Musk", NOW);
        Person muskAlias = Person.named("E. M. Tesla", NOW).withAliases(List.of("Musk"), NOW);
        Person musk = Person.named("Musk", NOW);
        List<Person> people = List.of(MUSK, errol, muskAlias, musk, TRUMP);

        List<PersonMatch> matches = matcher.rank("Mr Musk", people, 10);

        assertThat(matches).extracting(match -> match.person().name(), PersonMatch::kind).containsExactly(
                tuple("Musk", Kind.EXACT), tuple("E. M. Tesla", Kind.ALIAS), tuple("Elon Musk", Kind.SURNAME),
                tuple("Errol Musk", Kind.SURNAME));
        assertThat(matches).extracting(PersonMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void atMostTheAskedNumberOfMatchesAreReturned() {
        List<Person> musks = List.of(MUSK, Person.named("Errol Musk", NOW), Person.named("Kimbal Musk", NOW));

        assertThat(matcher.rank("Musk", musks, 2)).extracting(match -> match.person().name())
                .containsExactly("Elon Musk", "Errol Musk");
        assertThat(matcher.rank("Musk", musks, 0)).isEmpty();
        assertThat(matcher.rank(null, musks, 3)).isEmpty();
        assertThat(matcher.rank("Musk", List.of(), 3)).isEmpty();
    }

    @Test
    void initialsAccentsAndSuffixesAreNotCompared() {
        Person king = Person.named("Martin Luther King Jr.", NOW);
        Person zoe = Person.named("Zoë Ball", NOW);

        assertThat(matcher.rank("Dr. Martin Luther King", List.of(king), 1)).extracting(PersonMatch::kind).containsExactly(Kind.EXACT);
        assertThat(matcher.rank("Dr King", List.of(king), 1)).extracting(PersonMatch::kind).containsExactly(Kind.SURNAME);
        assertThat(matcher.rank("Zoe Ball", List.of(zoe), 1)).extracting(PersonMatch::kind).containsExactly(Kind.EXACT);
        assertThat(matcher.rank("Donald J. Trump", REGISTRY, 1)).extracting(PersonMatch::kind).containsExactly(Kind.EXACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mr Musk | Musk",
        "Elon Musk's | Elon Musk",
        "'Anthony Lim, Director of the Centre for Strategic Cyberspace and International Studies in Singapore' | Anthony Lim",
        "Andrew Hay from IT firm Damovo | Andrew Hay",
        "Florida Governor Ron DeSantis' | Ron DeSantis",
        "Vice-President Kamala Harris | Kamala Harris",
        "Professor Cres Eastman | Cres Eastman",
        "Undersecretary for Education Mr. Toccafondi | Toccafondi",
        "Minister of Education Stefania Giannini | Stefania Giannini",
        "'the Crown prosecutor, Mark Tedeschi, QC' | Mark Tedeschi",
        "Stephen King | Stephen King",
        "former president Donald J. Trump | Donald J. Trump",
    })
    void aCanonicalNameIsProposedFromAMention(String mention, String name) {
        assertThat(matcher.canonicalName(mention)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He", "the billionaire", "one expert", "a spokesman for the Trump campaign", "Trump's spokesman", "Mr", ""})
    void pronounsAndDescriptionsHaveNoCanonicalName(String mention) {
        assertThat(matcher.canonicalName(mention)).isEmpty();
    }
}
