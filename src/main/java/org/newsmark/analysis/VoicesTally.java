package org.newsmark.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.analysis.VoiceRow.Level;

/**
 * The Voices table counted article by article (docs/findings.md, "Voices"). Every column adds up
 * across articles (a quote belongs to one article; "articles" and "first voice articles" count one
 * per article), so an article can be taken out and put back when it changes, and the table is right
 * without counting the other articles again.
 */
public final class VoicesTally {

    /** What a row is about; {@code speakerKey} and {@code type} are null where the level leaves them open. */
    private record Key(boolean allOutlets, String outlet, Level level, String speakerKey, String type) {
    }

    /** One article's part of one row. */
    private static final class Part {
        String speakerName = VoiceRow.ALL;
        String speakerId = "";
        int quotes;
        long words;
        int direct;
        boolean firstVoice;
    }

    private static final class Tally {
        String speakerName = VoiceRow.ALL;
        String speakerId = "";
        int quotes;
        long words;
        int direct;
        int articles;
        int firstVoiceArticles;
    }

    private final Map<Key, Tally> tallies = new HashMap<>();

    public void add(ArticleFindings article) {
        apply(article, 1);
    }

    public void remove(ArticleFindings article) {
        apply(article, -1);
    }

    private void apply(ArticleFindings article, int sign) {
        for (Map.Entry<Key, Part> entry : parts(article).entrySet()) {
            Part part = entry.getValue();
            Tally tally = tallies.computeIfAbsent(entry.getKey(), key -> new Tally());
            if (sign > 0) {
                tally.speakerName = part.speakerName;
                tally.speakerId = part.speakerId;
            }
            tally.quotes += sign * part.quotes;
            tally.words += sign * part.words;
            tally.direct += sign * part.direct;
            tally.articles += sign;
            tally.firstVoiceArticles += part.firstVoice ? sign : 0;
            if (tally.quotes <= 0) {
                tallies.remove(entry.getKey());
            }
        }
    }

    /** The article's part of every row it counts in: each of its quotes once per row it matches. */
    private static Map<Key, Part> parts(ArticleFindings article) {
        Map<Key, Part> parts = new LinkedHashMap<>();
        Set<Key> keys = new LinkedHashSet<>();
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
                        Part part = parts.computeIfAbsent(key, k -> new Part());
                        part.speakerName = voice.speaker().name();
                        part.speakerId = voice.speaker().id();
                    }
                }
            }
            for (Key key : keys) {
                Part part = parts.computeIfAbsent(key, k -> new Part());
                part.quotes++;
                part.words += quote.words();
                part.direct += quote.direct() ? 1 : 0;
                part.firstVoice |= quote.firstVoice();
            }
        }
        return parts;
    }

    /** The rows, in the order docs/findings.md gives. */
    public List<VoiceRow> rows() {
        List<VoiceRow> rows = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> rows.add(row(key, tally)));
        rows.sort(Voices.ORDER);
        return rows;
    }

    /**
     * The rows of one level, for one outlet or all ({@code outlet} null meaning articles without one),
     * at most {@code limit} of them, most quotes first: what a window shows without sorting every row.
     */
    public Selection rows(boolean allOutlets, String outlet, Level level, int limit) {
        java.util.PriorityQueue<VoiceRow> best = new java.util.PriorityQueue<>(Voices.ORDER.reversed());
        int matching = 0;
        for (Map.Entry<Key, Tally> entry : tallies.entrySet()) {
            Key key = entry.getKey();
            if (key.level() != level || key.allOutlets() != allOutlets
                    || !allOutlets && !java.util.Objects.equals(key.outlet(), outlet)) {
                continue;
            }
            matching++;
            VoiceRow row = row(key, entry.getValue());
            if (best.size() < limit) {
                best.add(row);
            } else if (Voices.ORDER.compare(row, best.peek()) < 0) {
                best.poll();
                best.add(row);
            }
        }
        List<VoiceRow> rows = new ArrayList<>(best);
        rows.sort(Voices.ORDER);
        return new Selection(rows, matching);
    }

    /** Some rows, and how many there are in all. */
    public record Selection(List<VoiceRow> rows, int total) {
    }

    /** The speaker type and outlet rows only: few, and all the chart needs. */
    public List<VoiceRow> typeRows() {
        List<VoiceRow> rows = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (key.level() != Level.SPEAKER) {
                rows.add(row(key, tally));
            }
        });
        rows.sort(Voices.ORDER);
        return rows;
    }

    private VoiceRow row(Key key, Tally tally) {
        Tally outlet = tallies.get(new Key(key.allOutlets(), key.outlet(), Level.OUTLET, null, null));
        boolean speaker = key.level() == Level.SPEAKER;
        return new VoiceRow(key.outlet(), key.allOutlets(), key.level(), speaker ? tally.speakerName : VoiceRow.ALL,
                speaker ? tally.speakerId : "", key.level() == Level.OUTLET ? VoiceRow.ALL : key.type(), tally.quotes,
                tally.words, (double) tally.quotes / outlet.quotes, tally.articles, tally.firstVoiceArticles,
                tally.direct, tally.quotes - tally.direct);
    }

    public void clear() {
        tallies.clear();
    }
}
