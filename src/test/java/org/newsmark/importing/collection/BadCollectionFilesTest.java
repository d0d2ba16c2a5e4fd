package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsmark.importing.collection.CollectionFiles.assertReadable;
import static org.newsmark.importing.collection.CollectionFiles.source;
import static org.newsmark.importing.collection.CollectionFiles.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CollectingSink;
import org.newsmark.importing.ImportException;
import org.newsmark.model.ArticleDraft;

/** Files a researcher may hand over by mistake, and what each reader says of them. */
class BadCollectionFilesTest {

    private static final int MB = 1024 * 1024;
    private static final List<CollectionReader> READERS = List.of(new JsonReader(), new JsonlReader(), new CsvReader());
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path folder;

    @Test
    void anEmptyFileIsRefusedByEveryReader() {
        for (CollectionReader reader : READERS) {
            Path empty = write(folder, "empty." + reader.format(), new byte[0]);
            Path blank = write(folder, "blank." + reader.format(), "\n  \r\n\t\n");

            assertThatThrownBy(() -> reader.read(source(empty), new CollectingSink())).isInstanceOf(ImportException.class)
                    .hasMessage("the file is empty");
            assertThatThrownBy(() -> reader.read(source(blank), new CollectingSink()))
                    .hasMessage("the file is empty (it holds only blank space)");
        }
    }

    @Test
    void binaryDataIsRefusedByEveryReader() {
        for (CollectionReader reader : READERS) {
            Path image = write(folder, "photo." + reader.format(), PNG);

            assertThatThrownBy(() -> reader.read(source(image), new CollectingSink())).isInstanceOf(ImportException.class)
                    .hasMessage("it is a binary file, not text");
        }
    }

    @Test
    void invalidUtf8RefusesAJsonDocumentNamingItsLineAndByte() {
        byte[] start = "[{\"text\": \"One.\"},\n{\"text\": \"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 4];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '"';
        bytes[start.length + 2] = '}';
        bytes[start.length + 3] = ']';
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> new JsonReader().read(source(write(folder, "latin.json", bytes)), sink))
                .hasMessage("it is not valid UTF-8 text: bad bytes at line 2, byte " + (start.length + 1)
                        + "; save it as UTF-8 or name its encoding");
        assertThat(sink.read).isEmpty();
    }

    @Test
    void aRecordWhoseTextIs30MegabytesIsSkippedAndTheOthersRead() throws Exception {
        String huge = "word ".repeat(6 * MB);
        Path jsonl = write(folder, "huge.jsonl", "{\"text\": \"Before.\"}\n{\"text\": \"" + huge + "\"}\n{\"text\": \"After.\"}\n");
        Path json = write(folder, "huge.json", "[{\"text\": \"Before.\"}, {\"text\": \"" + huge + "\"}, {\"text\": \"After.\"}]");
        Path csv = write(folder, "huge.csv", "title,text\nB,Before.\nH," + huge + "\nA,After.\n");

        CollectingSink fromLines = CollectingSink.readWith(new JsonlReader(), source(jsonl));
        CollectingSink fromJson = CollectingSink.readWith(new JsonReader(), source(json));
        CollectingSink fromCsv = CollectingSink.readWith(new CsvReader(), source(csv));

        for (CollectingSink sink : List.of(fromLines, fromJson, fromCsv)) {
            assertThat(sink.drafts()).extracting(ArticleDraft::text).containsExactly("Before.", "After.");
            assertThat(sink.skipped).singleElement()
                    .satisfies(skip -> assertThat(skip.reason()).isEqualTo("is 30 MB; a record over 20 MB is not imported"));
        }
        assertThat(fromLines.skipped.get(0).where()).isEqualTo("line 2");
        assertThat(fromJson.skipped.get(0).where()).isEqualTo("[1]");
        assertThat(fromCsv.skipped.get(0).where()).isEqualTo("row 3");
    }

    @Test
    void aHugeSingleLineIsSkippedInJsonLinesWithoutHoldingIt() throws Exception {
        Path file = folder.resolve("oneline.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"text\": \"Before.\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "garbage without any line break ".repeat(32 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 120L * MB; written += chunk.length) {
                out.write(chunk);
            }
        }

        CollectingSink sink = CollectingSink.readWith(new JsonlReader(), source(file));

        assertThat(sink.drafts()).extracting(ArticleDraft::text).containsExactly("Before.");
        assertThat(sink.skipped).singleElement().extracting(skip -> skip.where() + " " + skip.reason())
                .isEqualTo("line 2 is 120 MB; a record over 20 MB is not imported");
    }

    @Test
    void aHugeSingleLineOfCsvWithAQuoteNeverClosedIsRefusedBeforeItFillsMemory() throws IOException {
        Path file = folder.resolve("runaway.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("title,text\nOne,First.\nTwo,\"Second".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = " and on and on".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 60L * MB; written += chunk.length) {
                out.write(chunk);
            }
        }
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> new CsvReader().read(source(file), sink))
                .hasMessage("row 3 runs on for more than 40 MB, most likely from a quote that is never closed; "
                        + "nothing was imported");
        assertThat(sink.read).isEmpty();
    }

    @Test
    void everyReasonIsWordsForAResearcher() throws Exception {
        Path lines = write(folder, "bad.jsonl", "{\"text\": \"ok\"}\n{'text': 1}\n{\"text\" 1}\n[1,\n\"x\"\n{\"a\": 01}\n");
        CollectingSink sink = CollectingSink.readWith(new JsonlReader(), source(lines));

        assertThat(sink.skipped).hasSize(5);
        sink.skipped.forEach(skip -> assertReadable(skip.reason()));
        for (String broken : List.of("[{\"text\": \"a\"} {\"text\": \"b\"}]", "[{\"text\": \"a\"}]]", "{\"text\": tru}", "[1, 2,]")) {
            Path file = write(folder, "broken.json", broken);
            assertThatThrownBy(() -> new JsonReader().read(source(file), new CollectingSink()))
                    .satisfies(e -> assertReadable(e.getMessage()));
        }
    }
}
