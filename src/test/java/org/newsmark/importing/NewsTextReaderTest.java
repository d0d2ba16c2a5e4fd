package org.newsmark.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.model.ArticleDraft;
import org.newsmark.testing.Samples;

class NewsTextReaderTest {

    private final NewsTextReader reader = new NewsTextReader();

    @Test
    void theBbcReportHasHeadlineStandfirstAndOutletAndTheSourceLineIsNotInTheText() throws Exception {
        ArticleDraft article = reader.read(Samples.read(Samples.BBC), ArticleMetadata.NONE);

        assertThat(article.title()).isEqualTo("Musk hosts friendly chat with Trump on X after tech delays");
        assertThat(article.standfirst()).startsWith("Elon Musk's much-anticipated discussion").endsWith("marred by technical issues.");
        assertThat(article.source()).isEqualTo("BBC");
        assertThat(article.published()).isNull();
        assertThat(article.text())
                .startsWith(article.title() + "\n" + article.standfirst() + "\n")
                .endsWith("would continue to post more frequently on X.")
                .contains("a massive DDoS attack on X")
                .doesNotContain("-BBC");
    }

    @Test
    void theBbcTextIsTheFileWithoutItsSourceLine() throws Exception {
        String file = Samples.read(Samples.BBC);
        ArticleDraft article = reader.read(file, ArticleMetadata.NONE);
        assertThat(file).startsWith(article.text());
        assertThat(file.substring(article.text().length())).isEqualTo("\n-BBC");
    }

    static Stream<Path> wikinewsSamples() throws Exception {
        return Files.list(Samples.WIKINEWS).filter(path -> path.toString().endsWith(".txt")).sorted();
    }

    /** GUM's quote spans are offsets into the sample files; they must still point at the same words. */
    @ParameterizedTest
    @MethodSource("wikinewsSamples")
    void wikinewsSamplesKeepTheirTextSoPublishedOffsetsStillHold(Path file) throws Exception {
        Path metaFile = file.resolveSibling(file.getFileName().toString().replace(".txt", ".meta.json"));
        JsonNode meta = new ObjectMapper().readTree(metaFile.toFile());
        ArticleDraft article = reader.read(Samples.read(file), SidecarReader.read(Files.readAllBytes(metaFile)));

        assertThat(article.title()).isEqualTo(meta.get("title").asText());
        assertThat(article.url()).isEqualTo(meta.get("sourceURL").asText());
        assertThat(article.source()).isEqualTo("en.wikinews.org");
        assertThat(article.byline()).isEqualTo("Wikinews");
        assertThat(article.published()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(article.standfirst()).isNull();
        for (JsonNode span : meta.get("gum_quote_spans")) {
            assertThat(article.text().substring(span.get("start").asInt(), span.get("end").asInt()))
                    .isEqualTo(span.get("text").asText());
        }
    }

    @Test
    void aWikinewsDatelineBecomesThePublishedDate() throws Exception {
        ArticleDraft article = reader.read(Samples.read(Samples.WIKINEWS.resolve("GUM_news_afghan.txt")), ArticleMetadata.NONE);
        assertThat(article.published()).isEqualTo("2017-07-21");
        assertThat(article.text()).contains("Friday, July 21, 2017");
    }

    @Test
    void windowsLineEndingsBecomeLineFeeds() throws Exception {
        ArticleDraft article = reader.read("Headline\r\nStandfirst\r\nBody one.\r\nBody two.\r\n- Reuters\r\n", ArticleMetadata.NONE);
        assertThat(article.text()).isEqualTo("Headline\nStandfirst\nBody one.\nBody two.");
        assertThat(article.source()).isEqualTo("Reuters");
    }

    @Test
    void aSingleLineIsAHeadlineWithItsText() throws Exception {
        ArticleDraft article = reader.read("Just one line\n", ArticleMetadata.NONE);
        assertThat(article.title()).isEqualTo("Just one line");
        assertThat(article.text()).isEqualTo("Just one line");
    }

    @Test
    void aLastSentenceAfterADashStaysInTheText() throws Exception {
        ArticleDraft article = reader.read("Headline\nStandfirst\nBody.\n- The company declined to comment.", ArticleMetadata.NONE);
        assertThat(article.source()).isNull();
        assertThat(article.text()).endsWith("- The company declined to comment.");
        ArticleDraft long_ = reader.read("Headline\nStandfirst\nBody.\n- and then it rained on all of us", ArticleMetadata.NONE);
        assertThat(long_.source()).isNull();
        ArticleDraft outlet = reader.read("Headline\nStandfirst\nBody.\n\u2014 BBC News", ArticleMetadata.NONE);
        assertThat(outlet.source()).isEqualTo("BBC News");
    }

    @Test
    void aLoneDashLineIsTextNotAnOutlet() throws Exception {
        ArticleDraft article = reader.read("- BBC", ArticleMetadata.NONE);
        assertThat(article.source()).isNull();
        assertThat(article.text()).isEqualTo("- BBC");
    }

    @Test
    void whitespaceOnlyTextIsRefused() {
        assertThatThrownBy(() -> reader.read(" \n\t\n", ArticleMetadata.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("no text");
    }

    @Test
    void emptyBinaryAndWronglyEncodedFilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], StandardCharsets.UTF_8))
                .hasMessageContaining("empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png, StandardCharsets.UTF_8))
                .hasMessageContaining("binary");
        byte[] latin1 = "Caf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(latin1, StandardCharsets.UTF_8))
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("byte 3");
    }

    @Test
    void aNamedEncodingAndByteOrderMarksAreHonoured() throws Exception {
        byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(latin1, StandardCharsets.ISO_8859_1)).isEqualTo("Caf\u00e9 society");
        byte[] utf8WithBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextDecoder.decode(utf8WithBom, StandardCharsets.UTF_8)).isEqualTo("Hi");
        byte[] utf16 = "\uFEFFHeadline \u2014 caf\u00e9".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16, StandardCharsets.UTF_8)).isEqualTo("Headline \u2014 caf\u00e9");
    }

    @Test
    void aBrokenSidecarIsAClearError() {
        assertThatThrownBy(() -> SidecarReader.read("{\"title\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> SidecarReader.read("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a JSON object");
    }
}
