package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.model.Person;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.Words.Word;

/**
 * Finds where an article names the people of a project's speaker registry: a person's name or an
 * alias written out ("Elon Musk", "Musk's"), or its last word alone after a title or on its own
 * ("Mr Musk", "Musk"), capitalised as names are. A title right before the name belongs to the mention.
 * Which person a mention names is decided as {@link PersonMatcher} decides it; a mention that two people
 * match equally well ("Musk" for two Musks) is left out, since only the researcher can tell. One pass
 * over the words, with the names looked up by their first word.
 */
final class RegisteredNames {

    private static final int LONGEST_NAME = 6;

    private final Map<String, List<List<String>>> namesByFirstWord = new HashMap<>();
    private final PeopleIndex people;

    RegisteredNames(List<Person> registry, PeopleIndex people) {
        this.people = people;
        for (Person person : registry == null ? List.<Person>of() : registry) {
            for (String name : person.names()) {
                List<String> tokens = MentionNames.comparable(name);
                if (tokens.isEmpty() || tokens.size() > LONGEST_NAME) {
                    continue;
                }
                add(tokens);
                add(tokens.subList(tokens.size() - 1, tokens.size()));
            }
        }
    }

    private void add(List<String> tokens) {
        List<List<String>> names = namesByFirstWord.computeIfAbsent(tokens.get(0), key -> new ArrayList<>());
        if (!names.contains(tokens)) {
            names.add(List.copyOf(tokens));
        }
    }

    boolean isEmpty() {
        return namesByFirstWord.isEmpty();
    }

    /** The mentions of registered people in {@code words} of {@code text}, in order, not overlapping. */
    List<SpeakerMention> find(String text, List<Word> words) {
        List<SpeakerMention> mentions = new ArrayList<>();
        if (namesByFirstWord.isEmpty()) {
            return mentions;
        }
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (!word.capitalised(text)) {
                continue;
            }
            List<List<String>> candidates = namesByFirstWord.get(MentionNames.comparableWord(word.text(text)));
            if (candidates == null) {
                continue;
            }
            int longest = -1;
            for (List<String> name : candidates) {
                if (name.size() - 1 > longest && matchesAt(text, words, w, name)) {
                    longest = name.size() - 1;
                }
            }
            if (longest < 0) {
                continue;
            }
            int first = w;
            if (w > 0 && MentionNames.TITLES.contains(MentionNames.comparableWord(words.get(w - 1).text(text)))
                    && words.get(w - 1).capitalised(text) && Words.adjacentOrStop(text, words.get(w - 1), word)) {
                first = w - 1;
            }
            Range range = new Range(words.get(first).start(), words.get(w + longest).end());
            String mention = text.substring(range.start(), range.end());
            people.best(mention).ifPresent(match -> mentions.add(new SpeakerMention(range, match)));
            w += longest;
        }
        return mentions;
    }

    private static boolean matchesAt(String text, List<Word> words, int w, List<String> name) {
        if (w + name.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < name.size(); k++) {
            Word word = words.get(w + k);
            if (!MentionNames.comparableWord(word.text(text)).equals(name.get(k))
                    || (k > 0 && !Words.adjacentOrStop(text, words.get(w + k - 1), word))) {
                return false;
            }
        }
        return true;
    }
}
