package org.newsmark.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.TextSpans;

/**
 * A long hearing transcript, generated the same way every time: speaker turns of varied length,
 * a few of them very long (a witness statement read out in one paragraph), and many overlapping
 * annotations, as a long-document stress case for the article view.
 */
final class SyntheticTranscript {

    private static final String[] SPEAKERS = {"CHAIR", "MS OKAFOR", "MR LINDQVIST", "DR PATEL", "WITNESS", "COUNSEL"};
    private static final String[] WORDS = ("the committee heard that evidence was given about platform moderation and "
            + "the outage which according to the engineers began shortly after nine when traffic rose sharply and "
            + "several services failed in turn although officials said no attack had been found and the minister "
            + "told reporters that a review would report by the end of the year with recommendations on resilience")
            .split(" ");

    private SyntheticTranscript() {
    }

    static ArticleDraft draft(int targetChars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("Transcript of the public hearing on the platform outage\n");
        int turn = 0;
        while (text.length() < targetChars) {
            boolean statement = turn % 400 == 399;
            int words = statement ? 16_000 : 20 + random.nextInt(140);
            text.append(SPEAKERS[random.nextInt(SPEAKERS.length)]).append(": ");
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                text.append(random.nextInt(14) == 0 ? ". " : " ");
            }
            text.setLength(text.length() - 1);
            text.append(".\n");
            turn++;
        }
        String body = text.substring(0, text.lastIndexOf("\n"));
        return new ArticleDraft("Transcript of the public hearing on the platform outage", null, "Synthetic", null,
                null, null, body);
    }

    /** {@code count} annotations at word boundaries, a third of them nested inside or overlapping others. */
    static List<AnnotationChange> annotations(Article article, int count, List<Long> categories, long seed) {
        Random random = new Random(seed);
        String text = article.text();
        List<AnnotationChange> changes = new ArrayList<>(count);
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        int previousStart = 0;
        for (int i = 0; i < count; i++) {
            int from = i % 3 == 2 ? previousStart + random.nextInt(40) : random.nextInt(text.length() - 400);
            int start = text.indexOf(' ', Math.min(from, text.length() - 300)) + 1;
            int end = text.indexOf(' ', start + 5 + random.nextInt(120));
            if (end < 0 || start <= 0) {
                continue;
            }
            TextSpans.Range range = TextSpans.trim(text, start, end).orElseThrow();
            previousStart = range.start();
            changes.add(AnnotationChange.create(new Annotation(UUID.randomUUID(), article.id(),
                    categories.get(random.nextInt(categories.size())), range.start(), range.end(),
                    text.substring(range.start(), range.end()), TextSpans.prefix(text, range.start()),
                    TextSpans.suffix(text, range.end()), "", "bench", now, now)));
        }
        return changes;
    }
}
