package org.newsmark.importing.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a brat {@code .ann} file, parsed as brat's own server parses them
 * (brat standoff format: {@code T}, {@code E}, {@code R}, {@code A}/{@code M}, {@code N}, {@code *},
 * {@code #} lines, one annotation a line, fields separated by tabs). Offsets are kept as the file
 * gives them, in code points; checking them against the text is {@link BratDocument}'s job. A line
 * that cannot be read is kept as a {@link Problem} with its number, and reading goes on, as in brat.
 *
 * <p>One liberty is taken: a text-bound annotation whose text runs over a line break in the
 * {@code .txt} was written by brat with that line break in its text column, so its text goes on
 * over the next lines of the {@code .ann}. Those lines are read as the rest of its text when they
 * are exactly what the {@code .txt} has there, rather than as broken lines.
 */
final class AnnFile {

    /** A fragment of a text-bound span, in code points, end exclusive. */
    record Fragment(int start, int end) {
    }

    /** {@code T1	Type 0 5;10 15	text}; {@code text} is the text column, or null when the line gives none. */
    record TextBound(String id, String type, List<Fragment> fragments, String text, int line) {
    }

    /** {@code E1	Type:T3 Role:T1 Role2:T2}. */
    record Event(String id, String type, String trigger, List<Argument> arguments, int line) {
    }

    record Argument(String role, String id) {
    }

    /** {@code R1	Type Arg1:T1 Arg2:T2}. */
    record Relation(String id, String type, Argument first, Argument second, int line) {
    }

    /** {@code A1	Type T1 value} or, for a flag, {@code A1	Type T1} ({@code value} null). */
    record Attribute(String id, String type, String target, String value, int line) {
    }

    /** {@code #1	AnnotatorNotes T1	text}. */
    record Note(String id, String type, String target, String text, int line) {
    }

    /** A line of a kind Newsmark does not keep ({@code N} normalisations, {@code *} equivalences); {@code kind} is its id or "*". */
    record Unkept(String kind, String content, int line) {
    }

    /** A line that could not be read, and why. */
    record Problem(int line, String reason) {
    }

    private static final Pattern ID = Pattern.compile("([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*)");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");

    final List<TextBound> textBounds = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<Unkept> unkept = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** Every id defined, by the line that defines it. */
    final Map<String, Integer> ids = new LinkedHashMap<>();

    private AnnFile() {
    }

    /**
     * Parses the file's text (line ends already made {@code \n}).
     *
     * @param spanText the text a span's fragments select, joined as brat joins them (with a space),
     *                 or null when the offsets lie outside the text; used only to read texts that
     *                 run over line breaks
     */
    static AnnFile parse(String content, java.util.function.Function<List<Fragment>, String> spanText) {
        AnnFile file = new AnnFile();
        String[] lines = content.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                file.problems.add(new Problem(number, "it is not an annotation (brat lines start with an id and a tab, "
                        + "such as \u201CT1\u21E5\u201D)"));
                continue;
            }
            String id = line.substring(0, tab);
            String rest = line.substring(tab + 1);
            if (!id.equals("*") && !ID.matcher(id).matches()) {
                file.problems.add(new Problem(number, "\u201C" + id + "\u201D is not a brat id (such as T1, E1, R1, A1, #1)"));
                continue;
            }
            if (!id.equals("*") && file.ids.containsKey(id)) {
                file.problems.add(new Problem(number, id + " is defined twice (first on line " + file.ids.get(id) + ")"));
                continue;
            }
            int dataEnd = rest.indexOf('\t');
            String data = (dataEnd < 0 ? rest : rest.substring(0, dataEnd)).replaceAll("\\s+$", "");
            String tail = dataEnd < 0 ? null : rest.substring(dataEnd + 1);
            char kind = id.charAt(0);
            try {
                switch (kind) {
                    case 'T' -> i = file.textBound(id, data, tail, number, lines, i, count, spanText);
                    case 'E' -> file.event(id, data, number);
                    case 'R' -> file.relation(id, data, number);
                    case 'A', 'M' -> file.attribute(id, data, number);
                    case '#' -> file.note(id, data, tail, number);
                    case 'N' -> file.unkept.add(new Unkept(id, data, number));
                    case '*' -> file.unkept.add(new Unkept("*", data, number));
                    default -> throw new Malformed("brat has no annotations whose id starts with \u201C" + kind + "\u201D");
                }
                if (!id.equals("*")) {
                    file.ids.put(id, number);
                }
            } catch (Malformed e) {
                file.problems.add(new Problem(number, e.getMessage()));
            }
        }
        return file;
    }

    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** @return the index of the last line the annotation's text took */
    private int textBound(String id, String data, String tail, int number, String[] lines, int index, int count,
            java.util.function.Function<List<Fragment>, String> spanText) throws Malformed {
        int space = data.indexOf(' ');
        if (space <= 0) {
            throw new Malformed(id + " needs a type and offsets, such as \u201C" + id + "\u21E5Person 0 5\u201D");
        }
        String type = data.substring(0, space);
        List<Fragment> fragments = new ArrayList<>();
        for (String part : data.substring(space + 1).split(";", -1)) {
            String[] numbers = part.strip().split(" ", -1);
            if (numbers.length != 2 || !NUMBER.matcher(numbers[0]).matches() || !NUMBER.matcher(numbers[1]).matches()) {
                throw new Malformed(id + " has offsets \u201C" + data.substring(space + 1)
                        + "\u201D; they must be a start and an end, such as \u201C0 5\u201D or \u201C0 5;10 15\u201D");
            }
            try {
                fragments.add(new Fragment(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1])));
            } catch (NumberFormatException e) {
                throw new Malformed(id + " has an offset too large to be one: " + part.strip());
            }
        }
        String text = tail;
        int last = index;
        String expected = spanText.apply(fragments);
        if (text != null && expected != null && expected.indexOf('\n') >= 0 && !text.startsWith(expected)) {
            StringBuilder collected = new StringBuilder(text);
            int next = index + 1;
            while (next < count && expected.startsWith(collected + "\n")) {
                collected.append('\n').append(lines[next]);
                if (collected.toString().startsWith(expected)) {
                    text = collected.toString();
                    last = next;
                    break;
                }
                next++;
            }
        }
        textBounds.add(new TextBound(id, type, List.copyOf(fragments), text, number));
        return last;
    }

    private void event(String id, String data, int number) throws Malformed {
        String[] parts = data.strip().split("\\s+");
        String[] typeAndTrigger = parts[0].split(":", -1);
        if (parts[0].isEmpty() || typeAndTrigger.length != 2 || typeAndTrigger[0].isEmpty() || typeAndTrigger[1].isEmpty()) {
            throw new Malformed(id + " needs a type and a trigger, such as \u201C" + id + "\u21E5Attribution:T4 Content:T3\u201D");
        }
        List<Argument> arguments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            arguments.add(argument(id, parts[i]));
        }
        events.add(new Event(id, typeAndTrigger[0], typeAndTrigger[1], List.copyOf(arguments), number));
    }

    private void relation(String id, String data, int number) throws Malformed {
        String[] parts = data.strip().split("\\s+");
        if (parts.length != 3) {
            throw new Malformed(id + " needs a type and two arguments, such as \u201C" + id + "\u21E5Origin Arg1:T6 Arg2:T7\u201D");
        }
        Argument first = argument(id, parts[1]);
        Argument second = argument(id, parts[2]);
        if (first.role().equals(second.role())) {
            throw new Malformed(id + " gives the role " + first.role() + " twice");
        }
        relations.add(new Relation(id, parts[0], first, second, number));
    }

    private static Argument argument(String id, String part) throws Malformed {
        String[] roleAndId = part.split(":", -1);
        if (roleAndId.length != 2 || roleAndId[0].isEmpty() || roleAndId[1].isEmpty()) {
            throw new Malformed(id + " has the argument \u201C" + part + "\u201D; arguments are ROLE:ID, such as Source:T1");
        }
        return new Argument(roleAndId[0], roleAndId[1]);
    }

    private void attribute(String id, String data, int number) throws Malformed {
        String[] parts = data.strip().split(" ", 3);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new Malformed(id + " needs a type and the annotation it is about, such as \u201C" + id
                    + "\u21E5Negation E1\u201D");
        }
        if (!ID.matcher(parts[1]).matches()) {
            throw new Malformed(id + " is about \u201C" + parts[1] + "\u201D, which is no brat id");
        }
        attributes.add(new Attribute(id, parts[0], parts[1], parts.length == 3 ? parts[2].strip() : null, number));
    }

    private void note(String id, String data, String tail, int number) throws Malformed {
        String[] parts = data.strip().split("\\s+");
        if (parts.length != 2) {
            throw new Malformed(id + " needs a type and the annotation it is about, such as \u201C" + id
                    + "\u21E5AnnotatorNotes T1\u21E5the note\u201D");
        }
        notes.add(new Note(id, parts[0], parts[1], tail == null ? "" : tail, number));
    }
}
