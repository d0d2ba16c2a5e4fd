package org.newsmark.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.analysis.VoiceRow.Level;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Person;

/** Who gets a voice, counted on small projects coded by hand, the awkward cases included. */
class VoicesTest {

    static final String WATER = """
            Ministers defend the new water plan
            "The plan will cut bills by a tenth," said Jane Doe, the environment minister.
            Critics said the plan was rushed. Professor Ali Khan told reporters that the reservoirs were too small.
            According to a spokesman, the company will appeal.""";

    @TempDir
    Path folder;

    private CodingFixture coding;

    @BeforeEach
    void open() {
        coding = new CodingFixture(folder);
    }

    @AfterEach
    void close() {
        coding.close();
    }

    private static Optional<VoiceRow> row(Findings findings, String outlet, Level level, String speaker, String type) {
        return findings.voices().stream().filter(row -> (outlet == null ? row.allOutlets() : !row.allOutlets()
                && outlet.equals(row.outlet())) && row.level() == level && row.speaker().equals(speaker)
                && row.speakerType().equals(type)).findFirst();
    }

    private static VoiceRow speaker(Findings findings, String name, String type) {
        return row(findings, null, Level.SPEAKER, name, type).orElseThrow(() -> new AssertionError(
                "no row for " + name + " as " + type + " in " + findings.voices()));
    }

    @Test
    void aQuoteAttributedToAPersonCountsForThePersonTheirTypeAndTheOutlet() {
        Article article = coding.article("BBC", "2024-05-02", WATER);
        Annotation quote = coding.tag(article, "\"The plan will cut bills by a tenth,\"", "Claim");
        Annotation doe = coding.tag(article, "Jane Doe", "Politician");
        coding.refer(doe, coding.person("Jane Doe", "politician"));
        coding.attribute(quote, doe);

        Findings findings = coding.findings();

        VoiceRow jane = speaker(findings, "Jane Doe", "politician");
        assertThat(jane.quotes()).isEqualTo(1);
        assertThat(jane.quotedWords()).isEqualTo(8);
        assertThat(jane.shareOfQuotes()).isEqualTo(1.0);
        assertThat(jane.articles()).isEqualTo(1);
        assertThat(jane.firstVoiceArticles()).isEqualTo(1);
        assertThat(jane.direct()).isEqualTo(1);
        assertThat(jane.indirect()).isZero();
        assertThat(jane.speakerId()).isNotEmpty();
        assertThat(row(findings, "BBC", Level.SPEAKER, "Jane Doe", "politician")).get()
                .extracting(VoiceRow::quotes).isEqualTo(1);
        assertThat(row(findings, "BBC", Level.SPEAKER_TYPE, "all", "politician")).get()
                .extracting(VoiceRow::quotes).isEqualTo(1);
        assertThat(row(findings, null, Level.OUTLET, "all", "all")).get().extracting(VoiceRow::quotes).isEqualTo(1);
        // one row per outlet and overall, for the speaker, the type and the outlet itself
        assertThat(findings.voices()).hasSize(6);
        assertThat(findings.voices().get(findings.voices().size() - 1).allOutlets()).isTrue();
    }

    @Test
    void aQuoteLinkedToTwoSourcesCountsOnceForEachAndOnceForTheOutlet() {
        Article article = coding.article("BBC", "2024-05-02", WATER);
        Annotation quote = coding.tag(article, "the reservoirs were too small", "Expert quote");
        Annotation khan = coding.tag(article, "Professor Ali Khan", "Expert");
        Annotation critics = coding.tag(article, "Critics", "Citizen");
        coding.attribute(quote, khan);
        coding.attribute(quote, critics);
        Annotation other = coding.tag(article, "the plan was rushed", "Claim");
        coding.attribute(other, critics);

        Findings findings = coding.findings();

        assertThat(speaker(findings, "Professor Ali Khan", "Expert").quotes()).isEqualTo(1);
        assertThat(speaker(findings, "Critics", "Citizen").quotes()).isEqualTo(2);
        VoiceRow outlet = row(findings, null, Level.OUTLET, "all", "all").orElseThrow();
        assertThat(outlet.quotes()).isEqualTo(2);
        assertThat(outlet.quotedWords()).isEqualTo(5 + 4);
        assertThat(speaker(findings, "Professor Ali Khan", "Expert").shareOfQuotes()).isEqualTo(0.5);
        assertThat(speaker(findings, "Critics", "Citizen").shareOfQuotes()).isEqualTo(1.0);
        // the claim "the plan was rushed" starts first: Critics are the first voice, and Khan, quoted later, is not
        assertThat(speaker(findings, "Critics", "Citizen").firstVoiceArticles()).isEqualTo(1);
        assertThat(speaker(findings, "Professor Ali Khan", "Expert").firstVoiceArticles()).isZero();
    }

