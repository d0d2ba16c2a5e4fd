package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.CorpusFilter;

/**
 * The three tables of findings over one scope of articles, with notes on what they leave out.
 *
 * @param articlesInScope the articles the corpus filter lets through
 * @param articles        the articles of the project
 */
public record Findings(List<VoiceRow> voices, List<ClaimRow> claims, List<CodeRow> codes, List<String> notes,
        int articlesInScope, int articles) {

    public Findings {
        voices = List.copyOf(voices);
        claims = List.copyOf(claims);
        codes = List.copyOf(codes);
        notes = List.copyOf(notes);
    }

    /** Counts everything over the articles {@code scope} lets through. */
    public static Findings of(List<ArticleFindings> all, CorpusFilter scope, FindingsRules rules) {
        List<ArticleFindings> inScope = inScope(all, scope);
        List<ClaimRow> claims = new ArrayList<>();
        inScope.forEach(article -> claims.addAll(article.claims()));
        return new Findings(Voices.count(inScope), claims, Codes.count(inScope, rules.codebook()),
                FindingsNotes.of(all.size(), inScope, scope, rules), inScope.size(), all.size());
    }

    public static List<ArticleFindings> inScope(List<ArticleFindings> all, CorpusFilter scope) {
        if (scope == null || scope.isEmpty()) {
            return all;
        }
        List<ArticleFindings> in = new ArrayList<>();
        for (ArticleFindings article : all) {
            if (scope.matches(article.article().details(), article.article().annotations(), article.article().codes())) {
                in.add(article);
            }
        }
        return in;
    }
}
