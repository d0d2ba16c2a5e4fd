package org.newsmark.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsmark.model.CorpusFilter;

/**
 * The Voices and Codes tables and the notes over one scope, kept by adding and taking out articles:
 * after a tag only the changed article is counted out and in again.
 */
public final class FindingsTally {

    private final CorpusFilter scope;
    private final VoicesTally voices = new VoicesTally();
    private final CodesTally codes;
    private final FindingsNotes notes;
    private final Set<Long> inScope = new HashSet<>();

    public FindingsTally(CorpusFilter scope, FindingsRules rules) {
        this.scope = scope == null ? CorpusFilter.NONE : scope;
        this.codes = new CodesTally(rules.codebook());
        this.notes = new FindingsNotes(rules);
    }

    public CorpusFilter scope() {
        return scope;
    }

    public boolean matches(ArticleFindings article) {
        return scope.isEmpty() || scope.matches(article.article().details(), article.article().annotations(),
                article.article().codes());
    }

    /** Counts an article in, if it is in the scope. */
    public void add(ArticleFindings article) {
        if (matches(article) && inScope.add(article.id())) {
            voices.add(article);
            codes.add(article);
            notes.add(article);
        }
    }

    /** Counts out an article as it was counted in. */
    public void remove(ArticleFindings article) {
        if (inScope.remove(article.id())) {
            voices.remove(article);
            codes.remove(article);
            notes.remove(article);
        }
    }

    public boolean contains(long articleId) {
        return inScope.contains(articleId);
    }

    public int articles() {
        return inScope.size();
    }

    public List<VoiceRow> voices() {
        return voices.rows();
    }

    /** The Voices tally itself, for a window that shows part of it. */
    public VoicesTally voicesTally() {
        return voices;
    }

    public List<CodeRow> codes() {
        return codes.rows();
    }

    public List<String> notes(int projectArticles) {
        return notes.notes(projectArticles, inScope.size());
    }
}
