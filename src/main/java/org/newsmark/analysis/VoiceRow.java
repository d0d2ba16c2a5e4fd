package org.newsmark.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the Voices table (docs/findings.md, "Voices"): the quotes of one outlet (or of every
 * outlet) attributed to one speaker as one speaker type, to any speaker of one type, or to anyone.
 *
 * @param outlet      the outlet, or null for articles without one; ignored when {@code allOutlets}
 * @param allOutlets  whether the row counts every outlet ({@code outlet} column {@code all})
 * @param speaker     the speaker's name, or {@code all} on speaker type and outlet rows
 * @param speakerId   the person's id, or "" for an unregistered speaker and on the other levels
 * @param speakerType the speaker type, or {@code all} on outlet rows
 */
public record VoiceRow(String outlet, boolean allOutlets, Level level, String speaker, String speakerId,
        String speakerType, int quotes, long quotedWords, double shareOfQuotes, int articles, int firstVoiceArticles,
        int direct, int indirect) {

    public static final String ALL = "all";
    public static final List<String> COLUMNS = List.of("outlet", "level", "speaker", "speaker_id", "speaker_type",
            "quotes", "quoted_words", "share_of_quotes", "articles", "first_voice_articles", "direct", "indirect");

    /** What a row counts the quotes of: a speaker as a type, any speaker of a type, or every speaker. */
    public enum Level {
        OUTLET("outlet"), SPEAKER_TYPE("speaker_type"), SPEAKER("speaker");

        private final String code;

        Level(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The outlet column's value: the outlet, {@code all}, or null for articles without an outlet. */
    public String outletCell() {
        return allOutlets ? ALL : outlet;
    }

    public List<Object> cells() {
        return Arrays.asList(outletCell(), level.code(), speaker, speakerId, speakerType, quotes, quotedWords,
                shareOfQuotes, articles, firstVoiceArticles, direct, indirect);
    }
}
