package org.newsmark.importing;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.ArticleSummary;
import org.newsmark.store.ProjectStore;

/**
 * Looks through a coder's file before anything of it is merged, so a file that must not be merged
 * is refused whole rather than half-way: an article with the title of one in the project but
 * another text (a different article, or one changed after it was coded), or work recorded under the
 * name of a coder who already has different work on the same article (two coders with one name).
 * A file none of whose articles carries work is a plain collection. A file whose annotations all
 * name one coder is that coder's: its articles with nothing marked count as coded by them too.
 */
final class MergeCheck {

    /** Ends the look-through early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * The project's articles by the hash of their text and by title, read once an import first needs
     * them and then kept up to date with the articles it stores, so that a folder of thousands of
     * one-article files (brat, WebAnno TSV, W3C) is not a reading of the whole project per file.
     */
    static final class Known {
        private final ProjectStore store;
        private Map<String, Long> hashes;
        private Map<String, Long> byTitle;

        Known(ProjectStore store) {
            this.store = store;
        }

        /**
         * An article the import has just stored: its text is known from now on. Not its title: articles
         * of one import that share a title (letters, briefs) are different articles, not a changed one.
         */
        void stored(ArticleDraft draft, long id) {
            if (hashes != null) {
                hashes.putIfAbsent(draft.contentHash(), id);
            }
        }

        private void load() {
            if (hashes == null) {
                hashes = new HashMap<>(store.contentHashes());
                byTitle = new HashMap<>();
                for (ArticleSummary article : store.articles()) {
                    byTitle.putIfAbsent(key(article.title()), article.id());
                }
            }
        }
    }

    private final ProjectStore store;
    private final Known known;
    private final String fallbackCoder;
    private final String coder;
    private final Set<String> namedCoders = new java.util.TreeSet<>();

    /** @param coder the coder the import records all work as, or null */
    MergeCheck(ProjectStore store, Known known, String fallbackCoder, String coder) {
        this.store = store;
        this.known = known;
        this.fallbackCoder = fallbackCoder;
        this.coder = coder;
    }

    /** What forbids merging the file, in words, or empty when it may be merged. */
    Optional<String> problem(ArticleReader reader, ImportSource source) throws ImportException, IOException {
        String[] problem = {null};
        try {
            reader.read(source, new ArticleSink() {
                @Override
                public void article(String where, ArticleDraft draft, CarriedWork carried) {
                    if (carried.isEmpty()) {
                        return;
                    }
                    for (CarriedWork.Span span : carried.spans()) {
                        namedCoders.add(coder != null ? coder
                                : span.annotator() == null || span.annotator().isBlank() ? fallbackCoder : span.annotator());
                    }
                    problem[0] = problemOf(where, draft, carried);
                    if (problem[0] != null) {
                        throw new Stop();
                    }
                }

                @Override
                public void skipped(String where, String reason) {
                    // reported when the file is read for real
                }
            });
        } catch (Stop stop) {
            // looked far enough
        }
        return Optional.ofNullable(problem[0]);
    }

    /** The one coder the file's work is recorded as, or null when it names none or several. */
    String fileCoder() {
        return coder != null ? coder : namedCoders.size() == 1 ? namedCoders.iterator().next() : null;
    }

    private String problemOf(String where, ArticleDraft draft, CarriedWork carried) {
        known.load();
        String place = where == null || where.isEmpty() ? "" : where + ": ";
        Long existing = known.hashes.get(draft.contentHash());
        if (existing == null) {
            Long namesake = known.byTitle.get(key(draft.title()));
            if (namesake != null && !carried.isEmpty()) {
                return place + "\u201C" + draft.title() + "\u201D has the title of article " + namesake
                        + " but another text, so it is a different article (or its text was changed after it was "
                        + "coded); its coder's work cannot be compared with the project's, and nothing of this file was merged";
            }
            return null;
        }
        return clash(place, existing, draft, carried);
    }

    /** A coder of the file who already has other annotations in the same article, under the same name. */
    private String clash(String place, long articleId, ArticleDraft draft, CarriedWork carried) {
        Map<String, Set<UUID>> incoming = new HashMap<>();
        for (CarriedWork.Span span : carried.spans()) {
            String by = coder != null ? coder
                    : span.annotator() == null || span.annotator().isBlank() ? fallbackCoder : span.annotator();
            UUID id = CarriedWorkPlanner.uuidOrFresh(span.id());
            incoming.computeIfAbsent(by, name -> new HashSet<>()).add(id);
        }
        if (incoming.isEmpty()) {
            return null;
        }
        List<Annotation> there = store.annotations(articleId);
        for (Map.Entry<String, Set<UUID>> entry : incoming.entrySet()) {
            Set<UUID> ownThere = new HashSet<>();
            there.stream().filter(annotation -> annotation.annotator().equals(entry.getKey()))
                    .forEach(annotation -> ownThere.add(annotation.id()));
            if (!ownThere.isEmpty() && ownThere.stream().noneMatch(entry.getValue()::contains)) {
                if (carried.spans().stream().noneMatch(span -> CarriedWorkPlanner.parseUuid(span.id()) != null)) {
                    return place + "coder \u201C" + entry.getKey() + "\u201D already has annotations in article " + articleId
                            + " (\u201C" + draft.title() + "\u201D), and this file's annotations have no ids of Newsmark's to "
                            + "tell whether they are the same ones (it was probably imported before), so nothing of it "
                            + "was merged. If it is another coder's work, import it with --annotator and a name of its own";
                }
                return place + "coder \u201C" + entry.getKey() + "\u201D already has other annotations in article "
                        + articleId + " (\u201C" + draft.title() + "\u201D): this looks like another coder's work under "
                        + "the same name, and nothing of this file was merged. Import it with --annotator and a name "
                        + "of its own (in the window: set the coder's name in that coder's project)";
            }
        }
        return null;
    }

    private static String key(String title) {
        return title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    }
}
