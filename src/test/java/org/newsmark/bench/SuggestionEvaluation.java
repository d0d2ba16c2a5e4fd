package org.newsmark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsmark.bench.BratAttributions.Gold;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.AttributionSuggester;
import org.newsmark.suggest.SuggestedAttribution;

/**
 * Scores the whole-article attribution suggestions on a split of PolNeAR (brat files: {@code text/NAME.txt}
 * and {@code attributions/NAME_ANNOTATOR.ann}), as {@link AttributionScores} describes, and prints the
 * table. An article annotated by several annotators is scored against each of them.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=SuggestionEvaluation -Dbench.args="PATH/TO/polnear dev"}; a
 * further argument {@code misses=N} prints N missed and N wrong attributions with their sentences, to
 * study the rules on the train split.
 */
public final class SuggestionEvaluation {

    private SuggestionEvaluation() {
    }

    public static void main(String[] arguments) throws IOException {
        // Maven's bench profile passes -Dbench.args as one argument.
        String[] args = String.join(" ", arguments).strip().split("\\s+");
        if (args.length < 1 || args[0].isEmpty()) {
            System.err.println("Usage: SuggestionEvaluation POLNEAR_FOLDER [train|dev] [misses=N]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        String split = args.length > 1 ? args[1] : "dev";
        if (!split.equals("train") && !split.equals("dev")) {
            System.err.println("Only the train and dev splits are scored here; the test split stays withheld.");
            System.exit(2);
        }
        int misses = 0;
        boolean byKind = false;
        String onlyCue = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("cue=")) {
                onlyCue = args[i].substring("cue=".length());
            }
            if (args[i].startsWith("misses=")) {
                misses = Integer.parseInt(args[i].substring("misses=".length()));
            }
            byKind |= args[i].equals("kinds");
        }
        java.util.Map<String, int[]> kinds = new java.util.TreeMap<>();
        Path texts = folder.resolve(split).resolve("text");
        Path annotations = folder.resolve(split).resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            System.err.println(folder + " has no " + split + "/text and " + split + "/attributions folders.");
            System.exit(2);
        }
        AttributionSuggester suggester = new AttributionSuggester();
        AttributionScores scores = new AttributionScores();
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int articles = 0;
        int files = 0;
        long nanos = 0;
        List<Path> anns;
        try (Stream<Path> listing = Files.list(annotations)) {
            anns = listing.filter(path -> path.toString().endsWith(".ann")).sorted().toList();
        }
        String lastText = null;
        List<Gold> proposals = List.of();
        List<SuggestedAttribution> suggestedNow = List.of();
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            String article = name.substring(0, name.lastIndexOf('_'));
            String text = Files.readString(texts.resolve(article + ".txt"), StandardCharsets.UTF_8);
            if (!article.equals(lastText)) {
                long start = System.nanoTime();
                List<SuggestedAttribution> suggested = suggester.suggest(text, List.of()).attributions();
                nanos += System.nanoTime() - start;
                proposals = suggested.stream().map(SuggestionEvaluation::asGold).toList();
                suggestedNow = suggested;
                lastText = article;
                articles++;
            }
            files++;
            List<Gold> golds = BratAttributions.read(ann, text);
            scores.add(text, proposals, golds);
            if (byKind) {
                for (int k = 0; k < proposals.size(); k++) {
                    SuggestedAttribution s = suggestedNow.get(k);
                    boolean right = golds.stream().anyMatch(g -> AttributionScores.matches(asGold(s), g));
                    String cue = s.cue() == null ? "-" : text.substring(s.cue().start(), s.cue().end()).toLowerCase(Locale.ROOT);
                    for (String key : List.of("confidence " + s.confidence(), "speech " + s.speech() + (s.source() == null ? " no source" : ""),
                            "cue " + cue)) {
                        int[] counts = kinds.computeIfAbsent(key, x -> new int[2]);
                        counts[right ? 0 : 1]++;
                    }
                }
                for (Gold gold : golds) {
                    boolean found = proposals.stream().anyMatch(p -> AttributionScores.matches(p, gold));
                    String cue = gold.cue().isEmpty() ? "-" : String.join(" ", gold.cue().stream()
                            .map(r -> text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT)).toList());
                    boolean cueFound = proposals.stream().anyMatch(p -> AttributionScores.overlap(p.cue(), gold.cue()));
                    int[] counts = kinds.computeIfAbsent("gold " + cue, x -> new int[2]);
                    counts[found ? 0 : 1]++;
                    int[] byCue = kinds.computeIfAbsent("gold: cue found " + cueFound + ", source " + !gold.source().isEmpty(), x -> new int[2]);
                    byCue[found ? 0 : 1]++;
                }
            }
            if (misses > 0) {
                for (Gold gold : golds) {
                    String goldCue = String.join(" ", gold.cue().stream().map(r -> text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT)).toList());
                    if (missed.size() < misses && (onlyCue == null || onlyCue.equals(goldCue))
                            && proposals.stream().noneMatch(p -> AttributionScores.matches(p, gold))) {
                        missed.add(describe(text, gold, article));
                    }
                }
                for (Gold proposal : proposals) {
                    String proposedCue = String.join(" ", proposal.cue().stream().map(r -> text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT)).toList());
                    if (wrong.size() < misses && (onlyCue == null || onlyCue.equals(proposedCue))
                            && golds.stream().noneMatch(g -> AttributionScores.matches(proposal, g))) {
                        wrong.add(describe(text, proposal, article));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d annotation files; suggestions took %.0f ms in all%n%n",
                split, articles, files, nanos / 1e6);
        System.out.print(scores.table());
        if (byKind) {
            System.out.println("\n## By kind: right, wrong, precision\n");
            kinds.entrySet().stream().filter(e -> !(e.getKey().startsWith("cue") || e.getKey().startsWith("gold "))
                    || e.getValue()[0] + e.getValue()[1] >= 15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "%-40s %6d %6d %5.1f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                            100.0 * e.getValue()[0] / (e.getValue()[0] + e.getValue()[1])));
        }
        if (misses > 0) {
            System.out.println("\n## Missed\n");
            missed.forEach(System.out::println);
            System.out.println("\n## Wrong\n");
            wrong.forEach(System.out::println);
        }
    }

    static Gold asGold(SuggestedAttribution suggestion) {
        return new Gold(suggestion.content(), suggestion.cue() == null ? List.of() : List.of(suggestion.cue()),
                suggestion.source() == null ? List.of() : List.of(suggestion.source()));
    }

    private static String describe(String text, Gold attribution, String article) {
        Range whole = AttributionScoresSupport.extent(attribution);
        int from = Math.max(0, text.lastIndexOf('\n', whole.start()) + 1);
        int to = text.indexOf('\n', whole.end());
        to = to < 0 ? text.length() : to;
        if (to - from > 700) {
            from = Math.max(from, whole.start() - 150);
            to = Math.min(to, whole.end() + 150);
        }
        return "- " + article + "\n  " + text.substring(from, to).replace('\n', ' ') + "\n  CONTENT " + show(text, attribution.content())
                + " | CUE " + show(text, attribution.cue()) + " | SOURCE " + show(text, attribution.source());
    }

    private static String show(String text, List<Range> parts) {
        return String.join(" … ", parts.stream().map(p -> "[" + text.substring(p.start(), p.end()) + "]").toList());
    }
}
