package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsmark.analysis.VoiceRow.Level;

/**
 * Counts who gets a voice (docs/findings.md, "Voices"). Every row counts the distinct quotes that
 * have at least one voice matching it, so a quote attributed to two speakers counts once for each of
 * them, and once for their outlet. Counting is one pass over the articles' quotes: every column adds
 * up within an article and across articles.
 */
public final class Voices {

    private Voices() {
    }

    /** What a row is about; {@code speakerKey} and {@code type} are null where the level leaves them open. */
    private record Key(boolean allOutlets, String outlet, Level level, String speakerKey, String type) {
    }

    private static final class Tally {
        final Key key;
        String speakerName = VoiceRow.ALL;
        String speakerId = "";
        int quotes;
        long words;
        int articles;
        int firstVoiceArticles;
        int direct;
        long lastArticle = Long.MIN_VALUE;
        long lastFirstVoiceArticle = Long.MIN_VALUE;

        Tally(Key key) {
            this.key = key;
        }

        void add(long articleId, ContentFacts quote) {
            quotes++;
            words += quote.words();
            if (quote.direct()) {
                direct++;
            }
            if (lastArticle != articleId) {
                lastArticle = articleId;
                articles++;
            }
            if (quote.firstVoice() && lastFirstVoiceArticle != articleId) {
                lastFirstVoiceArticle = articleId;
                firstVoiceArticles++;
            }
        }
    }

    /** The rows over these articles (the scope), in the order docs/findings.md gives. */
    public static List<VoiceRow> count(List<ArticleFindings> articles) {
        Map<Key, Tally> tallies = new HashMap<>();
        Set<Key> keys = new LinkedHashSet<>();
        for (ArticleFindings article : articles) {
            for (ContentFacts quote : article.contents()) {
                if (!quote.isQuote()) {
                    continue;
                }
                keys.clear();
                for (boolean all : new boolean[] {false, true}) {
                    String outlet = all ? null : article.outlet();
                    keys.add(new Key(all, outlet, Level.OUTLET, null, null));
                    for (Voice voice : quote.voices()) {
                        keys.add(new Key(all, outlet, Level.SPEAKER_TYPE, null, voice.type()));
                    }
                    for (Voice voice : quote.voices()) {
                        Key key = new Key(all, outlet, Level.SPEAKER, voice.speaker().key(), voice.type());
                        if (keys.add(key)) {
                            Tally tally = tallies.computeIfAbsent(key, Tally::new);
                            tally.speakerName = voice.speaker().name();
                            tally.speakerId = voice.speaker().id();
                        }
                    }
                }
                for (Key key : keys) {
                    tallies.computeIfAbsent(key, Tally::new).add(article.id(), quote);
                }
            }
        }
        List<VoiceRow> rows = new ArrayList<>(tallies.size());
        for (Tally tally : tallies.values()) {
            Key key = tally.key;
            Tally outlet = tallies.get(new Key(key.allOutlets(), key.outlet(), Level.OUTLET, null, null));
            rows.add(new VoiceRow(key.outlet(), key.allOutlets(), key.level(),
                    key.level() == Level.SPEAKER ? tally.speakerName : VoiceRow.ALL,
                    key.level() == Level.SPEAKER ? tally.speakerId : "",
                    key.level() == Level.OUTLET ? VoiceRow.ALL : key.type(), tally.quotes, tally.words,
                    (double) tally.quotes / outlet.quotes, tally.articles, tally.firstVoiceArticles, tally.direct,
                    tally.quotes - tally.direct));
        }
        rows.sort(ORDER);
        return rows;
    }

    /** Outlets by name (articles without one after them, {@code all} last), then levels, then most quotes first. */
    static final Comparator<VoiceRow> ORDER = Comparator.comparing(VoiceRow::allOutlets)
            .thenComparing(VoiceRow::outlet, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
            .thenComparing(VoiceRow::level)
            .thenComparing(Comparator.comparingInt(VoiceRow::quotes).reversed())
            .thenComparing(VoiceRow::speaker, String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
            .thenComparing(VoiceRow::speakerId)
            .thenComparing(VoiceRow::speakerType, String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    /** The quotes a row counts, in article order, for the window's "see the quotes". */
    public static List<ContentFacts> quotesOf(VoiceRow row, List<ArticleFindings> articles) {
        List<ContentFacts> quotes = new ArrayList<>();
        for (ArticleFindings article : articles) {
            if (!row.allOutlets() && !Objects.equals(row.outlet(), article.outlet())) {
                continue;
            }
            for (ContentFacts quote : article.contents()) {
                if (quote.isQuote() && quote.voices().stream().anyMatch(voice -> matches(row, voice))) {
                    quotes.add(quote);
                }
            }
        }
        return quotes;
    }

    private static boolean matches(VoiceRow row, Voice voice) {
        return switch (row.level()) {
            case OUTLET -> true;
            case SPEAKER_TYPE -> voice.type().equals(row.speakerType());
            case SPEAKER -> voice.type().equals(row.speakerType()) && voice.speaker().id().equals(row.speakerId())
                    && (row.speakerId().isEmpty() ? voice.speaker().name().equals(row.speaker()) : true);
        };
    }
}
