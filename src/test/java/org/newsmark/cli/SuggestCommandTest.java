package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** {@code newsmark suggest}, run as a script runs it, its output read back as brat and Python would read it. */
class SuggestCommandTest {

    private static final Path BBC = Path.of("samples/bbc-musk-trump-x.txt");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CommandLineRunner.run(path -> { }, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A {@code T} line: its type, its fragments in code points, and the text it quotes. */
    private record T(String type, List<int[]> fragments, String words) {
    }

    private static Map<String, T> textBounds(String ann) {
        Map<String, T> bounds = new HashMap<>();
        for (String line : ann.lines().filter(line -> line.startsWith("T")).toList()) {
            String[] columns = line.split("\t");
            String[] typeAndOffsets = columns[1].split(" ", 2);
            List<int[]> fragments = new ArrayList<>();
            for (String fragment : typeAndOffsets[1].split(";")) {
                String[] ends = fragment.split(" ");
                fragments.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
            }
            bounds.put(columns[0], new T(typeAndOffsets[0], fragments, columns[2]));
        }
        return bounds;
    }

    /** The words of a span as brat finds them: fragments counted in code points of the text, joined by a space. */
    private static String quoted(String text, T bound) {
        int[] codePoints = text.codePoints().toArray();
        List<String> parts = new ArrayList<>();
        for (int[] fragment : bound.fragments()) {
            parts.add(new String(codePoints, fragment[0], fragment[1] - fragment[0]));
        }
        return String.join(" ", parts);
    }

    @Test
    void aTextFileGetsItsTextBackUnchangedAndAnAnnWhoseSpansQuoteIt() throws Exception {
        Path brat = folder.resolve("brat");
        assertThat(run("suggest", "--format", "brat", "--out", brat.toString(), BBC.toString())).isZero();
        assertThat(err.toString()).contains("attributions in 1 article, written as brat to");

        assertThat(Files.readAllBytes(brat.resolve("bbc-musk-trump-x.txt"))).isEqualTo(Files.readAllBytes(BBC));
        String text = Files.readString(brat.resolve("bbc-musk-trump-x.txt"));
        String ann = Files.readString(brat.resolve("bbc-musk-trump-x.ann"));
        Map<String, T> bounds = textBounds(ann);
        assertThat(bounds.values()).extracting(T::type).contains("Source", "Cue", "Content", "Attribution");
        bounds.forEach((id, bound) -> assertThat(quoted(text, bound)).as(id).isEqualTo(bound.words()));

        List<String> events = ann.lines().filter(line -> line.startsWith("E")).toList();
        assertThat(events).hasSizeGreaterThan(5);
        for (String event : events) {
            // E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1, the trigger on the cue's words
            String[] arguments = event.split("\t")[1].split(" ");
            T trigger = bounds.get(arguments[0].split(":")[1]);
            assertThat(arguments[0]).startsWith(trigger.type() + ":");
            assertThat(arguments[1]).startsWith("Content:");
            assertThat(bounds.get(arguments[1].substring(8)).type()).isEqualTo("Content");
            for (String argument : arguments) {
                if (argument.startsWith("Cue:")) {
                    T cue = bounds.get(argument.substring(4));
                    assertThat(cue.type()).isEqualTo("Cue");
                    assertThat(trigger.fragments()).usingRecursiveComparison().isEqualTo(cue.fragments());
                }
            }
        }
        assertThat(bounds.values()).extracting(T::words).contains("Andrew Hay from IT firm Damovo", "told the BBC",
                "the problems could have been caused by a cyber-attack");
    }

    @Test
    void codePointOffsetsAndLineEndsAsReadAndContentInFragments() throws Exception {
        Path file = folder.resolve("emoji.txt");
        String text = "Crowds waved 😀 flags.\r\n“We will win,” Jane Holt said, “and we will win soon.”\r\n";
        Files.writeString(file, text);
        Path brat = folder.resolve("brat");
        assertThat(run("suggest", "-f", "brat", "-o", brat.toString(), file.toString())).isZero();

        assertThat(Files.readString(brat.resolve("emoji.txt"))).isEqualTo(text);
        String ann = Files.readString(brat.resolve("emoji.ann"));
        Map<String, T> bounds = textBounds(ann);
        bounds.forEach((id, bound) -> assertThat(quoted(text, bound)).as(id).isEqualTo(bound.words()));
        T content = bounds.values().stream().filter(bound -> bound.type().equals("Content")).findFirst().orElseThrow();
        assertThat(content.fragments()).hasSize(2); // the quotation either side of its cue, one span of two fragments
        assertThat(content.words()).isEqualTo("“We will win,” “and we will win soon.”");
        // 24 UTF-16 units before the quotation, 23 code points (the emoji is two units, one code point)
        assertThat(content.fragments().get(0)[0]).isEqualTo(23);
        assertThat(ann).contains("\tSource 38 47\tJane Holt\n");
    }

    @Test
    void theBratOutputImportsBackAsAttributions() throws Exception {
        Path brat = folder.resolve("brat");
        assertThat(run("suggest", "-f", "brat", "-o", brat.toString(), BBC.toString())).isZero();
        long events = Files.readString(brat.resolve("bbc-musk-trump-x.ann")).lines().filter(line -> line.startsWith("E")).count();

        Path project = folder.resolve("again.newsmark");
        assertThat(run("import", "-p", project.toString(), "--format", "brat", brat.toString())).isZero();
        assertThat(out.toString()).contains("1 imported");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            long id = store.articles().get(0).id();
            assertThat(store.article(id).orElseThrow().text()).isEqualTo(Files.readString(BBC).strip());
            List<Link> links = store.links(id);
            assertThat(links).filteredOn(link -> link.type() == RelationType.ATTRIBUTED_TO).hasSizeGreaterThan(5);
            assertThat(links.stream().filter(link -> link.type() == RelationType.ATTRIBUTED_TO).map(Link::from).distinct()
                    .count()).isLessThanOrEqualTo(events);
            assertThat(store.annotations(id)).extracting(Annotation::text).contains("Andrew Hay from IT firm Damovo", "told the BBC",
                    "the problems could have been caused by a cyber-attack");
        }
    }

