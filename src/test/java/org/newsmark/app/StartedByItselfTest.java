package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newsmark run as its own process, as a person or script runs it: what it leaves on the computer
 * besides the project (a log in its data folder, one copy of SQLite's library, nothing in the
 * temporary folder) and what it prints (its own lines only, never log lines).
 */
class StartedByItselfTest {

    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {
    }

    private Run newsmark(String... arguments) throws Exception {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process = start(out, err, arguments);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Process start(Path out, Path err, String... arguments) throws Exception {
        Files.createDirectories(home.resolve("tmp"));
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + home.resolve("tmp"), "-cp", applicationClassPath(), Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** The tests' class path without what only the test tools bring (SLF4J, which the application jar lacks). */
    private static String applicationClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void aCommandLeavesALogAndOneCopyOfTheDatabaseLibraryAndNothingInTheTemporaryFolder() throws Exception {
        Path project = home.resolve("study.newsmark");

        Run first = newsmark("import", "-q", "-p", project.toString(), "samples/bbc-musk-trump-x.txt");
        Run second = newsmark("list", "-p", project.toString());

        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(second.out()).startsWith("1\tMusk hosts friendly chat");
        assertThat(first.err() + second.err()).isEmpty();
        assertThat(names(home.resolve("tmp"))).noneMatch(name -> name.startsWith("sqlite-"));
        assertThat(names(home.resolve("data/newsmark/native")))
                .singleElement().asString().matches("sqlite-jdbc-[0-9.]+/" + System.mapLibraryName("sqlitejdbc"));
        assertThat(names(home.resolve("data/newsmark/logs"))).anyMatch(name -> name.matches("newsmark-\\d+-\\d+\\.log"));
    }

    @Test
    void aKilledRunLeavesNothingInTheTemporaryFolder() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(corpus.resolve("story-" + i + ".txt"), "Story " + i + "\n\nThe text of story " + i + ".\n");
        }
        Path project = home.resolve("study.newsmark");
        Process importing = start(home.resolve("out.txt"), home.resolve("err.txt"), "import", "-q", "-p", project.toString(),
                corpus.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(project) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        importing.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(names(home.resolve("tmp"))).noneMatch(name -> name.startsWith("sqlite-"));
    }

    @Test
    void aFailingCommandSaysOneSentenceAndPrintsNoLogLines() throws Exception {
        Path notAProject = Files.writeString(home.resolve("notes.newsmark"), "Interview notes.");

        Run run = newsmark("list", "-p", notAProject.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("newsmark: notes.newsmark is not a Newsmark project");
    }
}