    @Test
    void twoMentionsOfOnePersonForOneQuoteCountItOnce() {
        Article article = coding.article("BBC", null, WATER);
        Person doe = coding.person("Jane Doe", "politician");
        Annotation quote = coding.tag(article, "The plan will cut bills by a tenth", "Claim");
        Annotation name = coding.refer(coding.tag(article, "Jane Doe", "Speaker"), doe);
        Annotation title = coding.refer(coding.tag(article, "the environment minister", "Speaker"), doe);
        coding.attribute(quote, name);
        coding.attribute(quote, title);

        Findings findings = coding.findings();

        assertThat(speaker(findings, "Jane Doe", "politician").quotes()).isEqualTo(1);
        assertThat(findings.voices().stream().filter(row -> row.level() == Level.SPEAKER)).hasSize(2);
        assertThat(findings.voices().stream().filter(row -> row.level() == Level.SPEAKER && row.allOutlets())).hasSize(1);
    }

    @Test
    void aMentionWithoutAPersonIsAnUnregisteredSpeakerNamedByItsTextTypedByItsSubCategory() {
        Article first = coding.article("BBC", "2024-05-02", WATER);
        Annotation appeal = coding.tag(first, "the company will appeal", "Claim");
        coding.attribute(appeal, coding.tag(first, "a spokesman", "Spokesperson"));
        Annotation rushed = coding.tag(first, "the plan was rushed", "Claim");
        coding.attribute(rushed, coding.tag(first, "Critics", "Speaker"));
        Article second = coding.article("ITV", "2024-05-03", WATER + "\nAnother line.");
        Annotation again = coding.tag(second, "the company will appeal", "Claim");
        coding.attribute(again, coding.tag(second, "a spokesman", "Spokesperson"));

        Findings findings = coding.findings();

        VoiceRow spokesman = speaker(findings, "a spokesman", "Spokesperson");
        assertThat(spokesman.quotes()).isEqualTo(2);
        assertThat(spokesman.articles()).isEqualTo(2);
        assertThat(spokesman.speakerId()).isEmpty();
        assertThat(speaker(findings, "Critics", FindingsRules.UNKNOWN_TYPE).quotes()).isEqualTo(1);
        assertThat(row(findings, "ITV", Level.SPEAKER, "a spokesman", "Spokesperson")).get()
                .extracting(VoiceRow::shareOfQuotes).isEqualTo(1.0);
        assertThat(row(findings, "BBC", Level.SPEAKER, "a spokesman", "Spokesperson")).get()
                .extracting(VoiceRow::shareOfQuotes).isEqualTo(0.5);
    }

    @Test
    void thePersonsTypeComesBeforeTheMentionsSubCategory() {
        Article article = coding.article("BBC", null, WATER);
        Annotation quote = coding.tag(article, "the reservoirs were too small", "Expert quote");
        Annotation khan = coding.refer(coding.tag(article, "Professor Ali Khan", "Politician"), coding.person("Ali Khan", "expert"));
        coding.attribute(quote, khan);

        assertThat(speaker(coding.findings(), "Ali Khan", "expert").quotes()).isEqualTo(1);
    }

    @Test
    void aContentWithNoLinkIsAClaimButNotAQuote() {
        Article article = coding.article("BBC", null, WATER);
        coding.tag(article, "the plan was rushed", "Claim");
        Annotation cued = coding.tag(article, "the company will appeal", "Claim");
        coding.cue(cued, coding.tag(article, "According to", "Cue"));

        Findings findings = coding.findings();

        assertThat(findings.voices()).isEmpty();
        assertThat(findings.claims()).extracting(ClaimRow::speaker).containsExactly("unattributed", "unattributed");
        assertThat(findings.notes()).anyMatch(note -> note.startsWith("2 claims and quotes are attributed to no speaker"));
    }

