package org.newsmark.suggest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Person;

/**
 * Finds the people of a project's speaker registry that a speaker mention may refer to, so that
 * linking "Mr Musk" or "Anthony Lim, Director of …" to a person is a choice among a few rather than
 * a search. Names are compared word by word, ignoring case, accents, honorifics and titles ("Mr",
 * "Professor", "Vice-President"), a possessive, initials and suffixes such as "Jr". A full name
 * ranks above an alias, which ranks above a surname alone; pronouns and descriptions ("He", "the
 * billionaire") name nobody and match nobody. Which of two people called Musk "Musk" is, only the
 * researcher can tell: both are offered.
 */
public final class PersonMatcher {

    /**
     * At most {@code limit} people {@code mention} may refer to, the best first (ties by name).
     * Each person appears once, with the best way they matched.
     */
    public List<PersonMatch> rank(String mention, Collection<Person> people, int limit) {
        if (people == null) {
            return List.of();
        }
        return new PeopleIndex(people).rank(mention, limit);
    }

    /**
     * The name a new person could be given from a mention: "Mr Musk" gives "Musk", "Elon Musk's"
     * gives "Elon Musk", "Anthony Lim, Director of …" gives "Anthony Lim"; empty for a pronoun or a
     * description. See {@link MentionNames} for the rules.
     */
    public Optional<String> canonicalName(String mention) {
        return MentionNames.canonical(mention);
    }
}
