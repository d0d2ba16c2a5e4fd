package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CodebookJsonReader;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** {@code newsmark codebook} as a script uses it: real project files, exit codes, standard output and files. */
class CodebookCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineRunner.run(project -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path project(CodebookDraft codebook) {
        Path file = folder.resolve("study.newsmark");
        SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN, codebook).close();
        return file;
    }

    @Test
    void exportAsJsonWritesTheCodebookToStandardOutputUnderItsName() throws Exception {
        Path project = project(Codebooks.newsSourcing());
        assertThat(run("codebook", "export", "--project", project.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).startsWith("{\n  \"format\" : \"newsmark-codebook\",\n  \"version\" : 1,\n"
                + "  \"name\" : \"News sourcing\",\n");
        assertThat(new CodebookJsonReader().read(out.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Codebooks.newsSourcing());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exportToAFileWritesItWholeAndSaysSo() throws Exception {
        Path project = project(Codebooks.mediaFrames());
        Path file = folder.resolve("frames.json");
        Files.writeString(file, "an older export");
        assertThat(run("codebook", "export", "-p", project.toString(), "-f", "json", "--out", file.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("Exported the codebook \"Media frames\" (15 categories) to " + file + "\n");
        assertThat(new CodebookJsonReader().read(file)).isEqualTo(Codebooks.mediaFrames());
        assertThat(folder.resolve("frames.json.part")).doesNotExist();
    }

    @Test
    void exportAsQdcWritesARefiQdaCodebook() throws Exception {
        Path project = project(Codebooks.newsSourcing());
        assertThat(run("codebook", "export", "-p", project.toString(), "-f", "qdc")).isZero();
        assertThat(out.toString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Newsmark\">\n").endsWith("</CodeBook>\n");
        assertThat(out.toString()).contains("name=\"Politician\" isCodable=\"true\" color=\"#2B83C6\"");

        Path file = folder.resolve("study.qdc");
        assertThat(run("codebook", "export", "-p", project.toString(), "-f", "qdc", "-o", file.toString())).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(out.toString());
    }

    @Test
    void exportNeverReplacesTheProjectOrTheFilesBesideIt() throws Exception {
        Path project = project(Codebooks.newsSourcing());
        byte[] before = Files.readAllBytes(project);
        for (String target : List.of(project.toString(), project + "-wal", project + ".lock", project + ".v1.bak")) {
            assertThat(run("codebook", "export", "-p", project.toString(), "-f", "qdc", "--out", target)).as(target).isEqualTo(1);
        }
        assertThat(err.toString()).contains("newsmark: Not exporting to " + project
                + ": that is the project file or one kept beside it. Choose another name, such as study.qdc.");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        // A read-only open may leave an empty -wal and the lock file; neither may hold the export.
        for (String beside : List.of("study.newsmark-wal", "study.newsmark.lock")) {
            Path file = folder.resolve(beside);
            if (Files.exists(file)) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(beside).doesNotContain("CodeBook");
            }
        }
        assertThat(folder.resolve("study.newsmark.v1.bak")).doesNotExist();
        out.getBuffer().setLength(0);
        assertThat(run("codebook", "show", "-p", project.toString())).isZero();
        assertThat(out.toString()).startsWith("News sourcing\n");
    }

    @Test
    void showPrintsTheTreeWithKeysRolesAndAttributes() {
        Path project = project(Codebooks.newsSourcing());
        assertThat(run("codebook", "show", "--project", project.toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "News sourcing",
                "  Speaker\tkey 1\trole source",
                "    @ Role as described\ttext",
                "    Politician",
                "    Expert",
                "    Journalist",
                "    Official",
                "    Spokesperson",
                "    Citizen",
                "    Organisation",
                "  Claim\tkey 2\trole content",
                "    @ Challenged in the text\tchoice\tyes|no|partly",
                "    @ Evidence given\tyes_no",
                "    @ Checkable\tyes_no",
                "  Expert quote\tkey 3\trole content",
                "    @ Direct or indirect\tchoice\tdirect|indirect",
                "    @ Field of expertise\ttext",
                "  Context\tkey 4\trole context",
                "    @ Kind\tchoice\tbackground|history|definition|statistic",
                "  Cue\tkey 5\trole cue",
                "Document fields",
                "  @ Genre\tchoice\tnews report|interview|analysis|opinion|other",
                "  @ Balance of sources\tchoice\tone-sided|some balance|balanced");
    }

    @Test
    void aProjectWithoutACodebookNameIsNamedAfterItsFile() throws Exception {
        Path project = project(Codebooks.mediaFrames());
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.OPEN_EXISTING)) {
            store.putSetting("codebook.name", "");
        }
        assertThat(run("codebook", "show", "-p", project.toString())).isZero();
        assertThat(out.toString()).startsWith("study\n  Economic\tkey 1\n  Capacity and resources\tkey 2\n");
        assertThat(out.toString()).endsWith("Document fields\n  @ Primary frame\tchoice\tEconomic|Capacity and resources|"
                + "Morality|Fairness and equality|Legality, constitutionality and jurisprudence|Policy prescription and evaluation|"
                + "Crime and punishment|Security and defense|Health and safety|Quality of life|Cultural identity|Public opinion|"
                + "Political|External regulation and reputation|Other\n  @ Tone\tchoice\tpro|neutral|anti\n");
        out.getBuffer().setLength(0);
        assertThat(run("codebook", "export", "-p", project.toString(), "-f", "json")).isZero();
        assertThat(out.toString()).contains("\"name\" : \"study\",");
    }

    @Test
    void aMissingProjectFailsAndIsNotCreated() {
        String project = folder.resolve("missing.newsmark").toString();
        assertThat(run("codebook", "show", "-p", project)).isEqualTo(1);
        assertThat(run("codebook", "export", "-p", project, "-f", "json")).isEqualTo(1);
        assertThat(err.toString()).contains("newsmark: There is no project at").doesNotContain("Exception");
        assertThat(folder.resolve("missing.newsmark")).doesNotExist();
    }

    @Test
    void wrongUsageExitsWithTwo() {
        Path project = project(Codebooks.newsSourcing());
        assertThat(run("codebook", "export", "-p", project.toString(), "-f", "docx")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--format'").contains("json, qdc");
        assertThat(run("codebook", "export", "-p", project.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--format=FORMAT'");
        assertThat(run("codebook", "show")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--project=FILE'");
        assertThat(run("codebook")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required subcommand");
        assertThat(run("codebook", "import", "-p", project.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched arguments from index 1: 'import'");
    }

    @Test
    void outputThatCannotBeWrittenIsAnError() {
        Path project = project(Codebooks.newsSourcing());
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
        for (String format : List.of("json", "qdc")) {
            int exitCode = CommandLineRunner.run(file -> { }, new PrintWriter(full), new PrintWriter(err, true),
                    "codebook", "export", "-p", project.toString(), "-f", format);
            assertThat(exitCode).as(format).isEqualTo(1);
        }
        assertThat(err.toString()).contains("newsmark: could not write the output");
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "show"})
    void everySubcommandHasHelp(String command) {
        assertThat(run("codebook", command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: newsmark codebook " + command).contains("--project=FILE");
    }
}
