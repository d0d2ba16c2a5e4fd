package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsmark import} over folders and {@code newsmark search}, as a script runs them. */
class SearchAndImportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CommandLineRunner.run(path -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String project() {
        return folder.resolve("study.newsmark").toString();
    }

    @Test
    void searchPrintsTheMatchingArticlesWithTheMatchMarked() {
        assertThat(run("import", "-p", project(), "-q", "samples/bbc-musk-trump-x.txt", "samples/wikinews")).isZero();

        assertThat(run("search", "-p", project(), "\"DDoS attack\"")).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("1\tMusk hosts friendly chat with Trump on X after tech delays\tBBC\t")
                .contains("\u00ABDDoS attack\u00BB"));
        assertThat(err.toString()).contains("1 article matches, best first.");

        assertThat(run("search", "-p", project(), "the", "--limit", "3")).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(err.toString()).contains("11 articles match, best first (first 3 shown).");

        assertThat(run("search", "-p", project(), "zebra")).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing matches.");
    }

    @Test
    void aMalformedSearchIsAMessageAndExitCodeTwo() {
        run("import", "-p", project(), "samples/bbc-musk-trump-x.txt");

        assertThat(run("search", "-p", project(), "\"DDoS attack")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("A phrase is missing its closing quote: \"DDoS attack\"");
        assertThat(run("search", "-p", project(), "*oS")).isEqualTo(2);
        assertThat(err.toString()).contains("A * goes at the end of a word");
    }

    @Test
    void recursiveImportSearchesSubFoldersAndQuietPrintsOnlyTheSummary() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus/2024/08"));
        Files.copy(Path.of("samples/bbc-musk-trump-x.txt"), corpus.resolve("bbc.txt"));

        assertThat(run("import", "-p", project(), folder.resolve("corpus").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the folder has no files Newsmark reads; 1 sub-folder was not searched");

        assertThat(run("import", "-p", project(), "--recursive", "--quiet", folder.resolve("corpus").toString())).isZero();
        assertThat(out.toString().lines()).containsExactly("1 imported, 0 already in the project, 0 skipped");
    }

    @Test
    void standardInputImportsAsOneArticle() {
        java.io.InputStream before = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Piped headline\n\nPiped text.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(run("import", "-p", project(), "-")).isZero();
        } finally {
            System.setIn(before);
        }
        assertThat(out.toString()).contains("imported\t1\tstandard input\tPiped headline");
    }

    @Test
    void anUnknownFormatOrABadMappingIsAUsageError() {
        assertThat(run("import", "-p", project(), "--map", "headline", "samples/bbc-musk-trump-x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("A mapping looks like title=headline,text=body");
        assertThat(run("import", "-p", project(), "--format", "pdf", "samples/bbc-musk-trump-x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("There is no format \"pdf\"; the formats are text");
        assertThat(folder.resolve("study.newsmark")).doesNotExist();
    }
}
