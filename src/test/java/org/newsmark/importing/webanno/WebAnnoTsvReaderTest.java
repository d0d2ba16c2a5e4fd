package org.newsmark.importing.webanno;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Codebook;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

class WebAnnoTsvReaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/webanno-tsv");

    @TempDir
    Path folder;

    private ProjectStore open() {
        return SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    private static CarriedWork read(String suiteCase) throws Exception {
        return WebAnnoTsvReferenceSuiteTest.read(WebAnnoTsvReferenceSuiteTest.SUITE.resolve(suiteCase).resolve("reference.tsv"))
                .read.get(0).carried();
    }

    @Test
    void aGumNewsDocumentIsReadWithEveryMentionStackedOrSpanningTokensAndItsCoreferenceReported() throws Exception {
        Path gum = FIXTURES.resolve("gum/GUM_news_worship.tsv");
        List<String> lines = Files.readAllLines(gum, StandardCharsets.UTF_8);
        // An independent count: the distinct disambiguation ids of the entity column are the mentions.
        Set<String> ids = new TreeSet<>();
        Pattern id = Pattern.compile("\\[(\\d+)\\]");
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length > 3 && fields[0].matches("\\d+-\\d+")) {
                Matcher matcher = id.matcher(fields[3]);
                while (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(gum));

            assertThat(report.importedCount()).isEqualTo(1);
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.title()).isEqualTo("GUM_news_worship");
            assertThat(article.text()).startsWith("Greek court rules worship of ancient Greek deities is legal\n")
                    .doesNotContain("Summary");
            List<Annotation> annotations = store.annotations(article.id());
            assertThat(annotations).hasSize(ids.size());
            Codebook codebook = store.codebook();
            Map<String, Long> byCategory = annotations.stream().collect(Collectors.groupingBy(
                    annotation -> codebook.pathName(codebook.category(annotation.categoryId()).orElseThrow()), Collectors.counting()));
            assertThat(byCategory).containsKeys("Referent \u203A organization", "Referent \u203A person", "Referent \u203A event");
            Annotation court = annotations.stream().filter(a -> a.text().equals("Greek court")).findFirst().orElseThrow();
            assertThat(codebook.pathName(codebook.category(court.categoryId()).orElseThrow())).isEqualTo("Referent \u203A organization");
            assertThat(court.attributes()).containsValue("new");
            assertThat(report.files().get(0).skipped()).anyMatch(skip -> skip.reason().startsWith("Coref relations (")
                    && skip.reason().contains("coref") && skip.reason().contains("were not kept"));
        }
    }

    @Test
    void stackedAndMultiTokenSpansOfOneLayerAreKeptApartAsSubCategoriesOfTheLayer() throws Exception {
        CarriedWork work = read("testMultiTokenStackedSpanWithFeatureValue");
        assertThat(work.spans()).extracting(span -> span.category() + " " + span.start() + "-" + span.end())
                .containsExactlyInAnyOrder("PERSON 0-16", "LOCATION 0-16");
        assertThat(work.hints().parents()).containsEntry("PERSON", "Span").containsEntry("LOCATION", "Span");
    }

    @Test
    void offsetsCountUtf16CodeUnitsSoAnEmojiTakesTwo() throws Exception {
        CollectingSink sink = WebAnnoTsvReferenceSuiteTest.read(WebAnnoTsvReferenceSuiteTest.SUITE.resolve("testSentenceWithEmoji")
                .resolve("reference.tsv"));
        String text = sink.read.get(0).draft().text();
        CarriedWork.Span span = sink.read.get(0).carried().spans().get(0);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("😊");
        assertThat(span.end() - span.start()).isEqualTo(2);
    }

    @Test
    void chainElementsKeepTheirChainAsAnAttributeAndTheLinksAreReported() throws Exception {
        CollectingSink sink = WebAnnoTsvReferenceSuiteTest.read(WebAnnoTsvReferenceSuiteTest.SUITE.resolve("testStackedChain")
                .resolve("reference.tsv"));
        CarriedWork work = sink.read.get(0).carried();
        assertThat(work.spans()).extracting(span -> span.attributes().get("chain")).containsOnly("1", "2");
        assertThat(work.links()).isEmpty();
        assertThat(sink.skipped).anyMatch(skip -> skip.reason().contains("2 SimpleLink chains"));
    }

    @Test
    void relationsWithoutAKindNewsmarkLinksAndSlotFeaturesAreReported() throws Exception {
        CollectingSink relation = WebAnnoTsvReferenceSuiteTest.read(WebAnnoTsvReferenceSuiteTest.SUITE
                .resolve("testSingleStackedNonTokenRelationWithoutFeatureValue").resolve("reference.tsv"));
        assertThat(relation.read.get(0).carried().links()).isEmpty();
        assertThat(relation.skipped).anyMatch(skip -> skip.where().equals("line 11") && skip.reason().contains("Relation relations"));
        CollectingSink slots = WebAnnoTsvReferenceSuiteTest.read(WebAnnoTsvReferenceSuiteTest.SUITE
                .resolve("testSimpleSlotFeature").resolve("reference.tsv"));
        assertThat(slots.skipped).anyMatch(skip -> skip.reason().contains("slot features"));
        assertThat(slots.read.get(0).carried().spans()).extracting(CarriedWork.Span::category)
                .contains("SimpleLinkHost", "SimpleSpan");
    }

    @Test
    void aLinkOfAKindNewsmarkKeepsIsReadFromARelationLayer() throws Exception {
        Path tsv = folder.resolve("linked.tsv");
        Files.writeString(tsv, String.join("\n", "#FORMAT=WebAnno TSV 3.2",
                "#T_SP=webanno.custom.Quote|kind",
                "#T_RL=webanno.custom.Link|label|BT_webanno.custom.Quote", "", "",
                "#Text=Musk said it was an attack .",
                "1-1\t0-4\tMusk\tSpeaker\t_\t_\t",
                "1-2\t5-9\tsaid\t_\t_\t_\t",
                "1-3\t10-12\tit\tClaim[1]\tattributed_to\t1-1[0_1]\t",
                "1-4\t13-16\twas\tClaim[1]\t_\t_\t",
                "1-5\t17-19\tan\tClaim[1]\t_\t_\t",
                "1-6\t20-26\tattack\tClaim[1]\t_\t_\t",
                "1-7\t27-28\t.\t_\t_\t_\t", ""), StandardCharsets.UTF_8);
        CollectingSink sink = WebAnnoTsvReferenceSuiteTest.read(tsv);
        CarriedWork work = sink.read.get(0).carried();
        assertThat(sink.skipped).isEmpty();
        assertThat(work.spans()).extracting(span -> span.category() + " " + span.start() + "-" + span.end())
                .containsExactly("Speaker 0-4", "Claim 10-26");
        assertThat(work.links()).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo("attributed_to");
            assertThat(link.from()).isEqualTo(work.spans().get(0).id());
        });
    }

    @Test
    void aBrokenHeaderATokenRowOutOfOrderOrTooFewColumnsRefuseTheFileAndNothingIsStored() throws Exception {
        Files.writeString(folder.resolve("header.tsv"), "#FORMAT=WebAnno TSV 3.3\n#T_SP=\n\n\n#Text=A .\n1-1\t0-1\tA\t_\t\n");
        Files.writeString(folder.resolve("order.tsv"), "#FORMAT=WebAnno TSV 3.3\n\n\n#Text=A b c .\n1-1\t0-1\tA\t\n"
                + "1-3\t4-5\tc\t\n1-2\t2-3\tb\t\n");
        Files.writeString(folder.resolve("columns.tsv"), "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n"
                + "#Text=A b .\n1-1\t0-1\tA\n");
        Files.writeString(folder.resolve("version.tsv"), "#FORMAT=WebAnno TSV 2\n\n#Text=A .\n1-1\t0-1\tA\n");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(folder.resolve("header.tsv"),
                    folder.resolve("order.tsv"), folder.resolve("columns.tsv"), folder.resolve("version.tsv")));

            assertThat(report.importedCount()).isZero();
            assertThat(store.articles()).isEmpty();
            assertThat(report.files()).allMatch(ImportReport.FileReport::failed);
            assertThat(report.files()).extracting(file -> file.skipped().get(0).reason()).satisfiesExactly(
                    reason -> assertThat(reason).startsWith("line 2: the header is broken"),
                    reason -> assertThat(reason).startsWith("line 6: token 1-3 at 4-5 is out of order"),
                    reason -> assertThat(reason).startsWith("line 6: the row has 3 fields"),
                    reason -> assertThat(reason).contains("WebAnno TSV 2").contains("3.1 to 3.3"));
        }
    }

    @Test
    void version31TextWasWrittenWithJavaEscapesAndIsReadBackSo() throws Exception {
        Path tsv = folder.resolve("old.tsv");
        Files.writeString(tsv, String.join("\n", "#FORMAT=WebAnno TSV 3.1",
                "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value", "", "",
                "#Text=Caf\\u00E9 \\\"Zo\\u00EB\\\" opens .",
                "1-1\t0-4\tCaf\u00E9\tORG[1]\t",
                "1-2\t5-6\t\"\t_\t",
                "1-3\t6-9\tZo\u00EB\tPER\t",
                "1-4\t9-10\t\"\t_\t",
                "1-5\t11-16\topens\t_\t",
                "1-6\t17-18\t.\t_\t", ""), StandardCharsets.UTF_8);
        CollectingSink sink = WebAnnoTsvReferenceSuiteTest.read(tsv);
        String text = sink.read.get(0).draft().text();
        assertThat(text).isEqualTo("Caf\u00E9 \"Zo\u00EB\" opens .");
        assertThat(sink.read.get(0).carried().spans()).extracting(span -> text.substring(span.start(), span.end())
                + " " + span.category()).containsExactly("Caf\u00E9 ORG", "Zo\u00EB PER");
    }

    @Test
    void aTsvFileThatIsATableStaysACollection() throws Exception {
        Path table = folder.resolve("articles.tsv");
        Files.writeString(table, "title\ttext\nA headline\tThe body of the article.\n");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(table));
            assertThat(report.files().get(0).format()).isEqualTo("csv");
            assertThat(report.importedCount()).isEqualTo(1);
        }
    }
}
