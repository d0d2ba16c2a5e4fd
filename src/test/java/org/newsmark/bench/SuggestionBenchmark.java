package org.newsmark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.newsmark.model.Person;
import org.newsmark.suggest.AttributionSuggester;
import org.newsmark.testing.Samples;

/**
 * How long whole-article suggestions take. Targets (issue 13): a 5,000-word article under 50 ms warm;
 * 10,000 articles under 60 s on one thread; time linear in the length of bad input. The articles are
 * the project's samples (the BBC report and ten Wikinews reports), whose paragraphs are drawn in
 * turn until an article has the words wanted; the registry holds 200 people, so speaker mentions are
 * looked for too. Bad input: paragraphs of 100,000 to 800,000 characters without punctuation, with
 * quotation marks never closed, with nested quotation marks, and in Cyrillic. Besides the time on
 * the clock, the time the thread spent on a processor is printed: on a machine shared with other
 * work the clock counts the waits too.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=SuggestionBenchmark}
 */
public final class SuggestionBenchmark {

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> paragraphs = sampleParagraphs();
        List<Person> people = people(200);
        AttributionSuggester suggester = new AttributionSuggester();

        String article = articleOf(5_000, paragraphs, new Random(1));
        for (int i = 0; i < 200; i++) {
            suggester.suggest(article, people);
        }
        Stats stats = new Stats();
        Stats onProcessor = new Stats();
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            long cpu = clock.getCurrentThreadCpuTime();
            found = suggester.suggest(article, people).attributions().size();
            stats.add(System.nanoTime() - start);
            onProcessor.add(clock.getCurrentThreadCpuTime() - cpu);
        }
        System.out.printf(Locale.ROOT, "5,000-word article (%,d characters, %d attributions), warm: %s; on a processor: median %.2f ms%n",
                article.length(), found, stats.summary(), onProcessor.percentile(50));

        Random random = new Random(2);
        List<String> corpus = new ArrayList<>();
        long characters = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = articleOf(400 + random.nextInt(800), paragraphs, random);
            corpus.add(text);
            characters += text.length();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long attributions = 0;
        for (String text : corpus) {
            attributions += suggester.suggest(text, people).attributions().size();
        }
        System.out.printf(Locale.ROOT, "10,000 articles (%,d characters, %,d attributions), one thread: %.1f s (%.1f s on a processor)%n",
                characters, attributions, (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);

        for (String kind : List.of("no punctuation", "unclosed quotations", "nested quotations", "Cyrillic")) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s", kind + ":"));
            for (int length = 100_000; length <= 800_000; length *= 2) {
                String text = badParagraph(kind, length, new Random(length));
                suggester.suggest(text, people);
                Stats bad = new Stats();
                Stats badProcessor = new Stats();
                for (int i = 0; i < 5; i++) {
                    long begin = System.nanoTime();
                    long processor = clock.getCurrentThreadCpuTime();
                    suggester.suggest(text, people);
                    bad.add(System.nanoTime() - begin);
                    badProcessor.add(clock.getCurrentThreadCpuTime() - processor);
                }
                line.append(String.format(Locale.ROOT, " | %,d: %.0f ms (%.0f)", length, bad.percentile(50), badProcessor.percentile(50)));
            }
            System.out.println(line);
        }
    }

    private static List<String> sampleParagraphs() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Samples.BBC));
        try (Stream<Path> listing = Files.list(Samples.WIKINEWS)) {
            listing.filter(path -> path.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            for (String paragraph : Samples.read(file).split("\n")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph);
                }
            }
        }
        return paragraphs;
    }

    private static String articleOf(int words, List<String> paragraphs, Random random) {
        StringBuilder article = new StringBuilder();
        int count = 0;
        int next = random.nextInt(paragraphs.size());
        while (count < words) {
            String paragraph = paragraphs.get(next++ % paragraphs.size());
            article.append(paragraph).append('\n');
            count += paragraph.split("\\s+").length;
        }
        return article.toString();
    }

    private static List<Person> people(int count) {
        String[] first = {"Elon", "Anthony", "Andrew", "Donald", "Kamala", "Joe", "Ron", "Maria", "Chen", "Aisha"};
        String[] last = {"Musk", "Lim", "Hay", "Trump", "Harris", "Biden", "DeSantis", "Garcia", "Wei", "Khan", "Smith",
            "Brown", "Jones", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Thomas", "White"};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(Person.named(first[i % first.length] + " " + last[(i / first.length) % last.length], Instant.EPOCH)
                    .withAliases(List.of(last[(i / first.length) % last.length] + " " + i), Instant.EPOCH));
        }
        return people;
    }

    private static String badParagraph(String kind, int length, Random random) {
        String[] words = switch (kind) {
            case "unclosed quotations" -> new String[] {"said", "\"the", "minister", "\u201Cwe", "will", "told", "him", "that"};
            case "nested quotations" -> new String[] {"\"he", "said", "\u201Cshe", "told", "\u2018them\u2019", "x\"", "y\u201D", "said:"};
            case "Cyrillic" -> new String[] {"\u0441\u043A\u0430\u0437\u0430\u043B", "\u043C\u0438\u043D\u0438\u0441\u0442\u0440",
                "\u00AB\u043C\u044B", "\u043F\u043E\u0431\u0435\u0434\u0438\u043C\u00BB", "\u0438", "\u0447\u0442\u043E"};
            default -> new String[] {"said", "the", "minister", "according", "to", "who", "that", "Mr", "Musk", "told", "adding"};
        };
        StringBuilder text = new StringBuilder(length + 20);
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }
}
