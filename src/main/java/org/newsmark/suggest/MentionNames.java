package org.newsmark.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name in a speaker mention, as a person's name is written: "Mr Musk" is "Musk", "Elon Musk's"
 * is "Elon Musk", "Anthony Lim, Director of …" is "Anthony Lim", "Florida Governor Ron DeSantis'" is
 * "Ron DeSantis". Honorifics and titles, a possessive at the end and anything after a comma,
 * parenthesis or dash are set aside, except that a description followed by a name in apposition
 * gives that name ("the Crown prosecutor, Mark Tedeschi, QC" is "Mark Tedeschi"). When titles and names alternate, the name right after the
 * last title is taken ("Undersecretary for Education Mr. Toccafondi" is "Toccafondi"); a title's
 * "of X" or "for X" goes with the title ("Minister of Education Stefania Giannini"). Otherwise the
 * first run of two or more capitalised words is the name ("Andrew Hay from IT firm Damovo").
 * Pronouns and descriptions ("He", "the billionaire", "a spokesman for the campaign", "Trump's
 * spokesman") have no name.
 *
 * <p>Limits: a description opening a sentence with a capital ("Officials") reads as a name, and a
 * title's complement of two words ("Minister of Foreign Affairs Sergey Lavrov") leaves its second
 * word with the name.
 */
final class MentionNames {

    /** Honorifics and titles, in lower case without a full stop; "vice" and "prime" begin two-word titles. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "rev", "reverend", "president", "vice-president", "vice", "governor", "gov",
            "senator", "sen", "representative", "rep", "congressman", "congresswoman", "minister", "prime",
            "chancellor", "secretary", "undersecretary", "judge", "justice", "mayor", "general", "gen", "colonel",
            "col", "captain", "capt", "sergeant", "sgt", "lieutenant", "lt", "king", "queen", "prince", "princess",
            "pope", "chairman", "chairwoman", "chair", "director", "ambassador", "commissioner", "chief", "deputy",
            "sheriff", "detective", "officer", "councillor", "councilman", "councilwoman", "father", "rabbi", "imam",
            "sheikh", "former", "acting", "assistant");

    /** Generational and professional suffixes, not compared. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "qc", "kc", "sc", "mp", "mep", "phd", "md", "ii",
            "iii", "iv");

    /** A mention starting with one of these describes or refers; it does not name. */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "us", "me", "his", "hers", "their", "its", "our", "my", "your", "the", "a", "an", "this", "that",
            "these", "those", "one", "some", "many", "several", "another", "each", "every", "both", "all", "no",
            "most", "other", "others", "who", "someone", "somebody", "anyone", "everyone", "nobody");

    /** Lower-case words inside names: "Ludwig van Beethoven", "Mohammed bin Salman". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "di", "del",
            "della", "la", "le", "bin", "al", "ibn", "ben");

    private MentionNames() {
    }

    /**
     * The name in a mention, as written there, or empty for a pronoun or a description. A
     * description followed by a name in apposition gives that name ("the Crown prosecutor, Mark
     * Tedeschi, QC" is "Mark Tedeschi").
     */
    static Optional<String> canonical(String mention) {
        if (mention == null) {
            return Optional.empty();
        }
        List<String> segments = segments(mention);
        Optional<String> name = inSegment(segments.get(0));
        if (name.isEmpty() && segments.size() > 1 && NOT_NAMES.contains(key(firstWord(segments.get(0))))) {
            name = inSegment(segments.get(1));
        }
        return name;
    }

    private static Optional<String> inSegment(String segment) {
        List<String> words = words(segment);
        if (words.isEmpty() || NOT_NAMES.contains(key(words.get(0)))) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (possessive(words.get(i))) {
                return Optional.empty();
            }
        }
        int last = words.size() - 1;
        words.set(last, withoutPossessive(words.get(last)));
        List<String> name = chooseRun(words);
        return name.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", name));
    }

    /**
     * The words compared when matching names: the name's words in lower case, without accents,
     * initials and suffixes such as "Jr". A name that is a description ("the Trump campaign")
     * is compared by its words as they stand.
     */
    static List<String> comparable(String name) {
        String named = canonical(name).orElse(name == null ? "" : name);
        List<String> tokens = new ArrayList<>();
        for (String word : named.split("\\s+")) {
            String token = plain(key(word));
            if (token.length() > 1 && !SUFFIXES.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * The words of a mention to compare with names: those of its name, or, for a mention typed in
     * lower case ("elon musk"), its words without titles; none for a pronoun or a description.
     */
    static List<String> mentioned(String mention) {
        Optional<String> name = canonical(mention);
        if (name.isPresent()) {
            return comparable(name.get());
        }
        if (mention == null) {
            return List.of();
        }
        List<String> words = words(segments(mention).get(0));
        if (words.isEmpty() || NOT_NAMES.contains(key(words.get(0))) || words.stream().anyMatch(MentionNames::capitalised)
                || words.subList(0, words.size() - 1).stream().anyMatch(MentionNames::possessive)) {
            return List.of();
        }
        List<String> untitled = new ArrayList<>();
        for (String word : words) {
            if (!TITLES.contains(key(word))) {
                untitled.add(withoutPossessive(word));
            }
        }
        return comparable(String.join(" ", untitled));
    }

    /** The mention's parts between commas outside parentheses, up to a semicolon or spaced dash. */
    private static List<String> segments(String mention) {
        String head = mention.strip();
        for (String stop : new String[] {";", " - ", " \u2013 ", " \u2014 "}) {
            int at = head.indexOf(stop);
            if (at >= 0) {
                head = head.substring(0, at);
            }
        }
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                segments.add(head.substring(start, i));
                start = i + 1;
            }
        }
        segments.add(head.substring(start));
        return segments;
    }

    private static String firstWord(String segment) {
        List<String> words = words(segment);
        return words.isEmpty() ? "" : words.get(0);
    }

    /** The words of a segment before any parenthesis, without surrounding punctuation ("J." keeps its stop). */
    private static List<String> words(String segment) {
        int parenthesis = segment.indexOf('(');
        String head = parenthesis >= 0 ? segment.substring(0, parenthesis) : segment;
        List<String> words = new ArrayList<>();
        for (String word : head.strip().split("\\s+")) {
            String stripped = stripPunctuation(word);
            if (stripped.length() == 1 && Character.isUpperCase(stripped.charAt(0)) && word.startsWith(stripped + ".")) {
                stripped = stripped + ".";
            }
            if (!stripped.isEmpty()) {
                words.add(stripped);
            }
        }
        return words;
    }

    private static List<String> chooseRun(List<String> words) {
        List<List<String>> runs = new ArrayList<>();
        List<String> afterTitle = List.of();
        boolean titleBefore = false;
        int i = 0;
        while (i < words.size()) {
            if (titleAt(words, i)) {
                i = afterComplement(words, i + 1);
                titleBefore = true;
            } else if (capitalised(words.get(i))) {
                List<String> run = new ArrayList<>();
                while (i < words.size() && !titleAt(words, i) && (capitalised(words.get(i))
                        || (PARTICLES.contains(key(words.get(i))) && i + 1 < words.size() && capitalised(words.get(i + 1))))) {
                    run.add(words.get(i));
                    i++;
                }
                runs.add(run);
                if (titleBefore) {
                    afterTitle = run;
                }
                titleBefore = false;
            } else {
                titleBefore = false;
                i++;
            }
        }
        if (!afterTitle.isEmpty()) {
            return afterTitle;
        }
        return runs.stream().filter(run -> run.size() > 1).findFirst().orElse(runs.isEmpty() ? List.of() : runs.get(0));
    }

    /**
     * Whether the word at {@code i} is a title: a title word before a name or its complement
     * ("Governor Ron DeSantis", "Minister of Education …"), not a name's last word ("Stephen King").
     */
    private static boolean titleAt(List<String> words, int i) {
        if (!TITLES.contains(key(words.get(i)))) {
            return false;
        }
        if (i + 1 >= words.size()) {
            return i == 0 || !capitalised(words.get(i)) || !capitalised(words.get(i - 1));
        }
        String next = words.get(i + 1);
        return (capitalised(next) && !SUFFIXES.contains(key(next))) || afterComplement(words, i + 1) > i + 1
                || !capitalised(words.get(i)) || i == 0;
    }

    /** Skips a title's complement, "of Education" or "for the Environment", from {@code i}. */
    private static int afterComplement(List<String> words, int i) {
        if (i >= words.size() || !(key(words.get(i)).equals("of") || key(words.get(i)).equals("for"))) {
            return i;
        }
        int j = i + 1;
        if (j < words.size() && key(words.get(j)).equals("the")) {
            j++;
        }
        return j < words.size() && capitalised(words.get(j)) && !TITLES.contains(key(words.get(j))) ? j + 1 : i;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'") || word.endsWith("\u2019");
    }

    private static String withoutPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("'") || word.endsWith("\u2019")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String stripPunctuation(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1)) && word.charAt(to - 1) != '\''
                && word.charAt(to - 1) != '\u2019') {
            to--;
        }
        return word.substring(from, to);
    }

    /** Lower case without a trailing full stop: "Mr." and "mr" are one key. */
    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** One word as {@link #comparable} compares it: lower case, no accents, no full stop, no possessive. */
    static String comparableWord(String word) {
        return plain(key(withoutPossessive(word)));
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace(".", "");
    }
}
