package org.newsmark.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsmark.bench.BratAttributions.Gold;
import org.newsmark.model.TextSpans.Range;

/**
 * Precision, recall and F1 of proposed attributions against gold ones, as BBC's Citron counts them
 * (Newell, Margolin and Ruths 2018): an attribution is right when its content and its source both
 * overlap those of a gold attribution (or both have no source); a gold attribution is found when a
 * proposal is right for it. Each span type (cue, source, content) is also scored on its own, over the
 * distinct spans of that type: exactly (same parts, ignoring spaces, punctuation and quotation marks
 * at either end) and by overlap (sharing a character). Spans of several parts (a quotation around
 * its cue) are one span. Matching is not one to one: two proposals may be right for one gold.
 */
public final class AttributionScores {

    /** Counts for precision (right proposals of all) and recall (found golds of all). */
    public static final class Counts {
        private int right;
        private int proposed;
        private int found;
        private int gold;

        void add(int rightProposals, int proposals, int foundGold, int golds) {
            right += rightProposals;
            proposed += proposals;
            found += foundGold;
            gold += golds;
        }

        public double precision() {
            return proposed == 0 ? 0 : 100.0 * right / proposed;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String label) {
            return String.format(Locale.ROOT, "| %-36s | %5.1f | %5.1f | %5.1f | %8d | %6d |", label, precision(), recall(), f1(),
                    proposed, gold);
        }
    }

    private final Counts attributions = new Counts();
    private final Counts exactAttributions = new Counts();
    private final Counts[] exact = {new Counts(), new Counts(), new Counts()};
    private final Counts[] overlap = {new Counts(), new Counts(), new Counts()};
    private static final String[] TYPES = {"cue", "source", "content"};
    private static final List<Function<Gold, List<Range>>> PARTS = List.of(Gold::cue, Gold::source, Gold::content);

    /** Scores the proposals for one text against one annotator's attributions of it. */
    public void add(String text, List<Gold> proposals, List<Gold> golds) {
        int right = 0;
        for (Gold proposal : proposals) {
            if (golds.stream().anyMatch(gold -> matches(proposal, gold))) {
                right++;
            }
        }
        int found = 0;
        for (Gold gold : golds) {
            if (proposals.stream().anyMatch(proposal -> matches(proposal, gold))) {
                found++;
            }
        }
        attributions.add(right, proposals.size(), found, golds.size());
        int rightExact = 0;
        for (Gold proposal : proposals) {
            if (golds.stream().anyMatch(gold -> same(text, proposal, gold))) {
                rightExact++;
            }
        }
        int foundExact = 0;
        for (Gold gold : golds) {
            if (proposals.stream().anyMatch(proposal -> same(text, proposal, gold))) {
                foundExact++;
            }
        }
        exactAttributions.add(rightExact, proposals.size(), foundExact, golds.size());
        for (int type = 0; type < TYPES.length; type++) {
            List<List<Range>> proposed = distinct(text, proposals, PARTS.get(type));
            List<List<Range>> wanted = distinct(text, golds, PARTS.get(type));
            exact[type].add(count(proposed, wanted, (a, b) -> a.equals(b)), proposed.size(),
                    count(wanted, proposed, (a, b) -> a.equals(b)), wanted.size());
            overlap[type].add(count(proposed, wanted, AttributionScores::overlap), proposed.size(),
                    count(wanted, proposed, AttributionScores::overlap), wanted.size());
        }
    }

    /** Content and source both overlap; a missing source matches only a missing source. */
    public static boolean matches(Gold proposal, Gold gold) {
        if (!overlap(proposal.content(), gold.content())) {
            return false;
        }
        if (proposal.source().isEmpty() || gold.source().isEmpty()) {
            return proposal.source().isEmpty() && gold.source().isEmpty();
        }
        return overlap(proposal.source(), gold.source());
    }

    private static boolean same(String text, Gold proposal, Gold gold) {
        return normal(text, proposal.content()).equals(normal(text, gold.content()))
                && normal(text, proposal.cue()).equals(normal(text, gold.cue()))
                && normal(text, proposal.source()).equals(normal(text, gold.source()));
    }

    static boolean overlap(List<Range> a, List<Range> b) {
        for (Range x : a) {
            for (Range y : b) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private interface Match {
        boolean test(List<Range> a, List<Range> b);
    }

    private static int count(List<List<Range>> these, List<List<Range>> those, Match match) {
        int n = 0;
        for (List<Range> one : these) {
            for (List<Range> other : those) {
                if (match.test(one, other)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static List<List<Range>> distinct(String text, List<Gold> attributions, Function<Gold, List<Range>> part) {
        Set<List<Range>> spans = new LinkedHashSet<>();
        for (Gold attribution : attributions) {
            List<Range> parts = normal(text, part.apply(attribution));
            if (!parts.isEmpty()) {
                spans.add(parts);
            }
        }
        return new ArrayList<>(spans);
    }

    /** The parts without spaces, punctuation and quotation marks at either end, empty parts left out. */
    static List<Range> normal(String text, List<Range> parts) {
        List<Range> normal = new ArrayList<>();
        for (Range part : parts) {
            int start = part.start();
            int end = part.end();
            while (start < end && trimmed(text.charAt(start))) {
                start++;
            }
            while (end > start && trimmed(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                normal.add(new Range(start, end));
            }
        }
        return normal;
    }

    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || ",.;:!?'\"\u2018\u2019\u201C\u201D\u00AB\u00BB`-\u2013\u2014".indexOf(c) >= 0;
    }

    /** The table: attributions first, then each span type exactly and by overlap. */
    public String table() {
        StringBuilder table = new StringBuilder();
        table.append("| measure                              |     P |     R |    F1 | proposed |   gold |\n");
        table.append("| ------------------------------------ | ----: | ----: | ----: | -------: | -----: |\n");
        table.append(attributions.row("attribution (content+source overlap)")).append('\n');
        table.append(exactAttributions.row("attribution, all three exact")).append('\n');
        for (int type = 0; type < TYPES.length; type++) {
            table.append(exact[type].row(TYPES[type] + ", exact")).append('\n');
            table.append(overlap[type].row(TYPES[type] + ", overlap")).append('\n');
        }
        return table.toString();
    }

    public Counts attributions() {
        return attributions;
    }
}
