package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Person;

/**
 * The people of a speaker registry with their names made comparable once ({@link MentionNames#comparable}),
 * so that many mentions can be matched against many people without normalising every name again.
 * Matching as {@link PersonMatcher} describes it.
 */
final class PeopleIndex {

    /** One person's comparable name and aliases. */
    private record Entry(Person person, List<String> name, List<List<String>> aliases) {
    }

    private final List<Entry> entries;

    PeopleIndex(Collection<Person> people) {
        List<Entry> list = new ArrayList<>();
        if (people != null) {
            for (Person person : people) {
                list.add(new Entry(person, MentionNames.comparable(person.name()),
                        person.aliases().stream().map(MentionNames::comparable).toList()));
            }
        }
        entries = List.copyOf(list);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** At most {@code limit} people {@code mention} may refer to, the best first (ties by name). */
    List<PersonMatch> rank(String mention, int limit) {
        List<String> mentioned = MentionNames.mentioned(mention);
        if (mentioned.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<PersonMatch> matches = new ArrayList<>();
        for (Entry entry : entries) {
            match(mentioned, entry).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparingDouble(PersonMatch::score).reversed()
                .thenComparing(match -> match.person().name(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    /** The one person {@code mention} names best, or empty when none does or two do equally well. */
    Optional<PersonMatch> best(String mention) {
        List<PersonMatch> matches = rank(mention, 2);
        if (matches.isEmpty() || (matches.size() > 1 && matches.get(0).score() <= matches.get(1).score())) {
            return Optional.empty();
        }
        return Optional.of(matches.get(0));
    }

    private static Optional<PersonMatch> match(List<String> mentioned, Entry entry) {
        if (mentioned.equals(entry.name())) {
            return Optional.of(PersonMatch.of(entry.person(), PersonMatch.Kind.EXACT));
        }
        if (entry.aliases().contains(mentioned)) {
            return Optional.of(PersonMatch.of(entry.person(), PersonMatch.Kind.ALIAS));
        }
        if (mentioned.size() != 1) {
            return Optional.empty();
        }
        String surname = mentioned.get(0);
        List<String> name = entry.name();
        if (!name.isEmpty() && name.get(name.size() - 1).equals(surname)) {
            return Optional.of(PersonMatch.of(entry.person(), PersonMatch.Kind.SURNAME));
        }
        boolean aliasSurname = entry.aliases().stream()
                .anyMatch(alias -> !alias.isEmpty() && alias.get(alias.size() - 1).equals(surname));
        return aliasSurname ? Optional.of(PersonMatch.of(entry.person(), PersonMatch.Kind.ALIAS_SURNAME)) : Optional.empty();
    }
}
