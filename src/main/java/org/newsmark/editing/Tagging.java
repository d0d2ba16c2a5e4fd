package org.newsmark.editing;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.TextSpans;

/** Turns a selection in an article into a new annotation, or says why it cannot. */
public final class Tagging {

    private Tagging() {
    }

    /** Either the annotation to create or the reason there is none. */
    public record Result(Annotation annotation, String refusal) {
        public boolean created() {
            return annotation != null;
        }
    }

    /**
     * Tags {@code [selectionStart, selectionEnd)} with a category. Leading and trailing whitespace is
     * left out; a selection of nothing but whitespace, or a span already tagged with the same
     * category, is refused.
     */
    public static Result tag(Article article, Collection<Annotation> existing, int selectionStart, int selectionEnd,
            Category category, String annotator, Instant now) {
        Optional<TextSpans.Range> range = TextSpans.trim(article.text(), selectionStart, selectionEnd);
        if (range.isEmpty()) {
            return new Result(null, "Select some text first, then press a category key.");
        }
        int start = range.get().start();
        int end = range.get().end();
        Optional<String> problem = TextSpans.problem(article.text(), start, end);
        if (problem.isPresent()) {
            return new Result(null, problem.get() + ".");
        }
        boolean duplicate = existing.stream().anyMatch(annotation -> annotation.start() == start
                && annotation.end() == end && annotation.categoryId() == category.id());
        if (duplicate) {
            return new Result(null, "That text is already tagged as " + category.name() + ".");
        }
        String text = article.text();
        return new Result(new Annotation(UUID.randomUUID(), article.id(), category.id(), start, end,
                text.substring(start, end), TextSpans.prefix(text, start), TextSpans.suffix(text, end), "", annotator,
                now, now), null);
    }

    /** "“a massive DDoS attack on X”", shortened for messages and menus. */
    public static String quote(Annotation annotation) {
        String text = annotation.text().replaceAll("\\s+", " ");
        return "\u201C" + (text.length() > 40 ? text.substring(0, 39) + "\u2026" : text) + "\u201D";
    }
}
