package org.newsmark.exporting;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.ProjectStore;

/** Which articles an export writes: all of the project's, in the order of their ids, or those chosen, in the order given. */
public final class ArticleSelection {

    private static final ArticleSelection ALL = new ArticleSelection(null);

    private final List<Long> ids;

    private ArticleSelection(List<Long> ids) {
        this.ids = ids == null ? null : List.copyOf(new LinkedHashSet<>(ids));
    }

    public static ArticleSelection all() {
        return ALL;
    }

    /** These articles; an empty list is every article. */
    public static ArticleSelection of(List<Long> ids) {
        return ids == null || ids.isEmpty() ? ALL : new ArticleSelection(ids);
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
        return isAll() ? this : new ArticleSelection(resolve(store));
    }

    @Override
    public String toString() {
        return ids == null ? "all articles" : "articles " + ids;
    }
}
