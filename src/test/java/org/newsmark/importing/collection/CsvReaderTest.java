package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.importing.collection.CollectionFiles.source;
import static org.newsmark.importing.collection.CollectionFiles.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.FieldMapping;
import org.newsmark.importing.ImportException;
import org.newsmark.model.ArticleDraft;

class CsvReaderTest {

    @TempDir
    Path folder;

    private final CsvReader reader = new CsvReader();

    @Test
    void rowsAreArticlesNumberedAsASpreadsheetShowsThem() throws Exception {
        Path file = write(folder, "articles.csv", "title,text,source,date,url,author\r\n"
                + "Floods,\"Rivers rose overnight.\r\n\r\nResidents left, quickly.\",BBC,2024-03-01,https://bbc.example/1,Jane Doe\r\n"
                + "\r\n"
                + "\"Budget \"\"passed\"\"\",Parliament passed the budget.,Reuters,2024-03-02,,\r\n");

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("row 2", "row 4");
        assertThat(sink.drafts().get(0)).isEqualTo(new ArticleDraft("Floods", null, "BBC", "Jane Doe", "2024-03-01",
                "https://bbc.example/1", "Rivers rose overnight.\n\nResidents left, quickly."));
        assertThat(sink.drafts().get(1).title()).isEqualTo("Budget \"passed\"");
        assertThat(sink.drafts().get(1).url()).isNull();
    }

    @Test
    void raggedRowsAreSkippedSayingHowManyCellsTheyHave() throws Exception {
        Path file = write(folder, "ragged.csv", "id,title,text,source,date\n"
                + "1,One,First text.,BBC,2024\n"
                + "2,Two,Second text\n"
                + "3,Three,Third, text,BBC,2024\n"
                + "4,Four,Fourth text.,BBC,2024\n");

        CollectingSink sink = CollectingSink.readWith(reader, source(file));

        assertThat(sink.read).extracting(CollectingSink.Read::where).containsExactly("row 2", "row 5");
        assertThat(sink.skipped).extracting(skip -> skip.where() + " " + skip.reason())
                .containsExactly("row 3 has 3 cells, the header has 5", "row 4 has 6 cells, the header has 5");
    }

    @Test
    void aRowWithoutTextIsSkippedAndTheMappingNamesAnotherColumn() throws Exception {
        Path file = write(folder, "mapped.csv", "headline,para,text\nOne,The story.,\n");

        CollectingSink automatic = CollectingSink.readWith(reader, source(file));
        CollectingSink mapped = CollectingSink.readWith(reader, source(file, FieldMapping.parse("text=para")));

        assertThat(automatic.skipped).singleElement().extracting(skip -> skip.where() + " " + skip.reason())
                .isEqualTo("row 2 has no text: its column \"text\" is empty");
        assertThat(mapped.drafts()).extracting(ArticleDraft::title, ArticleDraft::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("One", "The story."));
    }

    @Test
    void aHeaderWithoutATextColumnIsRefusedListingTheColumns() {
        Path file = write(folder, "mediacloud.csv", "id,indexed_date,language,media_name,publish_date,title,url\n"
                + "1,2024-03-01,en,bbc.co.uk,2024-03-01,Floods,https://bbc.example/1\n");

        assertThatThrownBy(() -> reader.read(source(file), new CollectingSink())).isInstanceOf(ImportException.class)
                .hasMessage("no column holds the article text: no column named text, body, content…; choose the text "
                        + "column (--map text=COLUMN). The columns are \"id\", \"indexed_date\", \"language\", "
                        + "\"media_name\", \"publish_date\", \"title\", \"url\"");
        assertThatThrownBy(() -> reader.read(source(file, FieldMapping.parse("text=story_text")), new CollectingSink()))
                .hasMessageStartingWith("no column holds the article text: no column named \"story_text\"");
    }

    @Test
    void aFileWithoutAHeaderRowIsToldSo() {
        Path file = write(folder, "noheader.csv", "2024-03-01,https://bbc.example/1,Floods hit the north\n");

        assertThatThrownBy(() -> reader.read(source(file), new CollectingSink()))
                .hasMessageEndingWith("The first row looks like data rather than column names: a CSV file needs a header row");
    }

    @Test
    void anUnclosedQuoteRefusesTheFileBeforeAnyArticle() {
        Path file = write(folder, "unclosed.csv", "title,text\nOne,First.\nTwo,\"Second never ends.\nThree,Third.\n");
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> reader.read(source(file), sink))
                .hasMessage("row 3 (line 3) opens a quote that is never closed, so the rest of the file cannot be read; "
                        + "nothing was imported");
        assertThat(sink.read).isEmpty();
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFile() {
        Path file = write(folder, "stray.csv", "title,text\nOne,\"First\" said he.\n");

        assertThatThrownBy(() -> reader.read(source(file), new CollectingSink()))
                .hasMessageStartingWith("row 2 (line 2) has characters after the closing quote of a cell");
    }

    @Test
    void tabsForTsvSemicolonsWhenTheHeaderSaysSoAndAByteOrderMark() throws Exception {
        Path tsv = write(folder, "a.tsv", "title\ttext\nOne\tA text, with a comma.\n");
        Path semicolons = write(folder, "excel.csv", "\uFEFFtitel;text\nEins;Ein Text, mit Komma.\n");

        assertThat(CollectingSink.readWith(reader, source(tsv)).drafts()).extracting(ArticleDraft::text)
                .containsExactly("A text, with a comma.");
        assertThat(CollectingSink.readWith(reader, source(semicolons)).drafts()).extracting(ArticleDraft::text)
                .containsExactly("Ein Text, mit Komma.");
    }

    @Test
    void theChosenEncodingIsUsedStrictly() throws Exception {
        Charset windows = Charset.forName("windows-1252");
        Path latin = write(folder, "latin.csv", "title,text\nCaf\u00e9,\u201CQuoted\u201D text.\n".getBytes(windows));

        assertThat(CollectingSink.readWith(reader, source(latin, FieldMapping.AUTOMATIC, windows)).drafts())
                .extracting(ArticleDraft::title, ArticleDraft::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Caf\u00e9", "\u201CQuoted\u201D text."));
        assertThatThrownBy(() -> reader.read(source(latin), new CollectingSink()))
                .hasMessage("it is not valid UTF-8 text: bad bytes at line 2 (row 2), byte 15; save it as UTF-8 "
                        + "or name its encoding");
    }

    @Test
    void theFirstRowsShowTheirColumnsAndTheAutomaticChoice() throws Exception {
        Path file = write(folder, "preview.csv", "id,Headline,Body,Outlet\n1,One,First text.,BBC\n2,Two,Second text.,BBC\n"
                + "3,Three,Third text.,ITV\n");

        CollectionPreview preview = reader.preview(source(file), 2);

        assertThat(preview.records()).isEqualTo(2);
        assertThat(preview.fieldNames()).containsExactly("id", "Headline", "Body", "Outlet");
        assertThat(preview.fields().get(3).samples()).containsExactly("BBC");
        assertThat(preview.picked()).isEqualTo(new FieldMapping("Headline", null, "Body", "Outlet", null, null, null));
    }

    @Test
    void csvIsReadByItsExtensionOnly() {
        assertThat(reader.reads("A.CSV", new byte[0])).isTrue();
        assertThat(reader.reads("a.tsv", new byte[0])).isTrue();
        assertThat(reader.reads("a.json", "title,text".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
