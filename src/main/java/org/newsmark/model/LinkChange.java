package org.newsmark.model;

/** A link created ({@code before == null}) or deleted ({@code after == null}). */
public record LinkChange(Link before, Link after) implements Change {

    public LinkChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a before or an after state");
        }
    }

    public static LinkChange create(Link link) {
        return new LinkChange(null, link);
    }

    public static LinkChange delete(Link link) {
        return new LinkChange(link, null);
    }

    @Override
    public LinkChange inverse() {
        return new LinkChange(after, before);
    }

    @Override
    public long articleId() {
        return after != null ? after.articleId() : before.articleId();
    }
}
