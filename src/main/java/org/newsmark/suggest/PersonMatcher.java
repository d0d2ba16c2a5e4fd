package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
        List<String> mentioned = MentionNames.mentioned(mention);
        if (mentioned.isEmpty() || people == null || limit <= 0) {
            return List.of();
        }
        List<PersonMatch> matches = new ArrayList<>();
        for (Person person : people) {
            match(mentioned, person).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparingDouble(PersonMatch::score).reversed()
                .thenComparing(match -> match.person().name(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    /**
     * The name a new person could be given from a mention: "Mr Musk" gives "Musk", "Elon Musk's"
     * gives "Elon Musk", "Anthony Lim, Director of …" gives "Anthony Lim"; empty for a pronoun or a
     * description. See {@link MentionNames} for the rules.
     */
    public Optional<String> canonicalName(String mention) {
        return MentionNames.canonical(mention);
    }

    private static Optional<PersonMatch> match(List<String> mentioned, Person person) {
        List<String> name = MentionNames.comparable(person.name());
        if (mentioned.equals(name)) {
            return Optional.of(PersonMatch.of(person, PersonMatch.Kind.EXACT));
        }
        List<List<String>> aliases = person.aliases().stream().map(MentionNames::comparable).toList();
        if (aliases.contains(mentioned)) {
            return Optional.of(PersonMatch.of(person, PersonMatch.Kind.ALIAS));
        }
        if (mentioned.size() != 1) {
            return Optional.empty();
        }
        String surname = mentioned.get(0);
        if (!name.isEmpty() && name.get(name.size() - 1).equals(surname)) {
            return Optional.of(PersonMatch.of(person, PersonMatch.Kind.SURNAME));
        }
        boolean aliasSurname = aliases.stream().anyMatch(alias -> !alias.isEmpty() && alias.get(alias.size() - 1).equals(surname));
        return aliasSurname ? Optional.of(PersonMatch.of(person, PersonMatch.Kind.ALIAS_SURNAME)) : Optional.empty();
    }
}