    @Test
    void overlappingQuotesEachCountTheirOwnWordsAndBothCanBeTheFirstVoice() {
        Article article = coding.article("BBC", null, WATER);
        Annotation doe = coding.tag(article, "Jane Doe", "Politician");
        Annotation whole = coding.tag(article, "\"The plan will cut bills by a tenth,\"", "Claim");
        Annotation inner = coding.tag(article, "\"The plan will cut bills", "Claim");
        Annotation nested = coding.tag(article, "cut bills by a tenth", "Claim");
        coding.attribute(whole, doe);
        coding.attribute(inner, doe);
        Annotation khan = coding.tag(article, "Professor Ali Khan", "Expert");
        coding.attribute(nested, khan);

        Findings findings = coding.findings();

        VoiceRow jane = speaker(findings, "Jane Doe", "Politician");
        assertThat(jane.quotes()).isEqualTo(2);
        assertThat(jane.quotedWords()).isEqualTo(8 + 5);
        assertThat(jane.firstVoiceArticles()).isEqualTo(1);
        assertThat(speaker(findings, "Professor Ali Khan", "Expert").firstVoiceArticles()).isZero();
        assertThat(row(findings, null, Level.OUTLET, "all", "all").orElseThrow().quotedWords()).isEqualTo(8 + 5 + 5);
    }

    @Test
    void aPersonRenamedAfterCodingIsCountedUnderTheNewName() {
        Article article = coding.article("BBC", null, WATER);
        Person doe = coding.person("J. Doe", "politician");
        Annotation quote = coding.tag(article, "The plan will cut bills by a tenth", "Claim");
        coding.attribute(quote, coding.refer(coding.tag(article, "Jane Doe", "Speaker"), doe));
        assertThat(speaker(coding.findings(), "J. Doe", "politician").quotes()).isEqualTo(1);

        coding.apply(new org.newsmark.model.PersonChange(doe, doe.withDetails("Jane Doe", "minister", "", "", CodingFixture.NOW)));

        Findings findings = coding.findings();
        assertThat(speaker(findings, "Jane Doe", "minister").quotes()).isEqualTo(1);
        assertThat(findings.voices()).noneMatch(row -> row.speaker().equals("J. Doe"));
        assertThat(findings.claims()).singleElement().extracting(ClaimRow::speaker).isEqualTo("Jane Doe");
    }

    @Test
    void peopleMergedAfterCodingCountAsOne() {
        Article article = coding.article("BBC", null, WATER);
        Person jane = coding.person("Jane Doe", "politician");
        Person minister = coding.person("The minister", "");
        Annotation quote = coding.tag(article, "The plan will cut bills by a tenth", "Claim");
        Annotation byName = coding.refer(coding.tag(article, "Jane Doe", "Speaker"), jane);
        coding.attribute(quote, byName);
        Annotation rushed = coding.tag(article, "the plan was rushed", "Claim");
        Annotation byTitle = coding.refer(coding.tag(article, "the environment minister", "Politician"), minister);
        coding.attribute(rushed, byTitle);
        assertThat(coding.findings().voices().stream().filter(row -> row.level() == Level.SPEAKER && row.allOutlets())).hasSize(2);

        // what merging does: every mention of the one becomes the other's, whose names it keeps as aliases
        coding.apply(List.of(new org.newsmark.model.AnnotationChange(byTitle, byTitle.withPerson(jane.id(), CodingFixture.NOW)),
                new org.newsmark.model.PersonChange(jane, jane.withAliases(List.of("The minister"), CodingFixture.NOW)),
                new org.newsmark.model.PersonChange(minister, null)));

        Findings findings = coding.findings();
        assertThat(findings.voices().stream().filter(row -> row.level() == Level.SPEAKER && row.allOutlets()))
                .singleElement().satisfies(row -> {
                    assertThat(row.speaker()).isEqualTo("Jane Doe");
                    assertThat(row.quotes()).isEqualTo(2);
                    assertThat(row.speakerType()).isEqualTo("politician");
                });
    }

    @Test
    void aLinkWhoseSpeakerEndWasRecategorisedNoLongerCounts() {
        Article article = coding.article("BBC", null, WATER);
        Annotation quote = coding.tag(article, "the reservoirs were too small", "Expert quote");
        Annotation khan = coding.tag(article, "Professor Ali Khan", "Expert");
        coding.attribute(quote, khan);
        coding.recategorise(khan, "Context");

        Findings findings = coding.findings();

        assertThat(findings.voices()).isEmpty();
        assertThat(findings.claims()).singleElement().extracting(ClaimRow::speaker).isEqualTo("unattributed");
        assertThat(findings.notes()).anyMatch(note -> note.startsWith("1 attribution link joins"));
    }

