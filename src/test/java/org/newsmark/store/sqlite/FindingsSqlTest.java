package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.analysis.FindingsIndex;
import org.newsmark.analysis.VoiceRow;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Change;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.testing.Annotations;

/**
 * The SQL of docs/findings.md, run on a project with the awkward cases, gives the same quote and
 * article counts per outlet, speaker and type as the Voices table: the page and the code agree.
 */
class FindingsSqlTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TEXT = """
            Water plan
            "Bills will fall," said Jane Doe. Critics said the plan was rushed. Professor Ali Khan said reservoirs were small.
            A spokesman said the firm would appeal.""";

    @TempDir
    Path folder;

    private final List<Change> changes = new ArrayList<>();

    private Annotation tag(SqliteProjectStore store, Article article, String text, String category) {
        Annotation annotation = Annotations.of(article, text, Annotations.category(store, category));
        changes.add(AnnotationChange.create(annotation));
        return annotation;
    }

    private void link(Annotation from, Annotation to) {
        changes.add(LinkChange.create(Link.of(from.articleId(), RelationType.ATTRIBUTED_TO, from.id(), to.id(), NOW)));
    }

    @Test
    void theDocumentedQueryCountsWhatTheVoicesTableCounts() throws Exception {
        try (SqliteProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Person doe = new Person(UUID.randomUUID(), "Jane Doe", "politician", "", "", List.of(), NOW, NOW);
            Person untyped = new Person(UUID.randomUUID(), "Ali Khan", "", "", "", List.of(), NOW, NOW);
            store.apply(List.of(new PersonChange(null, doe), new PersonChange(null, untyped)));
            String[] outlets = {"BBC", "ITV", null, "  BBC "};
            for (int i = 0; i < outlets.length; i++) {
                long id = store.addArticle(new ArticleDraft("Water " + i, null, outlets[i], null, null, null,
                        TEXT + "\nNumber " + i)).id();
                Article article = store.article(id).orElseThrow();
                Annotation bills = tag(store, article, "\"Bills will fall,\"", "Claim");
                Annotation jane = tag(store, article, "Jane Doe", "Speaker").withPerson(doe.id(), NOW);
                changes.set(changes.size() - 1, AnnotationChange.create(jane));
                link(bills, jane);
                Annotation rushed = tag(store, article, "the plan was rushed", "Claim");
                Annotation critics = tag(store, article, "Critics", i % 2 == 0 ? "Citizen" : "Speaker");
                link(rushed, critics);
                link(bills, critics);
                Annotation small = tag(store, article, "reservoirs were small", "Expert quote");
                Annotation khan = tag(store, article, "Professor Ali Khan", i == 1 ? "Speaker" : "Expert")
                        .withPerson(untyped.id(), NOW);
                changes.set(changes.size() - 1, AnnotationChange.create(khan));
                link(small, khan);
                Annotation appeal = tag(store, article, "the firm would appeal", "Claim");
                Annotation spokesman = tag(store, article, "A spokesman", "Spokesperson");
                link(appeal, spokesman);
                if (i == 2) {
                    // the speaker end recategorised since: no longer a quote
                    changes.add(new AnnotationChange(spokesman, spokesman.withCategory(Annotations.category(store, "Context"), NOW)));
                }
            }
            store.apply(changes);

            Set<String> fromSql = new HashSet<>();
            try (Statement statement = store.connection().createStatement();
                 ResultSet rows = statement.executeQuery(documentedSql())) {
                while (rows.next()) {
                    fromSql.add(rows.getString("outlet") + " | " + rows.getString("speaker") + " | "
                            + rows.getString("speaker_type") + " | " + rows.getInt("quotes") + " | " + rows.getInt("articles"));
                }
            }
            Set<String> fromTable = new HashSet<>();
            for (VoiceRow row : new FindingsIndex(store.codebook(), store.people(), store.codedArticles())
                    .findings(CorpusFilter.NONE).voices()) {
                if (row.level() == VoiceRow.Level.SPEAKER && !row.allOutlets()) {
                    fromTable.add(row.outlet() + " | " + row.speaker() + " | " + row.speakerType() + " | " + row.quotes()
                            + " | " + row.articles());
                }
            }
            assertThat(fromTable).hasSizeGreaterThan(8);
            assertThat(fromSql).isEqualTo(fromTable);
        }
    }

    private static String documentedSql() throws Exception {
        String page = Files.readString(Path.of("docs", "findings.md"), StandardCharsets.UTF_8);
        String block = page.substring(page.indexOf("<!-- findings-sql -->"), page.indexOf("<!-- /findings-sql -->"));
        return block.substring(block.indexOf("```sql") + 6, block.lastIndexOf("```"));
    }
}
