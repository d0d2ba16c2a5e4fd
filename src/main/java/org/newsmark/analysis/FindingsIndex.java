package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Person;

/**
 * The project's coded articles with the definitions applied, and the tables counted over a scope,
 * kept up to date one article at a time: after a tag only that article is read, worked out, counted
 * out and in again. Not thread-safe: one thread (the one that owns the project file) keeps it.
 */
public final class FindingsIndex {

    private final Codebook codebook;
    private FindingsRules rules;
    private final TreeMap<Long, ArticleFindings> articles = new TreeMap<>();
    private FindingsTally tally;

    public FindingsIndex(Codebook codebook, List<Person> people, List<CodedArticle> coded) {
        this.codebook = codebook;
        this.rules = new FindingsRules(codebook, people);
        this.tally = new FindingsTally(CorpusFilter.NONE, rules);
        coded.forEach(this::put);
    }

    /** Adds or replaces an article, and counts it again. */
    public void put(CodedArticle article) {
        ArticleFindings before = articles.get(article.id());
        if (before != null) {
            tally.remove(before);
        }
        ArticleFindings after = ArticleFindings.of(article, rules);
        articles.put(article.id(), after);
        tally.add(after);
    }

    public void remove(long articleId) {
        ArticleFindings before = articles.remove(articleId);
        if (before != null) {
            tally.remove(before);
        }
    }

    /** The speaker registry changed (a name, a type, a merge): every article's speakers are worked out again. */
    public void setPeople(List<Person> people) {
        rules = new FindingsRules(codebook, people);
        List<CodedArticle> coded = articles.values().stream().map(ArticleFindings::article).toList();
        articles.clear();
        tally = new FindingsTally(tally.scope(), rules);
        coded.forEach(this::put);
    }

    /** Counts over another scope from now on (everything counted again when it differs). */
    public FindingsTally tally(CorpusFilter scope) {
        CorpusFilter wanted = scope == null ? CorpusFilter.NONE : scope;
        if (!Objects.equals(wanted, tally.scope())) {
            tally = new FindingsTally(wanted, rules);
            articles.values().forEach(tally::add);
        }
        return tally;
    }

    public Optional<ArticleFindings> article(long articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    /** Every article, by id. */
    public List<ArticleFindings> articles() {
        return new ArrayList<>(articles.values());
    }

    public int size() {
        return articles.size();
    }

    public FindingsRules rules() {
        return rules;
    }

    public Findings findings(CorpusFilter scope) {
        return Findings.of(articles(), tally(scope));
    }
}
