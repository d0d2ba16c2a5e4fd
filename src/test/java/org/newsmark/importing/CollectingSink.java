package org.newsmark.importing;

import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.ArticleDraft;

/** Keeps what a reader hands over, for tests to look at. */
public final class CollectingSink implements ArticleSink {

    public record Read(String where, ArticleDraft draft, CarriedWork carried) {
    }

    public record Skip(String where, String reason) {
    }

    public final List<Read> read = new ArrayList<>();
    public final List<Skip> skipped = new ArrayList<>();

    @Override
    public void article(String where, ArticleDraft draft, CarriedWork carried) {
        read.add(new Read(where, draft, carried));
    }

    @Override
    public void skipped(String where, String reason) {
        skipped.add(new Skip(where, reason));
    }

    public List<ArticleDraft> drafts() {
        return read.stream().map(Read::draft).toList();
    }

    /** Reads {@code source} with {@code reader} into a new sink. */
    public static CollectingSink readWith(ArticleReader reader, ImportSource source) throws Exception {
        CollectingSink sink = new CollectingSink();
        reader.read(source, sink);
        return sink;
    }
}
