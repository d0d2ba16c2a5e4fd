package org.newsmark.ui.speakers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsmark.model.Person;

/** What a coder types to find a person in a list: each typed word starts a word of their name or an alias. */
final class PersonFilter {

    private PersonFilter() {
    }

    static List<String> words(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(plain(typed).split("[\\s.,'\u2019-]+")).filter(word -> !word.isEmpty()).toList();
    }

    static boolean matches(Person person, List<String> typedWords) {
        if (typedWords.isEmpty()) {
            return true;
        }
        List<String> nameWords = person.names().stream().flatMap(name -> Arrays.stream(plain(name).split("[\\s.,'\u2019-]+")))
                .filter(word -> !word.isEmpty()).toList();
        return typedWords.stream().allMatch(typed -> nameWords.stream().anyMatch(word -> word.startsWith(typed)));
    }

    /** Lower case without accents: "Şahin" is found by typing "sahin". */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
