package org.newsmark.importing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictTextReaderTest {

    @Test
    void textReadsTheSameHoweverLittleIsAskedForAtATime() throws IOException {
        String text = "Caf\u00e9 \u00fcn\u00efc\u00f8d\u00e9 \uD83D\uDC4D\n".repeat(20_000);
        for (int chunk : new int[] {1, 3, 8192}) {
            StringBuilder read = new StringBuilder();
            try (Reader reader = reader(text.getBytes(StandardCharsets.UTF_8))) {
                char[] buffer = new char[chunk];
                for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
                    read.append(buffer, 0, n);
                }
                assertThat(reader.read(buffer, 0, chunk)).isEqualTo(-1);
            }
            assertThat(read.toString()).isEqualTo(text);
        }
    }

    @Test
    void badBytesAreFoundAtTheirLineAndByteAfterTheTextBeforeThem() throws IOException {
        byte[] bytes = "one\ntwo\nthr\u00e9e".getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder before = new StringBuilder();
        try (Reader reader = reader(bytes)) {
            char[] buffer = new char[100];
            int n = reader.read(buffer, 0, 100);
            before.append(buffer, 0, n);
            assertThatThrownBy(() -> reader.read(buffer, 0, 100)).isInstanceOfSatisfying(MalformedTextException.class,
                    e -> assertThat(e.describe("row 3")).isEqualTo("it is not valid UTF-8 text: bad bytes at line 3 "
                            + "(row 3), byte 12; save it as UTF-8 or name its encoding"));
        }
        assertThat(before.toString()).isEqualTo("one\ntwo\nthr");
    }

    private static Reader reader(byte[] bytes) {
        return new StrictTextReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 0);
    }
}
