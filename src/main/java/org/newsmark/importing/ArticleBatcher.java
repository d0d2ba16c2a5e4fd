package org.newsmark.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsmark.model.Change;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.ProjectStore.AddedArticle;
import org.newsmark.store.ProjectStore.NewArticle;
import org.newsmark.store.StoreException;

/**
 * Collects imported articles and stores them in batches, each one transaction. A batch is sized so
 * that storing it takes about {@link #TARGET_NANOS}: a save made in the window meanwhile waits at
 * most that long for the project file, and an import of thousands of articles still commits (and
 * syncs to disk) only a few times a second. A batch also goes to disk when it has waited
 * {@link #MAX_WAIT_NANOS}, so a slow source (a web page) shows progress.
 */
final class ArticleBatcher {

    static final long TARGET_NANOS = 10_000_000L;
    static final long MAX_WAIT_NANOS = 500_000_000L;
    private static final int MIN_BATCH = 4;
    private static final int MAX_BATCH = 2_000;
    private static final long MAX_BATCH_CHARS = 8L * 1024 * 1024;

    private final CorpusImporter.BatchWriter store;
    private final Supplier<List<Change>> sharedChanges;
    private final List<NewArticle> articles = new ArrayList<>();
    private final List<Consumer<AddedArticle>> outcomes = new ArrayList<>();
    private int target = 32;
    private long chars;
    private long oldest;

    /** @param sharedChanges what the batch's work needs in the codebook and registry, stored first */
    ArticleBatcher(CorpusImporter.BatchWriter store, Supplier<List<Change>> sharedChanges) {
        this.store = store;
        this.sharedChanges = sharedChanges;
    }

    /** Queues an article; {@code outcome} learns, once it is stored, its id or why it was not. */
    void add(NewArticle article, Consumer<AddedArticle> outcome) {
        if (articles.isEmpty()) {
            oldest = System.nanoTime();
        }
        articles.add(article);
        outcomes.add(outcome);
        chars += article.draft().text().length();
        if (articles.size() >= target || chars >= MAX_BATCH_CHARS || System.nanoTime() - oldest >= MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** Stores what is queued, if it has waited long enough; called between files. */
    void flushIfWaiting() {
        if (!articles.isEmpty() && System.nanoTime() - oldest >= MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** Stores everything queued. A failure of the project file (a full disk) is thrown; nothing of the batch is stored. */
    void flush() {
        if (articles.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<AddedArticle> added;
        try {
            added = store.write(sharedChanges.get(), List.copyOf(articles));
        } catch (StoreException e) {
            outcomes.forEach(outcome -> outcome.accept(new AddedArticle(0, false, "not stored: " + e.getMessage())));
            clear();
            throw e;
        }
        adapt(articles.size(), System.nanoTime() - start);
        for (int i = 0; i < added.size(); i++) {
            outcomes.get(i).accept(added.get(i));
        }
        clear();
    }

    private void clear() {
        articles.clear();
        outcomes.clear();
        chars = 0;
    }

    /** Moves the batch size toward what stores in the target time, by at most a factor of two each time. */
    private void adapt(int size, long nanos) {
        double perArticle = (double) Math.max(nanos, 1) / size;
        int ideal = (int) (TARGET_NANOS / perArticle);
        target = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.max(target / 2, Math.min(target * 2, ideal))));
    }
}
