package org.newsmark.importing.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

class BratReaderTest {

    static final Path TUTORIAL = Path.of("src/test/resources/fixtures/brat/news");

    @TempDir
    Path folder;

    private ProjectStore open() {
        return SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    /** brat offsets of a quote: code points, counted here with the JDK, not with Newsmark's converter. */
    static String offsets(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException(quote);
        }
        return text.codePointCount(0, start) + " " + text.codePointCount(0, start + quote.length());
    }

    private Path document(String name, String text, String ann) throws Exception {
        Path txt = folder.resolve(name + ".txt");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
        return txt;
    }

    private static Map<String, String> byText(ProjectStore store, Article article) {
        Codebook codebook = store.codebook();
        return store.annotations(article.id()).stream().collect(Collectors.toMap(Annotation::text,
                annotation -> codebook.category(annotation.categoryId()).orElseThrow().name(), (a, b) -> a + "+" + b));
    }

    @Test
    void bratsTutorialImportsEveryDocumentWithItsSpansNotesAndAttributesAndSaysWhatItCannotKeep() {
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(TUTORIAL));

            assertThat(report.importedCount()).isEqualTo(13);
            assertThat(report.files()).filteredOn(file -> file.file().endsWith(".ann")).isEmpty();
            Article introduction = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(introduction.title()).isEqualTo("000-introduction");
            assertThat(byText(store, introduction)).containsEntry("Citibank", "Organization")
                    .containsEntry("$100 million", "Money").containsEntry("moving", "Transfer-money")
                    .containsEntry("Raul Salinas de Gortari", "Person").containsEntry("Switzerland", "GPE").hasSize(7);
            List<Annotation> annotations = store.annotations(introduction.id());
            Annotation money = annotations.stream().filter(a -> a.text().equals("$100 million")).findFirst().orElseThrow();
            assertThat(money.note()).isEqualTo("100000000 USD");
            assertThat(introduction.text().substring(money.start(), money.end())).isEqualTo("$100 million");
            Codebook codebook = store.codebook();
            Annotation raul = annotations.stream().filter(a -> a.text().equals("Raul Salinas de Gortari")).findFirst().orElseThrow();
            assertThat(namedValues(codebook, raul)).containsEntry("Mention", "Name").containsEntry("Individual", "yes");
            Annotation moving = annotations.stream().filter(a -> a.text().equals("moving")).findFirst().orElseThrow();
            assertThat(namedValues(codebook, moving)).containsEntry("Confidence", "High");
            // annotation.conf nests Transfer-money under Transaction; visual.conf colours Person
            Category transfer = codebook.byName("Transfer-money").orElseThrow();
            assertThat(codebook.category(transfer.parentId()).orElseThrow().name()).isEqualTo("Transaction");
            assertThat(codebook.byName("Person").orElseThrow().color()).isEqualToIgnoringCase("#FF821C");

