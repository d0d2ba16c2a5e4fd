package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Concordance;
import org.newsmark.model.ConcordanceQuery;
import org.newsmark.model.Person;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.CodedBbc;

/** A concordance narrowed to a person: their mentions, and what is attributed to them. */
class ConcordanceByPersonTest {

    @TempDir
    Path folder;

    private static UUID person(ProjectStore store, String name) {
        return store.people().stream().filter(person -> person.name().equals(name)).map(Person::id).findFirst().orElseThrow();
    }

    private static ConcordanceQuery query(ProjectStore store, String category, String person) {
        return new ConcordanceQuery(Annotations.category(store, category), null, null, person(store, person), null);
    }

    @Test
    void theQuotesAndClaimsAttributedToAPersonAreTheirs() {
        Path file = folder.resolve("coded.newsmark");
        CodedBbc.create(file);
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            Concordance lim = store.concordance(query(store, "Expert quote", CodedBbc.LIM), 100);
            Concordance musk = store.concordance(query(store, "Claim", CodedBbc.MUSK), 100);
            Concordance trump = store.concordance(query(store, "Claim", CodedBbc.TRUMP), 100);
            Concordance speakers = store.concordance(query(store, "Speaker", CodedBbc.LIM), 100);

            assertThat(lim.lines()).extracting(line -> line.annotation().text()).containsExactly(
                    "A DDoS attack sends a very large number of signals to an online target to disrupt it",
                    "It is unlikely it would affect only one single service or feature on a website");
            assertThat(lim.total()).isEqualTo(2);
            assertThat(musk.lines()).extracting(line -> line.annotation().text()).containsExactly("a massive DDoS attack on X");
            assertThat(trump.lines()).isEmpty();
            assertThat(speakers.lines()).extracting(line -> line.annotation().text()).containsExactly("Anthony Lim");
        }
    }
}
