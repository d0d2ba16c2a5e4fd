package org.newsmark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsPhrasesPrefixesAlternativesAndExclusionsAreRead() {
        SearchQuery query = SearchQuery.parse("Musk \"DDoS attack\" elect* Trump OR Harris -opinion title:X");

        assertThat(query.clauses()).hasSize(6);
        assertThat(query.clauses().get(1).alternatives()).singleElement()
                .isEqualTo(new SearchQuery.Term(List.of("DDoS", "attack"), false, SearchQuery.Field.ANY));
        assertThat(query.clauses().get(2).alternatives().get(0).prefix()).isTrue();
        assertThat(query.clauses().get(3).alternatives()).extracting(term -> term.words().get(0)).containsExactly("Trump", "Harris");
        assertThat(query.clauses().get(4).excluded()).isTrue();
        assertThat(query.clauses().get(5).alternatives().get(0).field()).isEqualTo(SearchQuery.Field.TITLE);
        assertThat(query.wanted()).hasSize(6);
    }

    @Test
    void punctuationInAWordIsText() {
        assertThat(SearchQuery.parse("U.S. don't #MeToo").wanted()).extracting(SearchQuery.Term::words)
                .containsExactly(List.of("U", "S"), List.of("don", "t"), List.of("MeToo"));
    }

    @Test
    void lowerCaseOrAndNotAreWords() {
        assertThat(SearchQuery.parse("rock or roll not").clauses()).hasSize(4);
    }

    @Test
    void mistakesGetAMessageSayingWhatToTypeInstead() {
        assertThatThrownBy(() -> SearchQuery.parse("\"unclosed phrase")).isInstanceOf(InvalidQueryException.class)
                .hasMessage("A phrase is missing its closing quote: \"unclosed phrase\"");
        assertThatThrownBy(() -> SearchQuery.parse("OR Trump")).hasMessageContaining("OR needs something to look for on each side");
        assertThatThrownBy(() -> SearchQuery.parse("Trump OR")).hasMessageContaining("OR needs something to look for on each side");
        assertThatThrownBy(() -> SearchQuery.parse("*lection")).hasMessageContaining("A * goes at the end of a word");
        assertThatThrownBy(() -> SearchQuery.parse("-opinion")).hasMessageContaining("cannot be only words to leave out");
        assertThatThrownBy(() -> SearchQuery.parse("   ")).hasMessage("Type a word to search for.");
        assertThatThrownBy(() -> SearchQuery.parse("&& ---")).hasMessage("Type a word to search for.");
    }
}