            List<String> skipped = report.files().stream().filter(file -> file.file().endsWith("000-introduction.txt"))
                    .flatMap(file -> file.skipped().stream()).map(s -> s.where() + ": " + s.reason()).toList();
            assertThat(skipped).anyMatch(s -> s.contains("line 4") && s.contains("E1") && s.contains("Transfer-money"))
                    .anyMatch(s -> s.contains("R2") && s.contains("Origin"))
                    .anyMatch(s -> s.contains("N1") && s.contains("normalisations"));
            Article empty = store.article(report.imported().get(1).articleId()).orElseThrow();
            assertThat(empty.title()).isEqualTo("010-navigation");
            assertThat(store.annotations(empty.id())).isEmpty();
        }
    }

    private static Map<String, String> namedValues(Codebook codebook, Annotation annotation) {
        Map<String, String> named = new java.util.HashMap<>();
        codebook.attributesOf(codebook.category(annotation.categoryId()).orElseThrow())
                .forEach(attribute -> {
                    if (annotation.attributes().containsKey(attribute.id())) {
                        named.put(attribute.name(), annotation.attributes().get(attribute.id()));
                    }
                });
        return named;
    }

    static final String ATTRIBUTION_TEXT = "Mr Musk 🚀 said the attack on 𝕏 was massive.\n"
            + "The company, a spokeswoman told the BBC, \u201Cwill recover\u201D and\n"
            + "will publish a report. According to sources, nothing was lost.";

    /** PolNeAR's way of writing attributions, on sentences of our own: triggers on the cues, a content in two parts. */
    static String attributionAnn(String text) {
        return String.join("\n",
                "T1\tSource " + offsets(text, "Mr Musk") + "\tMr Musk",
                "T2\tCue " + offsets(text, "said") + "\tsaid",
                "T3\tContent " + offsets(text, "the attack on 𝕏 was massive") + "\tthe attack on 𝕏 was massive",
                "T4\tAttribution " + offsets(text, "said") + "\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource " + offsets(text, "a spokeswoman") + "\ta spokeswoman",
                "T6\tCue " + offsets(text, "told the BBC") + "\ttold the BBC",
                "T7\tContent " + offsets(text, "The company") + ";" + offsets(text, "\u201Cwill recover\u201D")
                        + "\tThe company \u201Cwill recover\u201D",
                "T8\tAttribution " + offsets(text, "told the BBC") + "\ttold the BBC",
                "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7 Content2:T9",
                "T9\tContent " + offsets(text, "will publish a report") + "\twill publish a report",
                "T10\tCue " + offsets(text, "According to") + "\tAccording to",
                "T11\tContent " + offsets(text, "nothing was lost") + "\tnothing was lost",
                "T12\tAttribution-no-source " + offsets(text, "According to") + "\tAccording to",
                "E3\tAttribution-no-source:T12 Content:T11 Cue:T10",
                "#1\tAnnotatorNotes T7\tcontent split by the cue",
                "A1\tDirect T7",
                "") ;
    }

    @Test
    void anEventWithoutArgumentsThatRepeatsAnotherEventsTriggerIsReported() throws Exception {
        // As in a PolNeAR file: E21 "Attribution-no-source:T83" beside E22 on the same trigger with its content.
        String ann = attributionAnn(ATTRIBUTION_TEXT) + "E4\tAttribution-no-source:T12\n";
        Path txt = document("repeated", ATTRIBUTION_TEXT, ann);
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));

            assertThat(report.imported()).hasSize(1);
            assertThat(report.files().toString()).contains("E4 has no arguments and shares its trigger T12 with E3");
        }
    }

    @Test
    void attributionEventsBecomeLinksFromEachContentToItsSourceAndCueAndTriggersOnTheCueAreNotKept() throws Exception {
        Path txt = document("musk", ATTRIBUTION_TEXT, attributionAnn(ATTRIBUTION_TEXT));
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));

            assertThat(report.skippedCount()).isZero();
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.text()).isEqualTo(ATTRIBUTION_TEXT);
            assertThat(article.title()).isEqualTo("musk");
            List<Annotation> annotations = store.annotations(article.id());
            Map<UUID, Annotation> byId = annotations.stream().collect(Collectors.toMap(Annotation::id, a -> a));
            // 12 spans less 3 triggers on cues, plus the second fragment of T7
            assertThat(annotations).hasSize(10);
            assertThat(annotations).extracting(Annotation::text).doesNotHaveDuplicates()
                    .contains("the attack on 𝕏 was massive", "The company", "\u201Cwill recover\u201D");
            for (Annotation annotation : annotations) {
                assertThat(article.text().substring(annotation.start(), annotation.end())).isEqualTo(annotation.text());
            }
            List<String> links = store.links(article.id()).stream()
                    .map(link -> byId.get(link.from()).text() + " " + link.type().code() + " " + byId.get(link.to()).text())
                    .toList();
            assertThat(links).containsExactlyInAnyOrder(
                    "the attack on 𝕏 was massive attributed_to Mr Musk", "the attack on 𝕏 was massive cue said",
                    "The company attributed_to a spokeswoman", "The company cue told the BBC",
                    "\u201Cwill recover\u201D continues The company",
                    "will publish a report attributed_to a spokeswoman", "will publish a report cue told the BBC",
                    "nothing was lost cue According to");
            Codebook codebook = store.codebook();
            assertThat(codebook.byName("Attribution")).isEmpty();
            assertThat(codebook.byName("Source").orElseThrow().role()).isEqualTo(CategoryRole.SOURCE);
            assertThat(codebook.byName("Content").orElseThrow().role()).isEqualTo(CategoryRole.CONTENT);
            assertThat(codebook.byName("Cue").orElseThrow().role()).isEqualTo(CategoryRole.CUE);
            Annotation company = annotations.stream().filter(a -> a.text().equals("The company")).findFirst().orElseThrow();
            assertThat(company.note()).isEqualTo("content split by the cue");
            assertThat(namedValues(codebook, company)).containsEntry("Direct", "yes");
        }
    }

    @Test
    void offsetsCountCodePointsSoSpansAfterEmojiAndOtherWideCharactersLandOnTheirWords() throws Exception {
        String text = "👩\u200D👩\u200D👧 𝔘𝔫𝔦 said 😀😀 e\u0301lan 🇬🇧 end";
        String ann = "T1\tCue " + offsets(text, "said") + "\tsaid\n"
                + "T2\tWord " + offsets(text, "e\u0301lan") + "\te\u0301lan\n"
                + "T3\tWord " + offsets(text, "end") + "\tend\n"
                + "T4\tWord " + offsets(text, "👩\u200D👩\u200D👧") + "\t👩\u200D👩\u200D👧\n";
        assertThat(ann).contains("T1\tCue 10 14").contains("T3\tWord 27 30");
        assertThat(text.indexOf("said")).isEqualTo(16);
        Path txt = document("wide", text, ann);
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(report.skippedCount()).isZero();
            assertThat(store.annotations(article.id())).extracting(a -> text.substring(a.start(), a.end()))
                    .containsExactlyInAnyOrder("said", "e\u0301lan", "end", "👩\u200D👩\u200D👧");
        }
    }

    @Test
    void aTextWithWindowsLineEndsIsCountedAsBratReadsItWithUniversalNewlines() throws Exception {
        String text = "First line.\r\nSecond line said so.\r\nThird.";
        String asBrat = text.replace("\r\n", "\n");
        Path txt = document("crlf", text, "T1\tCue " + offsets(asBrat, "said") + "\tsaid\n"
                + "T2\tWord " + offsets(asBrat, "Third") + "\tThird\n");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.text()).isEqualTo(asBrat);
            assertThat(store.annotations(article.id())).extracting(Annotation::text).containsExactlyInAnyOrder("said", "Third");
        }
    }

    @Test
    void aToolThatCountedCarriageReturnsIsFollowedWhenItsSpansOnlyFitThatWay() throws Exception {
        String text = "First line.\r\nSecond line said so.\r\nThird.";
        Path txt = document("raw", text, "T1\tCue " + offsets(text, "said") + "\tsaid\nT2\tWord " + offsets(text, "Third")
                + "\tThird\n");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(report.skippedCount()).isZero();
            assertThat(article.text()).isEqualTo(text);
            assertThat(store.annotations(article.id())).extracting(Annotation::text).containsExactlyInAnyOrder("said", "Third");
        }
    }

    @Test
    void aByteOrderMarkCountsAsBratCountsItButIsNoPartOfTheArticle() throws Exception {
        String text = "Mr Musk said so.";
        Path txt = folder.resolve("marked.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[body.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(body, 0, marked, 3, body.length);
        Files.write(txt, marked);
        // brat's Python reads the mark as a character: "said" is at 9-13, not 8-12
        Files.writeString(folder.resolve("marked.ann"), "T1\tCue 9 13\tsaid\n", StandardCharsets.UTF_8);
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.text()).isEqualTo(text);
            assertThat(store.annotations(article.id())).extracting(Annotation::text).containsExactly("said");
        }
    }

    @Test
    void aSpanWhoseTextRunsOverLineBreaksReadsOnAsBratWroteIt() throws Exception {
        String text = "He said:\n\nIt is over. Then he left.";
        String quote = "It is over";
        String ann = "T1\tContent " + offsets(text, "He said:\n\nIt is over") + "\tHe said:\n\nIt is over\n"
                + "T2\tCue " + offsets(text, "said") + "\tsaid\n";
        Path txt = document("lines", text, ann);
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            assertThat(report.skippedCount()).isZero();
            assertThat(store.annotations(report.imported().get(0).articleId())).extracting(Annotation::text)
                    .containsExactlyInAnyOrder("He said:\n\n" + quote, "said");
        }
    }

    @Test
    void linesThatDoNotFitAreSkippedWithTheirLineNumberAndTheRestIsImported() throws Exception {
        String text = "Mr Musk said the attack was massive.";
        String ann = String.join("\n",
                "T1\tSource " + offsets(text, "Mr Musk") + "\tMr Musk",
                "T2 Cue 8 12 said",
                "T3\tContent 17 999\tthe attack was massive.",
                "T4\tContent " + offsets(text, "the attack") + "\tthe bomb",
                "T1\tCue 8 12\tsaid",
                "E1\tAttribution:T9 Content:T4 Source:T1",
                "T5\tCue eight twelve\tsaid",
                "A1\tNegated T77",
                "X1\tSomething",
                "");
        Path txt = document("bad", text, ann);
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));

            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(store.annotations(report.imported().get(0).articleId())).extracting(Annotation::text)
                    .containsExactly("Mr Musk");
            List<String> skipped = report.files().get(0).skipped().stream().map(s -> s.where() + ": " + s.reason()).toList();
            assertThat(skipped).anyMatch(s -> s.startsWith("bad.ann, line 2:") && s.contains("not an annotation"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 3:") && s.contains("fall outside the text"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 4:") && s.contains("\u201Cthe bomb\u201D") && s.contains("\u201Cthe attack\u201D"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 5:") && s.contains("defined twice"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 6:") && s.contains("T4"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 7:") && s.contains("offsets"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 8:") && s.contains("T77"))
                    .anyMatch(s -> s.startsWith("bad.ann, line 9:") && s.contains("X"));
        }
    }

    @Test
    void annotationsThatAreNotTextRefuseTheDocumentAndNothingOfItIsStored() throws Exception {
        Path txt = folder.resolve("broken.txt");
        Files.writeString(txt, "Mr Musk said so.", StandardCharsets.UTF_8);
        Files.write(folder.resolve("broken.ann"), new byte[] {'T', '1', '\t', (byte) 0xC3, (byte) 0x28, ' ', '0', ' ', '2'});
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));

            assertThat(report.importedCount()).isZero();
            assertThat(report.files().get(0).failed()).isTrue();
            assertThat(report.files().get(0).skipped().get(0).reason()).contains("broken.ann").contains("UTF-8");
            assertThat(store.articles()).isEmpty();
        }
    }

    @Test
    void anAnnWithoutItsTextIsSkippedWithTheReasonWhetherNamedOrFoundInAFolder() throws Exception {
        Files.writeString(folder.resolve("lonely.ann"), "T1\tCue 0 4\tsaid\n");
        document("pair", "He said so.", "T1\tCue 3 7\tsaid\n");
        try (ProjectStore store = open()) {
            ImportReport inFolder = new CorpusImporter(store).importPaths(List.of(folder));
            assertThat(inFolder.importedCount()).isEqualTo(1);
            assertThat(inFolder.files()).anyMatch(file -> file.file().endsWith("lonely.ann") && file.failed()
                    && file.skipped().get(0).reason().contains("lonely.txt is not beside it"));

            ImportReport named = new CorpusImporter(store).importPaths(List.of(folder.resolve("lonely.ann")));
            assertThat(named.files().get(0).failed()).isTrue();
            assertThat(named.files().get(0).skipped().get(0).reason()).contains("without their text");
        }
    }

    @Test
    void theAnnAndTheTxtDroppedTogetherImportTheDocumentOnce() throws Exception {
        Path txt = document("pair", "He said so.", "T1\tCue 3 7\tsaid\n");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(folder.resolve("pair.ann"), txt));
            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(report.duplicateCount()).isZero();
            assertThat(store.annotations(report.imported().get(0).articleId())).hasSize(1);
        }
    }

    @Test
    void aTextFileWithoutAnnotationsBesideItStaysAPlainTextArticle() throws Exception {
        Path txt = folder.resolve("story.txt");
        Files.writeString(txt, "Headline\n\nThe story.\n\n-BBC\n");
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            assertThat(report.files().get(0).format()).isEqualTo("text");
            assertThat(store.article(report.imported().get(0).articleId()).orElseThrow().source()).isEqualTo("BBC");
        }
    }

    @Test
    void linksOfTheKindsNewsmarkKeepsComeFromRelationLines() throws Exception {
        String text = "Background: the 2019 outage. Musk said it was an attack.";
        String ann = "T1\tContext " + offsets(text, "the 2019 outage") + "\tthe 2019 outage\n"
                + "T2\tClaim " + offsets(text, "it was an attack") + "\tit was an attack\n"
                + "R1\tAbout Arg1:T1 Arg2:T2\t\n";
        Path txt = document("about", text, ann);
        try (ProjectStore store = open()) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(txt));
            List<Link> links = store.links(report.imported().get(0).articleId());
            assertThat(links).extracting(Link::type).containsExactly(RelationType.ABOUT);
        }
    }
}
