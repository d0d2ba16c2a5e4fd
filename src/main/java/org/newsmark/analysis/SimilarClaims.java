package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Follow a claim": the words to search the corpus for, and how alike two claims are. A claim's
 * telling words are its words of four or more letters, less a few that say nothing about a claim;
 * two claims are as alike as the share of their telling words they have in common (Jaccard).
 */
public final class SimilarClaims {

    /** Below this likeness a claim is not listed as similar. */
    public static final double THRESHOLD = 0.25;
    private static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Set<String> EMPTY = Set.of("that", "this", "with", "have", "from", "they", "will", "would",
            "been", "were", "their", "there", "which", "about", "said", "says", "what", "when", "than", "them", "then",
            "into", "also", "could", "should", "more", "very", "just", "only", "being", "because", "these", "those");

    /** A claim matched by a search, with how alike it is to the claim followed. */
    public record Match(ClaimRow claim, double likeness) {
    }

    private SimilarClaims() {
    }

    /** The claim's telling words, lower case, in order, each once. */
    public static List<String> tellingWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (word.codePointCount(0, word.length()) >= 4 && !EMPTY.contains(word)) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** A search for any of the claim's telling words (the best matches share most), or "" when it has none. */
    public static String query(String text) {
        List<String> words = tellingWords(text);
        List<String> quoted = words.subList(0, Math.min(MAX_WORDS, words.size())).stream()
                .map(word -> "\"" + word + "\"").toList();
        return String.join(" OR ", quoted);
    }

    public static double likeness(String a, String b) {
        Set<String> first = new LinkedHashSet<>(tellingWords(a));
        Set<String> second = new LinkedHashSet<>(tellingWords(b));
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return (double) first.size() / union.size();
    }

    /** The candidates alike enough to {@code followed}, most alike first; the claim itself left out. */
    public static List<Match> among(ClaimRow followed, Iterable<ClaimRow> candidates) {
        List<Match> matches = new ArrayList<>();
        for (ClaimRow candidate : candidates) {
            if (candidate.claimId().equals(followed.claimId())) {
                continue;
            }
            double likeness = likeness(followed.text(), candidate.text());
            if (likeness >= THRESHOLD) {
                matches.add(new Match(candidate, likeness));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::likeness).reversed()
                .thenComparingLong(match -> match.claim().articleId()).thenComparingInt(match -> match.claim().start()));
        return matches;
    }
}
