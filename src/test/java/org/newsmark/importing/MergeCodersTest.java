package org.newsmark.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.CoderFiles;
import org.newsmark.model.Annotation;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Merging coders' work: beside the project's own, once, people apart, bad files refused whole. */
class MergeCodersTest {

    @TempDir
    Path folder;

    private final CoderFiles files = new CoderFiles(List.of("ana", "ben"), 3, 11);

    private ImportReport importFiles(ProjectStore store, ImportOptions options, Path... paths) {
        return new CorpusImporter(store, ArticleReaders.all(), WebPages.NONE, store.coder())
                .run(java.util.Arrays.stream(paths).map(ImportInput::file).toList(), options, CorpusImporter.Progress.NONE, () -> false);
    }

    @Test
    void anotherCodersWorkIsAddedBesideTheProjectsOnce() {
        Path ana = files.write(folder, "ana");
        Path ben = files.write(folder, "ben");
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, ana);
            int anasAnnotations = count(store);
            ImportReport merged = importFiles(store, ImportOptions.DEFAULTS, ben);
            assertThat(merged.importedCount()).isZero();
            assertThat(merged.duplicateCount()).isEqualTo(3);
            assertThat(merged.files().get(0).merged().annotations()).isEqualTo(count(store) - anasAnnotations).isPositive();
            assertThat(merged.summary()).contains("merged into articles already there");
            assertThat(store.articleCoders().values()).allSatisfy(coders -> assertThat(coders).containsExactly("ana", "ben"));
            assertThat(store.codingsOfAllCoders(1)).extracting(coding -> coding.coder()).containsExactly("ana", "ben");

            int before = count(store);
            ImportReport again = importFiles(store, ImportOptions.DEFAULTS, ben);
            assertThat(count(store)).as("merging the same file twice adds nothing").isEqualTo(before);
            assertThat(again.files().get(0).merged().isEmpty()).isTrue();
            assertThat(again.files().get(0).merged().alreadyThere()).isPositive();
        }
    }

    @Test
    void aCodersProjectFileMergesWithEveryCodersWork() {
        Path anaProject = folder.resolve("ana.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(anaProject, OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, files.write(folder, "ana"));
        }
        Path mine = folder.resolve("mine.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(mine, OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, files.write(folder, "ben"));
            int bens = count(store);
            ImportReport report = importFiles(store, ImportOptions.DEFAULTS, anaProject);
            assertThat(report.files().get(0).format()).isEqualTo("newsmark");
            assertThat(report.skippedCount()).isZero();
            assertThat(count(store)).isGreaterThan(bens);
            assertThat(store.allLinks()).isNotEmpty();
            int merged = count(store);
            importFiles(store, ImportOptions.DEFAULTS, anaProject);
            assertThat(count(store)).isEqualTo(merged);

            ImportReport itself = importFiles(store, ImportOptions.DEFAULTS, mine);
            assertThat(itself.files().get(0).skipped().get(0).reason()).isEqualTo(
                    "it is this project itself; a project cannot be merged into itself");
        }
    }

    @Test
    void aSameTitledDifferentArticleRefusesTheWholeFile() throws Exception {
        Path ana = files.write(folder, "ana");
        String changed = Files.readString(ana).replace("The minister said", "The minister stated");
        Path ben = folder.resolve("ben-changed.jsonl");
        Files.writeString(ben, changed.replace("\"ana\"", "\"ben\""), StandardCharsets.UTF_8);
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, ana);
            int before = count(store);
            ImportReport report = importFiles(store, ImportOptions.DEFAULTS, ben);
            assertThat(report.importedCount()).isZero();
            assertThat(report.files().get(0).skipped().get(0).reason()).contains("has the title of article")
                    .contains("so it is a different article").contains("nothing of this file was merged");
            assertThat(count(store)).isEqualTo(before);
        }
    }

    @Test
    void twoCodersUnderOneNameAreToldApart() throws Exception {
        Path ana = files.write(folder, "ana");
        Path ben = files.write(folder, "ben");
        Path benAsAna = folder.resolve("ben-as-ana.jsonl");
        Files.writeString(benAsAna, Files.readString(ben).replace("\"ben\"", "\"ana\""), StandardCharsets.UTF_8);
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, ana);
            int before = count(store);
            ImportReport clash = importFiles(store, ImportOptions.DEFAULTS, benAsAna);
            assertThat(clash.files().get(0).skipped().get(0).reason()).contains("coder \u201Cana\u201D already has other annotations")
                    .contains("--annotator");
            assertThat(count(store)).isEqualTo(before);

            ImportReport renamed = importFiles(store, ImportOptions.DEFAULTS.withCoder("bea"), benAsAna);
            assertThat(renamed.skippedCount()).isZero();
            assertThat(store.annotations(1)).extracting(Annotation::annotator).contains("ana", "bea");
        }
    }

    @Test
    void peopleOfTwoCodersWithOneNameStayApart() throws Exception {
        String text = "Jane Doe said the bridge would reopen in spring.";
        String line = "{\"title\": \"Bridge\", \"text\": \"" + text + "\", \"annotations\": [{\"id\": \"%s\", "
                + "\"category\": \"Speaker\", \"start\": 0, \"end\": 8, \"annotator\": \"%s\", \"speaker\": \"%s\"}], "
                + "\"people\": [{\"id\": \"%s\", \"name\": \"Jane Doe\"}]}\n";
        String janeOfAna = "11111111-1111-4111-8111-111111111111";
        String janeOfBen = "22222222-2222-4222-8222-222222222222";
        Path ana = folder.resolve("a.jsonl");
        Files.writeString(ana, line.formatted("aaaaaaaa-1111-4111-8111-111111111111", "ana", janeOfAna, janeOfAna));
        Path ben = folder.resolve("b.jsonl");
        Files.writeString(ben, line.formatted("bbbbbbbb-1111-4111-8111-111111111111", "ben", janeOfBen, janeOfBen));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, ana, ben);
            assertThat(store.people()).extracting(person -> person.id().toString()).containsExactlyInAnyOrder(janeOfAna, janeOfBen);
        }
    }

    @Test
    void aCoderWhoMarkedNothingInAnArticleStillCodedIt() throws Exception {
        String record = "{\"title\": \"%s\", \"text\": \"%s\", \"annotations\": [%s], \"links\": []}\n";
        String span = "{\"id\": \"%s\", \"category\": \"Claim\", \"start\": 0, \"end\": 4, \"annotator\": \"%s\"}";
        Path ana = folder.resolve("ana.jsonl");
        Files.writeString(ana, record.formatted("One", "Rain is coming.", span.formatted("aaaaaaaa-0000-4000-8000-000000000001", "ana"))
                + record.formatted("Two", "Nothing to see here.", span.formatted("aaaaaaaa-0000-4000-8000-000000000002", "ana")));
        Path ben = folder.resolve("ben.jsonl");
        Files.writeString(ben, record.formatted("One", "Rain is coming.", span.formatted("bbbbbbbb-0000-4000-8000-000000000001", "ben"))
                + record.formatted("Two", "Nothing to see here.", ""));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            importFiles(store, ImportOptions.DEFAULTS, ana, ben);
            assertThat(store.articleCoders().get(2L)).as("ben's file is ben's; he found nothing in article 2")
                    .containsExactly("ana", "ben");
        }
    }

    private static int count(ProjectStore store) {
        return store.articles().stream().mapToInt(article -> article.annotationCount()).sum();
    }
}
