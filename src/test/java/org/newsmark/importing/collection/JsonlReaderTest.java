package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmark.importing.collection.CollectionFiles.source;
import static org.newsmark.importing.collection.CollectionFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.FieldMapping;
import org.newsmark.model.ArticleDraft;

class JsonlReaderTest {

    @TempDir
    Path folder;

    private final JsonlReader reader = new JsonlReader();

    @Test
    void eachLineIsAnArticleWithItsPlaceAndItsMetadata() throws Exception {
        Path file = write(folder, "news.jsonl", """
                {"title": "Floods in the north", "text": "Rivers rose overnight.\\n\\nResidents left their homes.", "source": "BBC", "url": "https://bbc.example/1", "published": "2024-03-01", "author": "Jane Doe"}

                {"title": "Budget passed", "body": "Parliament passed the budget.", "outlet": "Reuters"}
                """);

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("line 1", "line 3");
        ArticleDraft floods = sink.drafts().get(0);
        assertThat(floods).isEqualTo(new ArticleDraft("Floods in the north", null, "BBC", "Jane Doe", "2024-03-01",
                "https://bbc.example/1", "Rivers rose overnight.\n\nResidents left their homes."));
        assertThat(sink.drafts().get(1).text()).isEqualTo("Parliament passed the budget.");
        assertThat(sink.drafts().get(1).source()).isEqualTo("Reuters");
    }

    @Test
    void newsApiArticlesKeepTheirSourceNameAuthorsAndDescription() throws Exception {
        Path file = write(folder, "newsapi.jsonl", """
                {"source": {"id": "bbc-news", "name": "BBC News"}, "author": ["Ann Lee", "Bo Chan"], "title": "Storm warning", "description": "Met Office issues amber alert", "url": "https://bbc.example/2", "publishedAt": "2024-03-02T06:00:00Z", "content": "Winds of 80mph are expected.", "rank": 3, "breaking": true}
                """);

        ArticleDraft draft = CollectingSink.readWith(reader, source(file)).drafts().get(0);

        assertThat(draft.source()).isEqualTo("BBC News");
        assertThat(draft.byline()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(draft.standfirst()).isEqualTo("Met Office issues amber alert");
        assertThat(draft.published()).isEqualTo("2024-03-02T06:00:00Z");
    }

    @Test
    void aDottedMappingReadsANestedFieldAndNumbersBecomeText() throws Exception {
        Path file = write(folder, "nested.jsonl", """
                {"meta": {"outlet": {"label": "Le Monde"}, "day": 20240301}, "doc": {"body": "Le texte."}, "score": 1.50}
                """);
        FieldMapping mapping = FieldMapping.parse("text=doc.body,source=meta.outlet.label,published=meta.day,byline=score");

        ArticleDraft draft = CollectingSink.readWith(reader, source(file, mapping)).drafts().get(0);

        assertThat(draft.text()).isEqualTo("Le texte.");
        assertThat(draft.source()).isEqualTo("Le Monde");
        assertThat(draft.published()).isEqualTo("20240301");
        assertThat(draft.byline()).isEqualTo("1.50");
    }

    @Test
    void aRecordWithoutATitleIsTitledByItsFirstLineCutAtAWord() throws Exception {
        String longLine = "The committee heard evidence from more than forty witnesses over three days of hearings "
                + "that ended late on Thursday evening in the capital";
        Path file = write(folder, "untitled.jsonl", "{\"text\": \"\\n  Short first line\\r\\nSecond line\"}\n"
                + "{\"text\": \"" + longLine + "\"}\n");

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.drafts().get(0).title()).isEqualTo("Short first line");
        assertThat(sink.drafts().get(0).text()).isEqualTo("Short first line\nSecond line");
        String title = sink.drafts().get(1).title();
        assertThat(title).hasSizeLessThanOrEqualTo(120).endsWith("…");
        assertThat(longLine).startsWith(title.substring(0, title.length() - 1));
        assertThat(longLine.charAt(title.length() - 1)).isEqualTo(' ');
    }

    @Test
    void aListOfParagraphsIsOneTextWithItsParagraphs() throws Exception {
        Path file = write(folder, "paragraphs.jsonl", "{\"title\": \"T\", \"text\": [\"First.\", \"Second.\"]}\n");

        assertThat(CollectingSink.readWith(reader, source(file)).drafts().get(0).text()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void badLinesAreSkippedWithTheirNumberAndReasonAndTheRestIsRead() throws Exception {
        byte[] good = "{\"text\": \"Good one.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(good);
        bytes.write("not json at all\n".getBytes());
        bytes.write("[1, 2]\n".getBytes());
        bytes.write("{\"text\": \"caf".getBytes());
        bytes.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
        bytes.write("{\"text\": \"cut\n".getBytes());
        bytes.write("{\"title\": \"no text here\"}\n".getBytes());
        bytes.write("{\"text\": \"   \"}\n".getBytes());
        bytes.write(good);
        Path file = write(folder, "mixed.jsonl", bytes.toByteArray());

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("line 1", "line 8");
        assertThat(sink.skipped).extracting(CollectingSink.Skip::where)
                .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6", "line 7");
        assertThat(sink.skipped.get(0).reason()).startsWith("is not JSON: unexpected word 'not'");
        assertThat(sink.skipped.get(1).reason()).isEqualTo("is not a JSON object but a list");
        assertThat(sink.skipped.get(2).reason()).startsWith("is not valid UTF-8 text (bad bytes at byte 14 of the line)");
        assertThat(sink.skipped.get(3).reason()).contains("closing quote is missing");
        assertThat(sink.skipped.get(4).reason())
                .isEqualTo("has no text: no field named text, body, content…; choose the text field (--map text=FIELD)");
        assertThat(sink.skipped.get(5).reason()).isEqualTo("has no text: its field \"text\" is empty");
        sink.skipped.forEach(skip -> CollectionFiles.assertReadable(skip.reason()));
    }

    @Test
    void prettyPrintedJsonUnderAJsonLinesNameIsReadAsJson() throws Exception {
        Path file = write(folder, "pretty.jsonl", """
                {
                    "text": "First record."
                }
                {
                    "text": "Second record."
                }
                """);

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("line 1", "line 4");
        assertThat(sink.drafts()).extracting(ArticleDraft::text).containsExactly("First record.", "Second record.");
    }

    @Test
    void jsonLinesAreRecognisedByNameOrByTheirFirstLines() {
        byte[] lines = "{\"text\": \"a\"}\n{\"text\": \"b\"}\n".getBytes();
        byte[] document = "[{\"text\": \"a\"},\n{\"text\": \"b\"}]".getBytes();

        assertThat(reader.reads("export.ndjson", document)).isTrue();
        assertThat(reader.reads("download", lines)).isTrue();
        assertThat(reader.reads("download", document)).isFalse();
        assertThat(reader.reads("articles.csv", lines)).isFalse();
        assertThat(new JsonReader().reads("download", document)).isTrue();
        assertThat(new JsonReader().reads("download", lines)).isFalse();
    }
}
