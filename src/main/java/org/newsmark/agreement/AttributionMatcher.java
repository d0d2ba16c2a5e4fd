package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsmark.model.CodedSpan;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;

/**
 * Compares two coders' attributions (a content attributed to a source). One coder's attribution
 * matches the other's when their contents overlap and their sources overlap; each is matched at
 * most once, the pairs that overlap most first. Also alpha_U over the attributed contents alone,
 * pooled over the articles both coded.
 */
final class AttributionMatcher {

    private final Map<UUID, CodedSpan> annotations;

    AttributionMatcher(Map<UUID, CodedSpan> annotations, Codebook codebook) {
        this.annotations = annotations;
    }

    AgreementReport.AttributionAgreement compare(String a, String b, List<ArticleSpans> articles,
            Map<Long, List<Link>> attributions) {
        int madeByA = 0;
        int madeByB = 0;
        int both = 0;
        long length = articles.stream().mapToLong(article -> article.length).sum();
        UnitizingStudy contents = new UnitizingStudy(2, 0, length);
        long offset = 0;
        for (ArticleSpans article : articles) {
            List<Link> links = attributions.getOrDefault(article.id, List.of());
            List<Link> ofA = by(links, a);
            List<Link> ofB = by(links, b);
            madeByA += ofA.size();
            madeByB += ofB.size();
            both += matches(ofA, ofB);
            addContents(contents, ofA, 0, offset, article);
            addContents(contents, ofB, 1, offset, article);
            offset += article.length;
        }
        int either = madeByA + madeByB - both;
        Double share = either == 0 ? null : (double) both / either;
        Double alpha = null;
        if (!contents.categories().isEmpty()) {
            double value = new UnitizingAlpha(contents).agreement();
            alpha = Double.isFinite(value) ? value : null;
        }
        return new AgreementReport.AttributionAgreement(a, b, madeByA, madeByB, both, share, alpha);
    }

    private List<Link> by(List<Link> links, String coder) {
        return links.stream().filter(link -> annotations.get(link.from()).annotator().equals(coder)).toList();
    }

    /** Each content once, even when it is attributed to two sources. */
    private void addContents(UnitizingStudy study, List<Link> links, int rater, long offset, ArticleSpans article) {
        Set<UUID> seen = new HashSet<>();
        for (Link link : links) {
            if (seen.add(link.from())) {
                long[] unit = article.toCodePoints(annotations.get(link.from()));
                study.addUnit(offset + unit[0], unit[1], rater, AgreementCalculator.ATTRIBUTED_CONTENT);
            }
        }
    }

    private int matches(List<Link> ofA, List<Link> ofB) {
        record Candidate(int a, int b, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ofA.size(); i++) {
            for (int j = 0; j < ofB.size(); j++) {
                int content = overlap(ofA.get(i).from(), ofB.get(j).from());
                int source = overlap(ofA.get(i).to(), ofB.get(j).to());
                if (content > 0 && source > 0) {
                    candidates.add(new Candidate(i, j, content + source));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        int matched = 0;
        for (Candidate candidate : candidates) {
            if (!usedA.contains(candidate.a()) && !usedB.contains(candidate.b())) {
                usedA.add(candidate.a());
                usedB.add(candidate.b());
                matched++;
            }
        }
        return matched;
    }

    private int overlap(UUID first, UUID second) {
        CodedSpan x = annotations.get(first);
        CodedSpan y = annotations.get(second);
        return Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
    }
}
