package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a script would use it: real files in, real project files, exit codes and output. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        return CommandLineRunner.run(windowsOpened::add, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String project() {
        return folder.resolve("study.newsmark").toString();
    }

    @Test
    void importCreatesTheProjectAndListShowsTheArticles() {
        assertThat(run("import", "--project", project(), "samples/bbc-musk-trump-x.txt", "samples/wikinews")).isZero();
        assertThat(out.toString()).contains("imported\t1\tsamples/bbc-musk-trump-x.txt\tMusk hosts friendly chat")
                .contains("11 imported, 0 already in the project, 0 skipped");

        out.getBuffer().setLength(0);
        assertThat(run("list", "--project", project())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(11);
        assertThat(lines.get(0)).isEqualTo("1\tMusk hosts friendly chat with Trump on X after tech delays\tBBC\t0");
    }

    @Test
    void aNewProjectCanStartWithTheMediaFramesCodebookOrACodebookFile() throws Exception {
        assertThat(run("import", "--project", project(), "--codebook", "media-frames", "samples/bbc-musk-trump-x.txt")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("codebook", "show", "--project", project())).isZero();
        assertThat(out.toString()).contains("Economic").contains("Primary frame").doesNotContain("Speaker");

        Path codebook = folder.resolve("frames.json");
        assertThat(run("codebook", "export", "--project", project(), "--format", "json", "--out", codebook.toString())).isZero();
        Path second = folder.resolve("second.newsmark");
        assertThat(run("import", "--project", second.toString(), "--codebook", codebook.toString(),
                "samples/bbc-musk-trump-x.txt")).isZero();
        out.getBuffer().setLength(0);
        run("codebook", "show", "--project", second.toString());
        assertThat(out.toString()).contains("Security and defense");

        assertThat(run("import", "--project", folder.resolve("third.newsmark").toString(), "--codebook", "poetry",
                "samples/bbc-musk-trump-x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("The codebook poetry cannot be used").contains("news-sourcing, media-frames");
        assertThat(folder.resolve("third.newsmark")).doesNotExist();
    }

    @Test
    void importingAgainReportsDuplicates() {
        run("import", "--project", project(), "samples/bbc-musk-trump-x.txt");
        out.getBuffer().setLength(0);
        assertThat(run("import", "-p", project(), "samples/bbc-musk-trump-x.txt")).isZero();
        assertThat(out.toString()).startsWith("duplicate\t1\t");
    }

    @Test
    void aBadFileFailsWithItsReasonWhileTheOthersImport() throws Exception {
        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        assertThat(run("import", "--project", project(), binary.toString(), "samples/bbc-musk-trump-x.txt")).isEqualTo(1);
        assertThat(err.toString()).contains("skipped\t" + binary + "\tit is a binary file, not text");
        assertThat(out.toString()).contains("1 imported, 0 already in the project, 1 skipped");
    }

    @Test
    void aWronglyEncodedFileCanBeImportedByNamingItsEncoding() throws Exception {
        Path latin1 = Files.write(folder.resolve("latin1.txt"),
                "Caf\u00e9 owners protest\nA second line.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("import", "--project", project(), latin1.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not valid UTF-8");
        assertThat(run("import", "--project", project(), "--encoding", "ISO-8859-1", latin1.toString())).isZero();
        assertThat(out.toString()).contains("Caf\u00e9 owners protest");
        assertThat(run("import", "--project", project(), "--encoding", "klingon", latin1.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown encoding: klingon");
    }

    @Test
    void exportWritesJsonLinesToStandardOutputOrAFile() throws Exception {
        run("import", "--project", project(), "samples/bbc-musk-trump-x.txt");
        out.getBuffer().setLength(0);
        assertThat(run("export", "--project", project(), "--format", "jsonl")).isZero();
        assertThat(out.toString()).startsWith("{\"id\":1,\"title\":\"Musk hosts").endsWith("}\n");

        Path file = folder.resolve("out.jsonl");
        assertThat(run("export", "--project", project(), "--format", "jsonl", "--out", file.toString())).isZero();
        assertThat(Files.readAllLines(file)).hasSize(1);
        assertThat(err.toString()).contains("Exported 1 article as jsonl to " + file);
    }

    @Test
    void exportNeverReplacesTheProjectItReads() throws Exception {
        run("import", "--project", project(), "samples/bbc-musk-trump-x.txt");
        byte[] before = Files.readAllBytes(Path.of(project()));

        assertThat(run("export", "--project", project(), "--format", "jsonl", "--out", project())).isEqualTo(1);
        assertThat(run("export", "--project", project(), "--format", "jsonl", "--out", project() + "-wal")).isEqualTo(1);
        assertThat(err.toString()).contains("that is the project file or one kept beside it");
        assertThat(Files.readAllBytes(Path.of(project()))).isEqualTo(before);
        assertThat(run("export", "--project", project(), "--format", "jsonl", "--out", project() + ".jsonl")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("list", "--project", project())).isZero();
        assertThat(out.toString()).startsWith("1\tMusk hosts");
    }

    @Test
    void outputThatCannotBeWrittenIsAnError() {
        run("import", "--project", project(), "samples/bbc-musk-trump-x.txt");
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        for (String[] command : new String[][] {{"list", "-p", project()}, {"export", "-p", project(), "-f", "jsonl"}}) {
            int exitCode = CommandLineRunner.run(windowsOpened::add, new PrintWriter(full), new PrintWriter(err, true), command);
            assertThat(exitCode).as(command[0]).isEqualTo(1);
        }
        assertThat(err.toString()).contains("newsmark: could not write the output");
    }

    @Test
    void listAndExportOfAMissingProjectFailAndCreateNothing() {
        assertThat(run("list", "--project", project())).isEqualTo(1);
        assertThat(run("export", "--project", project(), "--format", "jsonl")).isEqualTo(1);
        assertThat(err.toString()).contains("newsmark: There is no project at");
        assertThat(folder.resolve("study.newsmark")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAProjectIsLeftUnchanged() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "my notes");
        assertThat(run("import", "--project", notes.toString(), "samples/bbc-musk-trump-x.txt")).isEqualTo(1);
        assertThat(err.toString()).contains("notes.txt is not a Newsmark project").doesNotContain("Exception");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }

    @Test
    void anUnknownFormatOrMissingArgumentIsAUsageError() {
        run("import", "--project", project(), "samples/bbc-musk-trump-x.txt");
        assertThat(run("export", "--project", project(), "--format", "docx")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--format'").contains("jsonl");
        assertThat(run("import", "--project", project())).isEqualTo(2);
        assertThat(run("list")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--project=FILE'");
    }

    @Test
    void theExportHelpListsEveryFormat() {
        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("Formats:").contains("  jsonl (file)").contains("  brat (folder)")
                .contains("  csv (file)").contains("  html (file)");
    }

    @Test
    void aProjectFileAloneOpensTheWindowOnItAsADoubleClickDoes() {
        assertThat(run(project())).isZero();
        assertThat(windowsOpened).containsExactly(Path.of(project()));
    }

    @Test
    void aMistypedCommandIsAUsageErrorAndCreatesNothing() throws Exception {
        assertThat(run("lst", "--project", project())).isEqualTo(2);
        assertThat(run("lst")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown command or not a project file: 'lst'").contains("list");
        assertThat(windowsOpened).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "list", "export"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: newsmark " + command).contains("--project=FILE");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheNamedProject() {
        assertThat(run()).isZero();
        assertThat(run("--project", project())).isZero();
        assertThat(windowsOpened).containsExactly(null, Path.of(project()));
    }
}
