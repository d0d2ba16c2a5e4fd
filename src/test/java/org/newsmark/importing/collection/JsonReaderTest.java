package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.importing.collection.CollectionFiles.source;
import static org.newsmark.importing.collection.CollectionFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportException;
import org.newsmark.model.ArticleDraft;

class JsonReaderTest {

    @TempDir
    Path folder;

    private final JsonReader reader = new JsonReader();

    @Test
    void aListOfArticlesIsReadElementByElement() throws Exception {
        Path file = write(folder, "list.json", """
                [
                  {"headline": "One", "body": "First text."},
                  "a stray string",
                  {"headline": "Two", "body": "Second text."}
                ]
                """);

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("[0]", "[2]");
        assertThat(sink.drafts()).extracting(ArticleDraft::title).containsExactly("One", "Two");
        assertThat(sink.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.where()).isEqualTo("[1]");
            assertThat(skip.reason()).isEqualTo("is not a JSON object but a text");
        });
    }

    @Test
    void aNewsApiResponseHoldsItsArticlesInTheArticlesList() throws Exception {
        Path file = write(folder, "newsapi.json", """
                {"status": "ok", "totalResults": 2,
                 "articles": [
                   {"source": {"id": null, "name": "The Verge"}, "author": "Mia Sato", "title": "Chips", "description": "A chip story",
                    "url": "https://verge.example/chips", "urlToImage": null, "publishedAt": "2024-03-02T10:00:00Z",
                    "content": "Chipmakers said on Monday… [+2345 chars]"},
                   {"source": {"id": "bbc-news", "name": "BBC News"}, "author": null, "title": "Rain",
                    "description": null, "url": "https://bbc.example/rain", "publishedAt": "2024-03-03T08:00:00Z",
                    "content": "Rain is expected."}
                 ],
                 "note": "after the list"}
                """);

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("[0]", "[1]");
        assertThat(sink.drafts().get(0)).isEqualTo(new ArticleDraft("Chips", "A chip story", "The Verge", "Mia Sato",
                "2024-03-02T10:00:00Z", "https://verge.example/chips", "Chipmakers said on Monday… [+2345 chars]"));
        assertThat(sink.drafts().get(1).byline()).isNull();
    }

    @Test
    void theGuardiansResultsAreFoundOneObjectDown() throws Exception {
        Path file = write(folder, "guardian.json", """
                {"response": {"status": "ok", "total": 1, "results": [
                  {"id": "world/2024/mar/01/x", "webTitle": "Talks resume", "webUrl": "https://guardian.example/x",
                   "webPublicationDate": "2024-03-01T12:00:00Z",
                   "fields": {"trailText": "Negotiators meet again", "byline": "Ed Pilkington", "bodyText": "Talks resumed today."}}
                ]}}
                """);

        ArticleDraft draft = CollectingSink.readWith(reader, source(file)).drafts().get(0);

        assertThat(draft).isEqualTo(new ArticleDraft("Talks resume", "Negotiators meet again", null, "Ed Pilkington",
                "2024-03-01T12:00:00Z", "https://guardian.example/x", "Talks resumed today."));
    }

    @Test
    void anObjectWhoseTextComesBeforeItsListsIsOneRecord() throws Exception {
        Path file = write(folder, "one.json", """
                {"text": "Google was founded in 1998.", "entities": [{"id": 0, "start_offset": 0, "end_offset": 6, "label": "ORG"}]}
                """);

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.read).singleElement().satisfies(read -> {
            assertThat(read.where()).isEqualTo("line 1");
            assertThat(read.carried().spans()).extracting(span -> span.category()).containsExactly("ORG");
        });
    }

    @Test
    void aDocumentThatIsCutOffIsRefusedBeforeAnyArticleIsHandedOver() {
        Path file = write(folder, "cut.json", "[\n{\"text\": \"One.\"},\n{\"text\": \"Two.\"},\n{\"text\": \"Thr");
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> reader.read(source(file), sink)).isInstanceOf(ImportException.class)
                .hasMessage("it is not valid JSON at line 4, column 14: it ends inside a text value (a closing quote is "
                        + "missing): the file may be cut off; nothing was imported");
        assertThat(sink.read).isEmpty();
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsLineAndColumn() {
        Path file = write(folder, "broken.json", "[\n{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n]");

        assertThatThrownBy(() -> reader.read(source(file), new CollectingSink()))
                .hasMessage("it is not valid JSON at line 3, column 1: unexpected character '{': a comma is missing "
                        + "between two values; nothing was imported");
    }

    @Test
    void aFileWhoseRecordsHaveNoTextFieldIsRefusedListingItsFields() {
        Path file = write(folder, "gdelt.json", """
                {"articles": [{"url": "https://a.example", "title": "A", "seendate": "20240301T120000Z", "domain": "a.example"}]}
                """);

        assertThatThrownBy(() -> reader.read(source(file), new CollectingSink()))
                .hasMessage("no field holds the article text: no field named text, body, content…; choose the text field "
                        + "(--map text=FIELD). The fields of the first records are \"url\", \"title\", \"seendate\", \"domain\"");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        byte[] text = "[{\"text\": \"Caf\u00e9 society\"}]".getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);

        assertThat(CollectingSink.readWith(reader, source(write(folder, "u16.json", withMark))).drafts())
                .extracting(ArticleDraft::text).containsExactly("Caf\u00e9 society");
    }
}
