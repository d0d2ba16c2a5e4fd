package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Importing and exporting other tools' formats from the command line, as a script does. */
class FormatCommandsTest {

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

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            // the hidden marker that says the folder is an export Newsmark may replace is left out
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aBratFolderImportsCreditedToTheAnnotatorNamedAndExportsToEveryFormat() throws Exception {
        assertThat(run("import", "--project", project(), "--format", "brat", "--annotator", "coder-7",
                "src/test/resources/fixtures/brat/news")).isEqualTo(1); // events and relations brat has and Newsmark not
        assertThat(out.toString()).contains("13 imported, 0 already in the project");
        try (ProjectStore store = SqliteProjectStore.open(Path.of(project()), OpenMode.READ_ONLY)) {
            assertThat(store.annotations(1)).extracting(Annotation::annotator).containsOnly("coder-7");
        }

        Path brat = folder.resolve("brat");
        assertThat(run("export", "--project", project(), "--format", "brat", "--out", brat.toString())).isZero();
        assertThat(err.toString()).contains("Exported 13 articles as brat to");
        assertThat(names(brat)).contains("000-introduction.ann", "000-introduction.txt", "annotation.conf", "visual.conf");

        Path tsv = folder.resolve("tsv");
        assertThat(run("export", "-p", project(), "-f", "webanno-tsv", "-o", tsv.toString(), "--article", "1", "--article", "3"))
                .isZero();
        assertThat(names(tsv)).containsExactly("000-introduction.tsv", "020-top_bar.tsv");
        assertThat(tsv.resolve(".newsmark-export")).content().contains("webanno-tsv");

        Path w3c = folder.resolve("w3c");
        assertThat(run("export", "-p", project(), "-f", "w3c", "-o", w3c.toString(), "--article", "1,2")).isZero();
        assertThat(names(w3c)).containsExactly("000-introduction.jsonld", "010-navigation.jsonld");

        assertThat(run("export", "-p", project(), "-f", "doccano", "--article", "1")).isZero();
        assertThat(out.toString().lines().toList()).singleElement().asString().contains("\"entities\"")
                .contains("\"label\":\"Organization\"").contains("Citibank");
    }

    @Test
    void theExportedFormatsReadBackOnTheCommandLine() throws Exception {
        assertThat(run("import", "-p", project(), "src/test/resources/fixtures/webanno-tsv/gum")).isEqualTo(1);
        for (String format : List.of("brat", "webanno-tsv", "w3c")) {
            Path export = folder.resolve(format);
            assertThat(run("export", "-p", project(), "-f", format, "-o", export.toString())).isZero();
            Path again = folder.resolve(format + ".newsmark");
            run("import", "-p", again.toString(), "--format", format, export.toString());
            assertThat(out.toString()).as(format).contains("2 imported, 0 already in the project");
        }
    }

    @Test
    void anUnknownFormatOrAFolderFormatWithoutAFolderIsWrongUsage() {
        assertThat(run("import", "-p", project(), "samples/bbc-musk-trump-x.txt")).isZero();
        assertThat(run("export", "-p", project(), "-f", "conll")).isEqualTo(2);
        assertThat(err.toString()).contains("there is no export format \"conll\"").contains("brat, webanno-tsv, w3c, doccano, jsonl");
        assertThat(run("export", "-p", project(), "-f", "brat")).isEqualTo(2);
        assertThat(err.toString()).contains("The brat export is a folder: name it with --out DIR.");
        assertThat(run("export", "-p", project(), "-f", "brat", "-o", folder.resolve("b").toString(), "--article", "9")).isEqualTo(1);
        assertThat(err.toString()).contains("There is no article 9");
        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("webanno-tsv (folder): WebAnno TSV 3.3").contains("doccano (file)");
    }
}
