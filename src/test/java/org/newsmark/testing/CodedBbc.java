package org.newsmark.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.Change;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * A project with the BBC sample coded as a researcher codes it: three people (Donald Trump, Elon
 * Musk, Anthony Lim) with speaker mentions, Musk's claim and Lim's two expert quotes attributed to
 * their mentions.
 */
public final class CodedBbc {

    public static final String TRUMP = "Donald Trump";
    public static final String MUSK = "Elon Musk";
    public static final String LIM = "Anthony Lim";

    private CodedBbc() {
    }

    /** Creates the project at {@code file} and closes it. */
    public static void create(Path file) {
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            Article bbc = store.article(1).orElseThrow();
            Instant now = Instant.parse("2026-12-01T10:00:00Z");
            Person trump = Person.named(TRUMP, now);
            Person musk = Person.named(MUSK, now);
            Person lim = Person.named(LIM, now);
            long speaker = Annotations.category(store, "Speaker");
            long claim = Annotations.category(store, "Claim");
            long expertQuote = Annotations.category(store, "Expert quote");
            List<Change> changes = new ArrayList<>(List.of(new PersonChange(null, trump), new PersonChange(null, musk),
                    new PersonChange(null, lim)));
            mention(bbc, "Donald Trump", speaker, trump, changes);
            Annotation muskMention = mention(bbc, "Mr Musk blamed", speaker, musk, changes, "Mr Musk".length());
            Annotation limMention = mention(bbc, "Anthony Lim", speaker, lim, changes);
            Annotation ddos = Annotations.of(bbc, "a massive DDoS attack on X", claim);
            Annotation quote = Annotations.of(bbc, "A DDoS attack sends a very large number of signals to an online target to disrupt it",
                    expertQuote);
            Annotation unlikely = Annotations.of(bbc, "It is unlikely it would affect only one single service or feature on a website",
                    expertQuote);
            changes.addAll(List.of(AnnotationChange.create(ddos), AnnotationChange.create(quote), AnnotationChange.create(unlikely),
                    LinkChange.create(Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, ddos.id(), muskMention.id(), now)),
                    LinkChange.create(Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, quote.id(), limMention.id(), now)),
                    LinkChange.create(Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, unlikely.id(), limMention.id(), now))));
            store.apply(changes);
        }
    }

    private static Annotation mention(Article article, String quote, long speaker, Person person, List<Change> changes) {
        return mention(article, quote, speaker, person, changes, quote.length());
    }

    private static Annotation mention(Article article, String quote, long speaker, Person person, List<Change> changes, int length) {
        int start = article.text().indexOf(quote);
        Annotation mention = Annotations.at(article, start, start + length, speaker).withPerson(person.id(), Instant.parse("2026-12-01T10:00:00Z"));
        changes.add(AnnotationChange.create(mention));
        return mention;
    }
}
