package org.newsmark.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One row of the Claims table: a content annotation (docs/findings.md, "Claims").
 *
 * @param outlet        the article's outlet, or null
 * @param published     the article's date as stored, or null
 * @param speaker       the speakers' names joined by "; ", or {@code unattributed}
 * @param speakerType   their speaker types joined by "; ", or "" when unattributed
 * @param form          {@code direct} or {@code indirect}
 * @param challenged    the value of its "Challenged in the text" attribute as stored, or null when not coded
 * @param evidenceGiven the value of its "Evidence given" attribute, or null
 * @param checkable     the value of its "Checkable" attribute, or null
 * @param voices        its speakers, for grouping and filtering (not a column)
 */
public record ClaimRow(long articleId, String title, String outlet, String published, UUID claimId, String category,
        int start, int end, String speaker, String speakerType, String text, int words, String form, String challenged,
        String evidenceGiven, String checkable, String note, List<Voice> voices) {

    public static final List<String> COLUMNS = List.of("article_id", "title", "outlet", "published", "claim_id", "category",
            "start", "end", "speaker", "speaker_type", "text", "words", "form", "challenged", "evidence_given", "checkable",
            "note");

    public ClaimRow {
        voices = List.copyOf(voices);
    }

    public boolean attributed() {
        return !voices.isEmpty();
    }

    /** The values of {@link #COLUMNS}, in order; null where there is no value. */
    public List<Object> cells() {
        return Arrays.asList(articleId, title, outlet, published, claimId.toString(), category, start, end, speaker,
                speakerType, text, words, form, challenged, evidenceGiven, checkable, note);
    }
}
