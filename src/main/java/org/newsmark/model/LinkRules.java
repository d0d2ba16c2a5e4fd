package org.newsmark.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What makes a link acceptable: both ends exist in its own article, and no relation forms a cycle. */
public final class LinkRules {

    private LinkRules() {
    }

    /**
     * Why {@code link} cannot be added to an article that has {@code existing} links between
     * {@code annotations} (by id), or empty when it can.
     */
    public static Optional<String> problem(Link link, Collection<Link> existing, Map<UUID, Annotation> annotations) {
        Annotation from = annotations.get(link.from());
        Annotation to = annotations.get(link.to());
        if (from == null || to == null) {
            return Optional.of("A link must join two annotations of the same article; one end is not in this article.");
        }
        if (from.articleId() != link.articleId() || to.articleId() != link.articleId()) {
            return Optional.of("A link must join two annotations of the same article.");
        }
        for (Link other : existing) {
            if (!other.id().equals(link.id()) && other.type() == link.type() && other.from().equals(link.from())
                    && other.to().equals(link.to())) {
                return Optional.of("These two annotations are already linked that way.");
            }
        }
        if (reaches(link.to(), link.from(), existing, link.id())) {
            return Optional.of("That link would make a cycle: \u201C" + to.text() + "\u201D already leads back to \u201C"
                    + from.text() + "\u201D.");
        }
        return Optional.empty();
    }

    /** Whether following links (of any type) from {@code start} reaches {@code target}. */
    private static boolean reaches(UUID start, UUID target, Collection<Link> links, UUID ignored) {
        Deque<UUID> pending = new ArrayDeque<>();
        Set<UUID> seen = new HashSet<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            UUID current = pending.pop();
            if (current.equals(target)) {
                return true;
            }
            if (!seen.add(current)) {
                continue;
            }
            for (Link link : links) {
                if (!link.id().equals(ignored) && link.from().equals(current)) {
                    pending.push(link.to());
                }
            }
        }
        return false;
    }
}
