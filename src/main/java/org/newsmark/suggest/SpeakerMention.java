package org.newsmark.suggest;

import java.util.Objects;
import org.newsmark.model.TextSpans.Range;

/**
 * A place where the article names a person of the project's speaker registry, by name or alias
 * ("Elon Musk", "Mr Musk", "Musk's"), with how the name matched. Offsets are UTF-16, end exclusive.
 */
public record SpeakerMention(Range range, PersonMatch match) {

    public SpeakerMention {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(match, "match");
    }
}
