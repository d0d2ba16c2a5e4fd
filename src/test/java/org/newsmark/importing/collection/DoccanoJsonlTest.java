package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.importing.collection.CollectionFiles.source;
import static org.newsmark.importing.collection.CollectionFiles.write;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CarriedWork.Span;
import org.newsmark.importing.CarriedWork.SpanLink;
import org.newsmark.importing.CollectingSink;
import org.newsmark.model.ArticleDraft;

/** doccano's own example files (src/test/resources/fixtures/doccano, MIT) read as articles with their labels. */
class DoccanoJsonlTest {

    @TempDir
    Path folder;

    private final JsonlReader reader = new JsonlReader();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DoccanoJsonlTest.class.getResource("/fixtures/doccano/" + name).toURI());
    }

    private static List<String> marked(CollectingSink.Read read) {
        return read.carried().spans().stream()
                .map(span -> span.category() + ":" + read.draft().text().substring(span.start(), span.end())).toList();
    }

    @Test
    void sequenceLabelsBecomeSpansOfTheirLabel() throws Exception {
        CollectingSink sink = CollectingSink.readWith(reader, source(fixture("export_sequence_labeling.jsonl")));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.drafts()).extracting(ArticleDraft::title)
                .containsExactly("EU rejects German call to boycott British lamb.", "Peter Blackburn", "President Obama");
        assertThat(sink.read).extracting(DoccanoJsonlTest::marked).containsExactly(
                List.of("ORG:EU", "MISC:German"), List.of("PERSON:Peter Blackburn"), List.of("PERSON:Obama"));
        assertThat(sink.read.get(0).carried().spans().get(0))
                .isEqualTo(new Span(null, "ORG", 0, 2, "", null, Map.of(), null));
    }

    @Test
    void entitiesAndRelationsBecomeSpansAndLinksWhetherOnOneLineOrPrettyPrinted() throws Exception {
        CollectingSink oneLine = CollectingSink.readWith(reader, source(fixture("import_relation_extraction.jsonl")));
        CollectingSink pretty = CollectingSink.readWith(reader, source(fixture("export_relation_extraction.jsonl")));

        for (CollectingSink sink : List.of(oneLine, pretty)) {
            assertThat(sink.skipped).isEmpty();
            CollectingSink.Read google = sink.read.get(0);
            assertThat(google.where()).isEqualTo("line 1");
            assertThat(marked(google)).containsExactly("ORG:Google", "DATE:September 4, 1998", "PERSON:Larry Page",
                    "PERSON:Sergey Brin");
            assertThat(google.carried().spans()).extracting(Span::id).containsExactly("0", "1", "2", "3");
            assertThat(google.carried().links()).containsExactly(new SpanLink("foundedAt", "0", "1"),
                    new SpanLink("foundedBy", "0", "2"), new SpanLink("foundedBy", "0", "3"));
        }
        assertThat(pretty.read).hasSize(1);
        assertThat(pretty.read.get(0).carried()).isEqualTo(oneLine.read.get(0).carried());
    }

    @Test
    void textClassificationLabelsBecomeTheLabelCode() throws Exception {
        CollectingSink sink = CollectingSink.readWith(reader, source(fixture("export_text_classification.jsonl")));

        assertThat(sink.read).extracting(read -> read.carried().codes()).containsExactly(
                Map.of("label", "negative"), Map.of("label", "positive"), Map.of("label", "positive"));
        assertThat(sink.read).allSatisfy(read -> assertThat(read.carried().spans()).isEmpty());
    }

    @Test
    void aRecordWithoutTextIsSkippedAndAnEmptyLabelListCarriesNothing() throws Exception {
        CollectingSink sink = CollectingSink.readWith(reader, source(fixture("test_sequence_labeling.jsonl")));

        assertThat(sink.drafts()).extracting(ArticleDraft::text).containsExactly("exampleA", "exampleB");
        assertThat(marked(sink.read.get(0))).containsExactly("LOC:e");
        assertThat(sink.read.get(1).carried()).isEqualTo(CarriedWork.NONE);
        assertThat(sink.skipped).singleElement().extracting(skip -> skip.where() + " " + skip.reason())
                .isEqualTo("line 3 has no text: no field named text, body, content…; choose the text field (--map text=FIELD)");
    }

    @Test
    void theSameSpanTwiceIsKeptTwiceForTheProjectToMerge() throws Exception {
        CollectingSink sink = CollectingSink.readWith(reader, source(fixture("test_sequence_labeling_overlapping.jsonl")));

        assertThat(marked(sink.read.get(0))).containsExactly("LOC:e", "LOC:e");
    }

    @Test
    void offsetsAfterAnEmojiAreReadAsDoccanosEditorOrAsPythonCountsThem() throws Exception {
        // "👨🏻‍🚒" is four code points and seven UTF-16 units: doccano's editor marks "firetrucks" at 22–32,
        // a Python script at 19–29 (doccano issue #2290).
        String text = "\uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92 firemen drive firetrucks";
        Path file = write(folder, "emoji.jsonl",
                "{\"text\": \"" + text + "\", \"label\": [[8, 15, \"PERSON\"], [22, 32, \"VEHICLE\"]]}\n"
                        + "{\"text\": \"" + text + "\", \"label\": [[5, 12, \"PERSON\"], [19, 29, \"VEHICLE\"]]}\n"
                        + "{\"text\": \"" + text + "\", \"label\": [[0, 7, \"EMOJI\"], [16, 21, \"ACTION\"]]}\n"
                        + "{\"text\": \"" + text + "\", \"label\": [[0, 4, \"EMOJI\"], [13, 18, \"ACTION\"]]}\n");

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.read).extracting(DoccanoJsonlTest::marked).containsExactly(
                List.of("PERSON:firemen", "VEHICLE:firetrucks"), List.of("PERSON:firemen", "VEHICLE:firetrucks"),
                List.of("EMOJI:\uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92", "ACTION:drive"),
                List.of("EMOJI:\uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92", "ACTION:drive"));
    }

    @Test
    void labelsOutsideTheTextAreDroppedAndSaidSo() throws Exception {
        Path file = write(folder, "outside.jsonl", """
                {"text": "Short text.", "label": [[0, 5, "A"], [6, 40, "B"], [3, 2, "C"], "oops-not-a-span", [1, "x", "D"]]}
                """);

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(marked(sink.read.get(0))).containsExactly("A:Short");
        assertThat(sink.read.get(0).carried().codes()).containsEntry("label", "oops-not-a-span");
        assertThat(sink.skipped).extracting(skip -> skip.where() + " " + skip.reason()).containsExactly(
                "line 1, label 2 was dropped: its offsets 6–40 fall outside the text (11 characters)",
                "line 1, label 3 was dropped: its offsets 3–2 select nothing (the end must come after the start)",
                "line 1, label 5 was dropped: it is neither a label name nor [start, end, \"LABEL\"]");
    }
}
