package org.newsmark.exporting;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.ProjectStore;

/**
 * Which articles an export writes: all of the project's, in the order of their ids, or those chosen, in
 * the order given; and whose work in them: every coder's, or only some coders' (the curator's gold
 * version, say).
 */
public final class ArticleSelection {

    private static final ArticleSelection ALL = new ArticleSelection(null, Set.of());

    private final List<Long> ids;
    private final Set<String> coders;

    private ArticleSelection(List<Long> ids, Set<String> coders) {
        this.ids = ids == null ? null : List.copyOf(new LinkedHashSet<>(ids));
        this.coders = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(coders));
    }

    /**
     * The same articles with only these coders' annotations, links and document codes; an empty list is
     * every coder's.
     */
    public ArticleSelection withCoders(List<String> chosen) {
        return new ArticleSelection(ids, chosen == null ? Set.of() : new LinkedHashSet<>(chosen));
    }

    /** The coders whose work is written; empty for every coder's. */
    public Set<String> coders() {
        return coders;
    }

    public static ArticleSelection all() {
        return ALL;
    }

    /** These articles; an empty list is every article. */
    public static ArticleSelection of(List<Long> ids) {
        return ids == null || ids.isEmpty() ? ALL : new ArticleSelection(ids, Set.of());
    }

    public boolean isAll() {
        return ids == null;
    }

    /**
     * The ids of the articles to write.
     *
     * @throws ExportException when an article chosen is not in the project
     */
    public List<Long> resolve(ProjectStore store) throws ExportException {
        List<Long> present = store.articles().stream().map(ArticleSummary::id).toList();
        if (ids == null) {
            return present;
        }
        Set<Long> known = new HashSet<>(present);
        for (Long id : ids) {
            if (!known.contains(id)) {
                throw new ExportException("There is no article " + id + " in " + store.file().getFileName()
                        + "; `newsmark list` shows the articles and their ids.");
            }
        }
        return ids;
    }

    /** The same selection, once checked: an article not in the project is refused before anything is written. */
    ArticleSelection checkedAgainst(ProjectStore store) throws ExportException {
        return isAll() ? this : new ArticleSelection(resolve(store), coders);
    }

    @Override
    public String toString() {
        return (ids == null ? "all articles" : "articles " + ids) + (coders.isEmpty() ? "" : ", coders " + coders);
    }
}
