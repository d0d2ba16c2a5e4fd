package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsmark.analysis.VoiceRow.Level;

/**
 * Who gets a voice (docs/findings.md, "Voices"). Every row counts the distinct quotes that have at
 * least one voice matching it, so a quote attributed to two speakers counts once for each of them,
 * and once for their outlet. The counting itself is {@link VoicesTally}'s.
 */
public final class Voices {

    private Voices() {
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
