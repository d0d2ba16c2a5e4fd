package org.newsmark.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * How the claims of one speaker (or the unattributed ones) stand: coded unchallenged ({@code no}),
 * {@code partly}, challenged ({@code yes}), another value, not coded.
 */
public record ClaimGroupRow(String speaker, String speakerId, int claims, int unchallenged, int partly, int challenged,
        int otherValue, int notCoded) {

    public static final List<String> COLUMNS = List.of("speaker", "speaker_id", "claims", "unchallenged", "partly",
            "challenged", "other_value", "not_coded");

    public List<Object> cells() {
        return Arrays.asList(speaker, speakerId, claims, unchallenged, partly, challenged, otherValue, notCoded);
    }
}