    @Test
    void aProjectsArticlesAsJsonLinesWithThePeopleOfItsRegistry() throws Exception {
        Path project = folder.resolve("study.newsmark");
        assertThat(run("import", "-p", project.toString(), BBC.toString())).isZero();
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.OPEN_EXISTING)) {
            store.apply(List.of(new PersonChange(null, Person.named("Elon Musk", Instant.now()))));
        }
        Path jsonl = folder.resolve("jsonl");
        assertThat(run("suggest", "-p", project.toString(), "--article", "1", "-f", "jsonl", "-o", jsonl.toString())).isZero();

        List<String> lines = Files.readAllLines(jsonl.resolve("suggestions.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode article = new ObjectMapper().readTree(lines.get(0));
        assertThat(article.get("name").asText()).isNotBlank();
        assertThat(article.get("article").asLong()).isEqualTo(1);
        String text = article.get("text").asText();
        int[] codePoints = text.codePoints().toArray();
        JsonNode attributions = article.get("attributions");
        assertThat(attributions.size()).isGreaterThan(5);
        for (JsonNode attribution : attributions) {
            assertThat(attribution.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(attribution.get("speech").asText()).isIn("direct", "indirect", "mixed");
            for (JsonNode part : attribution.get("content")) {
                assertThat(new String(codePoints, part.get("start").asInt(), part.get("end").asInt() - part.get("start").asInt()))
                        .isEqualTo(part.get("text").asText());
            }
        }
        assertThat(attributions.findValues("person")).filteredOn(person -> !person.isNull())
                .extracting(person -> person.get("name").asText()).contains("Elon Musk");
        assertThat(article.get("mentions").findValuesAsText("text")).contains("Elon Musk", "Mr Musk");
    }

    @Test
    void badInputIsOneSentenceAndWritesNothing() throws Exception {
        Path target = folder.resolve("out");
        assertThat(run("suggest", "-f", "brat", "-o", target.toString(), folder.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("newsmark: There is no file ").contains("missing.txt").hasLineCount(1);

        Path empty = Files.writeString(folder.resolve("empty.txt"), "");
        assertThat(run("suggest", "-f", "brat", "-o", target.toString(), BBC.toString(), empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot suggest attributions for ").contains("empty.txt: the file is empty.")
                .hasLineCount(1);

        Path latin1 = Files.write(folder.resolve("latin1.txt"), "Le ministre a déclaré".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("suggest", "-f", "jsonl", "-o", target.toString(), latin1.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("latin1.txt: it is not valid UTF-8 text").endsWith("save it as UTF-8.\n")
                .hasLineCount(1);

        Path project = folder.resolve("study.newsmark");
        assertThat(run("import", "-p", project.toString(), BBC.toString())).isZero();
        assertThat(run("suggest", "-p", project.toString(), "--article", "9", "-f", "brat", "-o", target.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("newsmark: There is no article 9 in study.newsmark").hasLineCount(1);

        assertThat(run("suggest", "-p", folder.resolve("none.newsmark").toString(), "-f", "brat", "-o", target.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("There is no project").hasLineCount(1);
        assertThat(target).doesNotExist();

        assertThat(run("suggest", "-f", "brat", "-o", target.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Name a project with --project FILE, or the text files to read.");
        assertThat(run("suggest", "-p", project.toString(), "-f", "brat", "-o", target.toString(), BBC.toString())).isEqualTo(2);
        assertThat(run("suggest", "-f", "conll", "-o", target.toString(), BBC.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("brat, jsonl");
        assertThat(target).doesNotExist();
    }
}