    @Test
    void directByTheAttributeElseByAQuotationMarkAtEitherEnd() {
        Article article = coding.article("BBC", null, WATER);
        Annotation khan = coding.tag(article, "Professor Ali Khan", "Expert");
        Annotation markedButIndirect = coding.withAttribute(coding.tag(article, "\"The plan will cut bills by a tenth,\"",
                "Expert quote"), "Direct or indirect", "indirect");
        Annotation plainButDirect = coding.withAttribute(coding.tag(article, "the reservoirs were too small", "Expert quote"),
                "Direct or indirect", "direct");
        Annotation marked = coding.tag(article, "The plan will cut bills by a tenth,\"", "Claim");
        Annotation plain = coding.tag(article, "the company will appeal", "Claim");
        for (Annotation quote : List.of(markedButIndirect, plainButDirect, marked, plain)) {
            coding.attribute(quote, khan);
        }

        VoiceRow row = speaker(coding.findings(), "Professor Ali Khan", "Expert");

        assertThat(row.quotes()).isEqualTo(4);
        assertThat(row.direct()).isEqualTo(2);
        assertThat(row.indirect()).isEqualTo(2);
        assertThat(coding.findings().claims()).extracting(ClaimRow::text, ClaimRow::form).containsExactly(
                org.assertj.core.groups.Tuple.tuple("\"The plan will cut bills by a tenth,\"", "indirect"),
                org.assertj.core.groups.Tuple.tuple("The plan will cut bills by a tenth,\"", "direct"),
                org.assertj.core.groups.Tuple.tuple("the reservoirs were too small", "direct"),
                org.assertj.core.groups.Tuple.tuple("the company will appeal", "indirect"));
    }

    @Test
    void sharesAreOfTheOutletsQuotesAndTheScopeIsTheCorpusFilter() {
        for (int i = 0; i < 3; i++) {
            Article article = coding.article(i < 2 ? "BBC" : "ITV", "2024-0" + (i + 1) + "-10", WATER + "\nNumber " + i + ".");
            Annotation quote = coding.tag(article, "The plan will cut bills by a tenth", "Claim");
            coding.attribute(quote, coding.tag(article, "Jane Doe", "Politician"));
            if (i == 0) {
                Annotation rushed = coding.tag(article, "the plan was rushed", "Claim");
                coding.attribute(rushed, coding.tag(article, "Critics", "Citizen"));
            }
        }

        Findings all = coding.findings();
        assertThat(row(all, "BBC", Level.SPEAKER_TYPE, "all", "Politician").orElseThrow().shareOfQuotes())
                .isCloseTo(2.0 / 3, within(1e-12));
        assertThat(row(all, "ITV", Level.SPEAKER_TYPE, "all", "Politician").orElseThrow().shareOfQuotes()).isEqualTo(1.0);
        assertThat(row(all, null, Level.SPEAKER_TYPE, "all", "Politician").orElseThrow().quotes()).isEqualTo(3);
        assertThat(row(all, null, Level.SPEAKER_TYPE, "all", "Politician").orElseThrow().shareOfQuotes()).isEqualTo(0.75);

        Findings spring = coding.findings(CorpusFilter.NONE.withDates("2024-02", "2024-03"));
        assertThat(spring.articlesInScope()).isEqualTo(2);
        assertThat(row(spring, null, Level.OUTLET, "all", "all").orElseThrow().quotes()).isEqualTo(2);
        Findings itv = coding.findings(CorpusFilter.NONE.withOutlet("ITV"));
        assertThat(itv.voices()).allMatch(row -> row.allOutlets() || "ITV".equals(row.outlet()));
    }

    @Test
    void anEmptyProjectAndAFilterThatMatchesNothingGiveEmptyTablesWithAReason() {
        Findings empty = coding.findings();
        assertThat(empty.voices()).isEmpty();
        assertThat(empty.claims()).isEmpty();
        assertThat(empty.codes()).isEmpty();
        assertThat(empty.notes()).singleElement().asString().startsWith("This project has no articles yet");

        coding.article("BBC", null, WATER);
        Findings none = coding.findings(CorpusFilter.NONE.withOutlet("Nobody"));
        assertThat(none.voices()).isEmpty();
        assertThat(none.notes()).singleElement().asString().startsWith("No article matches the corpus filter");
    }
}
