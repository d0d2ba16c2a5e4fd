package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.newsmark.model.CodedArticle;
import org.newsmark.model.Codebook;
import org.newsmark.model.CorpusFilter;
import org.newsmark.model.Person;

/**
 * The project's coded articles with the definitions applied, kept up to date one article at a time:
 * after a tag only that article is read and worked out again, and the tables are counted from what is
 * held here. Not thread-safe: one thread (the one that owns the project file) keeps it.
 */
public final class FindingsIndex {

    private final Codebook codebook;
    private FindingsRules rules;
    private final TreeMap<Long, ArticleFindings> articles = new TreeMap<>();

    public FindingsIndex(Codebook codebook, List<Person> people, List<CodedArticle> coded) {
        this.codebook = codebook;
        this.rules = new FindingsRules(codebook, people);
        coded.forEach(this::put);
    }

    /** Adds or replaces an article. */
    public void put(CodedArticle article) {
        articles.put(article.id(), ArticleFindings.of(article, rules));
    }

    public void remove(long articleId) {
        articles.remove(articleId);
    }

    /** The speaker registry changed (a name, a type, a merge): every article's speakers are worked out again. */
    public void setPeople(List<Person> people) {
        rules = new FindingsRules(codebook, people);
        List<CodedArticle> coded = articles.values().stream().map(ArticleFindings::article).toList();
        coded.forEach(this::put);
    }

    public Optional<ArticleFindings> article(long articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    /** Every article, by id. */
    public List<ArticleFindings> articles() {
        return new ArrayList<>(articles.values());
    }

    public FindingsRules rules() {
        return rules;
    }

    public Findings findings(CorpusFilter scope) {
        return Findings.of(articles(), scope, rules);
    }
}
