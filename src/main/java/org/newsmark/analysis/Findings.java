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
        FindingsTally tally = new FindingsTally(scope, rules);
        all.forEach(tally::add);
        return of(all, tally);
    }

    /** The tables of a tally kept over {@code all} (every article of the project, in id order). */
    public static Findings of(List<ArticleFindings> all, FindingsTally tally) {
        List<ClaimRow> claims = new ArrayList<>();
        all.stream().filter(article -> tally.contains(article.id())).forEach(article -> claims.addAll(article.claims()));
        return new Findings(tally.voices(), claims, tally.codes(), tally.notes(all.size()), tally.articles(), all.size());
    }
}
