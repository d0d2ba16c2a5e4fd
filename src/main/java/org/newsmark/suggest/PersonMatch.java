package org.newsmark.suggest;

import org.newsmark.model.Person;

/**
 * A person a speaker mention may refer to, with how the names matched. The score orders matches of
 * different kinds: a full name above an alias above a surname.
 */
public record PersonMatch(Person person, Kind kind, double score) {

    /** How a mention matched a person. */
    public enum Kind {
        /** The mention's name is the person's name ("Elon Musk's" for Elon Musk). */
        EXACT(1.0),
        /** The mention's name is one of the person's aliases ("Ms Harris"). */
        ALIAS(0.9),
        /** The mention is one word, the last word of the person's name ("Mr Musk"). */
        SURNAME(0.6),
        /** The mention is one word, the last word of one of the person's aliases. */
        ALIAS_SURNAME(0.5);

        private final double score;

        Kind(double score) {
            this.score = score;
        }

        public double score() {
            return score;
        }
    }

    public static PersonMatch of(Person person, Kind kind) {
        return new PersonMatch(person, kind, kind.score());
    }
}
