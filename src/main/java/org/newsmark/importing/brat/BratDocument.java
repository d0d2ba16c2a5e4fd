package org.newsmark.importing.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsmark.formats.BratNames;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.CarriedWork.Span;
import org.newsmark.importing.CarriedWork.SpanLink;
import org.newsmark.model.AttributeType;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.CodePointOffsets;
import org.newsmark.model.RelationType;

/**
 * Turns the lines of a brat {@code .ann} into the work that comes with an article (docs/formats.md,
 * "brat"):
 * <ul>
 *   <li>every {@code T} line becomes an annotation of the category named by its type; a discontinuous
 *       span ({@code 0 5;10 15}) becomes one annotation per fragment, in the file's order, each later
 *       fragment linked to the one before it by a {@code continues} link;</li>
 *   <li>an {@code E} line with a {@code Content} argument (PARC and PolNeAR attribution:
 *       {@code E1 Attribution:T4 Content:T3 Cue:T2 Source:T1}) links each content to each source
 *       ({@code attributed_to}) and each cue ({@code cue}). Its trigger is not kept as an annotation when
 *       it lies on a cue and the event is named as Newsmark would write it again ({@code Attribution}
 *       with a source, {@code Attribution-no-source} without); otherwise the trigger is kept, linked as a
 *       cue. Other events keep their trigger span and are reported;</li>
 *   <li>{@code R} lines of the kinds Newsmark links ({@code attributed_to}, {@code cue}, {@code about})
 *       become links; {@code A} lines attributes (a flag is "yes"); {@code #} lines notes;</li>
 *   <li>everything else, and every line that does not fit, is reported with its line number.</li>
 * </ul>
 * Offsets count code points and become UTF-16 offsets of the article's text.
 */
final class BratDocument {

    /** Something in the file that was not kept: where ("line 12, T5") and why. */
    record Skipped(String where, String reason) {
    }

    record Result(CarriedWork work, List<Skipped> skipped) {
    }

    /** A text-bound annotation that fits the text: its fragments in UTF-16 offsets of the stored text. */
    private record Bound(String id, String category, List<int[]> fragments, int line) {
    }

    private static final String DEFAULT_EVENT = "Attribution";
    private static final String NO_SOURCE_EVENT = "Attribution-no-source";

    private final String reading;
    private final int dropped;
    private final CodePointOffsets offsets;
    private final BratConfig config;
    private final List<Skipped> skipped = new ArrayList<>();
    private final Map<String, Bound> bounds = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, StringBuilder> notes = new HashMap<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final Map<String, CategoryRole> roles = new HashMap<>();
    private final Map<String, AttributeType> attributeTypes = new HashMap<>();
    /** Event id → the annotation its attributes and notes go to. */
    private final Map<String, String> eventOwners = new HashMap<>();
    /** Trigger ids left out because a cue stands for them → that cue. */
    private final Map<String, String> absorbed = new HashMap<>();
    private final Set<String> definedIds = new HashSet<>();

    /**
     * @param reading the text as brat counts it (with a byte-order mark, if brat would count one)
     * @param dropped how many leading characters of {@code reading} the stored text leaves out (the mark)
     */
    private BratDocument(String reading, int dropped, BratConfig config) {
        this.reading = reading;
        this.dropped = dropped;
        this.offsets = CodePointOffsets.of(reading);
        this.config = config;
    }

    static Result read(String reading, int dropped, AnnFile ann, BratConfig config) {
        return new BratDocument(reading, dropped, config).build(ann);
    }

    /** How many of the file's text-bound annotations have the text their offsets select: to choose how to read the .txt. */
    static int fits(String reading, List<AnnFile.TextBound> textBounds) {
        CodePointOffsets offsets = CodePointOffsets.of(reading);
        int fits = 0;
        for (AnnFile.TextBound bound : textBounds) {
            String expected = selected(reading, offsets, bound.fragments());
            if (expected != null && bound.text() != null && textMatches(bound.text(), expected, reading, offsets, bound)) {
                fits++;
            }
        }
        return fits;
    }

    private Result build(AnnFile ann) {
        definedIds.addAll(ann.ids.keySet());
        ann.problems.forEach(problem -> skip(problem.line(), null, "was skipped: " + problem.reason()));
        for (AnnFile.TextBound bound : ann.textBounds) {
            textBound(bound);
        }
        events(ann);
        for (AnnFile.Relation relation : ann.relations) {
            relation(relation);
        }
        for (AnnFile.Attribute attribute : ann.attributes) {
            attribute(attribute);
        }
        for (AnnFile.Note note : ann.notes) {
            note(note);
        }
        for (AnnFile.Unkept line : ann.unkept) {
            skip(line.line(), line.kind(), "was not kept: Newsmark keeps no " + (line.kind().startsWith("N")
                    ? "normalisations (links to databases such as Wikipedia)" : "equivalences (\u201C*\u201D lines)"));
        }
        return new Result(work(), List.copyOf(skipped));
    }

    private void textBound(AnnFile.TextBound bound) {
        List<int[]> fragments = new ArrayList<>();
        int length = offsets.codePointLength();
        for (AnnFile.Fragment fragment : bound.fragments()) {
            if (fragment.start() < 0 || fragment.end() > length) {
                skip(bound.line(), bound.id(), "was skipped: its offsets " + fragment.start() + "\u2013" + fragment.end()
                        + " fall outside the text, which has " + length + " characters");
                return;
            }
            if (fragment.end() <= fragment.start()) {
                skip(bound.line(), bound.id(), "was skipped: its offsets " + fragment.start() + "\u2013" + fragment.end()
                        + " select nothing");
                return;
            }
            for (AnnFile.Fragment other : bound.fragments()) {
                if (other != fragment && other.start() < fragment.end() && fragment.start() < other.end()) {
                    skip(bound.line(), bound.id(), "was skipped: its fragments overlap");
                    return;
                }
            }
            int start = Math.max(0, offsets.toUtf16(fragment.start()) - dropped);
            int end = offsets.toUtf16(fragment.end()) - dropped;
            if (end <= start) {
                skip(bound.line(), bound.id(), "was skipped: it selects only the byte-order mark");
                return;
            }
            fragments.add(new int[] {start, end});
        }
        String expected = selected(reading, offsets, bound.fragments());
        if (bound.text() != null && !bound.text().isBlank()
                && !textMatches(bound.text(), expected, reading, offsets, bound)) {
            skip(bound.line(), bound.id(), "was skipped: its text " + quote(bound.text()) + " is not what the .txt has at "
                    + offsetsOf(bound) + " (" + quote(expected) + ")");
            return;
        }
        bounds.put(bound.id(), new Bound(bound.id(), BratNames.fromBrat(bound.type()), fragments, bound.line()));
    }

    /** brat's rule: the text column starts with the selected text (fragments joined by a space), then space or nothing. */
    private static boolean textMatches(String stated, String expected, String reading, CodePointOffsets offsets,
            AnnFile.TextBound bound) {
        if (expected == null) {
            return false;
        }
        if (stated.startsWith(expected) && (stated.length() == expected.length()
                || Character.isWhitespace(stated.charAt(expected.length())))) {
            return true;
        }
        // Texts written before brat 1.3 join fragments without the space; some tools write line breaks as spaces.
        StringBuilder joined = new StringBuilder();
        for (AnnFile.Fragment fragment : bound.fragments()) {
            joined.append(reading, offsets.toUtf16(fragment.start()), offsets.toUtf16(fragment.end()));
        }
        return stated.strip().equals(joined.toString().strip()) || collapse(stated).equals(collapse(expected));
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The text the fragments select, joined by a space as brat joins them, or null when they lie outside it. */
    static String selected(String reading, CodePointOffsets offsets, List<AnnFile.Fragment> fragments) {
        StringBuilder text = new StringBuilder();
        for (AnnFile.Fragment fragment : fragments) {
            int start = offsets.toUtf16(fragment.start());
            int end = offsets.toUtf16(fragment.end());
            if (start < 0 || end < 0 || end < start) {
                return null;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(reading, start, end);
        }
        return text.toString();
    }

    /** Each trigger's events, for an event that only repeats another's trigger. */
    private final Map<String, List<AnnFile.Event>> eventsByTrigger = new HashMap<>();

    private void events(AnnFile ann) {
        Map<String, List<AnnFile.Event>> byTrigger = eventsByTrigger;
        Set<String> usedOtherwise = new HashSet<>();
        for (AnnFile.Event event : ann.events) {
            byTrigger.computeIfAbsent(event.trigger(), id -> new ArrayList<>()).add(event);
            event.arguments().forEach(argument -> usedOtherwise.add(argument.id()));
        }
        for (AnnFile.Relation relation : ann.relations) {
            usedOtherwise.add(relation.first().id());
            usedOtherwise.add(relation.second().id());
        }
        for (Map.Entry<String, List<AnnFile.Event>> entry : byTrigger.entrySet()) {
            String trigger = entry.getKey();
            if (!bounds.containsKey(trigger) || usedOtherwise.contains(trigger)) {
                continue;
            }
            String cue = null;
            for (AnnFile.Event event : entry.getValue()) {
                cue = standInCue(event, trigger);
                if (cue == null) {
                    break;
                }
            }
            if (cue != null) {
                absorbed.put(trigger, cue);
            }
        }
        for (AnnFile.Event event : ann.events) {
            event(event);
        }
        absorbed.keySet().forEach(bounds::remove);
    }

    /**
     * The cue that stands for this attribution event's trigger (same offsets, and an event name
     * Newsmark writes again from the links alone), or for an event without a cue its content when the
     * trigger lies on it; null when the trigger must be kept.
     */
    private String standInCue(AnnFile.Event event, String trigger) {
        List<String> contents = argumentsWithRole(event, "content");
        List<String> sources = argumentsWithRole(event, "source");
        if (contents.isEmpty() || !event.type().equals(sources.isEmpty() ? NO_SOURCE_EVENT : DEFAULT_EVENT)) {
            return null;
        }
        Bound triggerBound = bounds.get(trigger);
        List<String> cues = argumentsWithRole(event, "cue");
        for (String cue : cues) {
            Bound cueBound = bounds.get(cue);
            if (cueBound != null && sameFragments(cueBound, triggerBound)) {
                return cue;
            }
        }
        // Newsmark writes the trigger of an attribution without a cue on its content.
        if (cues.isEmpty() && sameFragments(bounds.get(contents.get(0)), triggerBound)) {
            return contents.get(0);
        }
        return null;
    }

    private static boolean sameFragments(Bound a, Bound b) {
        if (a.fragments().size() != b.fragments().size()) {
            return false;
        }
        for (int i = 0; i < a.fragments().size(); i++) {
            if (!java.util.Arrays.equals(a.fragments().get(i), b.fragments().get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<String> argumentsWithRole(AnnFile.Event event, String role) {
        List<String> ids = new ArrayList<>();
        for (AnnFile.Argument argument : event.arguments()) {
            if (role(argument.role()).equals(role) && bounds.containsKey(argument.id())) {
                ids.add(argument.id());
            }
        }
        return ids;
    }

    /** "Content2" and "content" are the role content. */
    private static String role(String role) {
        return role.replaceAll("[0-9]+$", "").toLowerCase(Locale.ROOT);
    }

    private void event(AnnFile.Event event) {
        List<String> contents = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        List<String> unkept = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (AnnFile.Argument argument : event.arguments()) {
            String role = role(argument.role());
            boolean known = role.equals("content") || role.equals("source") || role.equals("cue");
            if (!bounds.containsKey(argument.id())) {
                lost.add(argument.role() + ":" + argument.id() + (argument.id().startsWith("T")
                        ? (definedIds.contains(argument.id()) ? ", which was skipped" : ", which is not in the file")
                        : ", which is no text span"));
            } else if (!known) {
                unkept.add(argument.role() + ":" + argument.id());
            } else if (role.equals("content")) {
                contents.add(argument.id());
            } else if (role.equals("source")) {
                sources.add(argument.id());
            } else {
                cues.add(argument.id());
            }
        }
        String trigger = event.trigger();
        boolean triggerKept = bounds.containsKey(trigger) && !absorbed.containsKey(trigger);
        if (contents.isEmpty()) {
            eventOwners.put(event.id(), trigger);
            if (event.arguments().isEmpty() && (event.type().equals(DEFAULT_EVENT) || event.type().equals(NO_SOURCE_EVENT))) {
                List<String> sharing = eventsByTrigger.getOrDefault(trigger, List.of()).stream()
                        .filter(other -> other != event).map(AnnFile.Event::id).toList();
                if (!sharing.isEmpty()) {
                    // Written back, its trigger makes one event: this one is kept as the other.
                    skip(event.line(), event.id(), "has no arguments and shares its trigger " + trigger + " with "
                            + String.join(", ", sharing) + ", so it is kept as that event");
                }
                return; // kept whole: its trigger span is written back as an event of its own
            }
            skip(event.line(), event.id(), "was kept as its trigger " + trigger + " only: Newsmark links an event's "
                    + "content to its source and cue, and this " + event.type() + " event has no Content argument"
                    + (event.arguments().isEmpty() ? "" : " (" + String.join(" ", event.arguments().stream()
                            .map(argument -> argument.role() + ":" + argument.id()).toList()) + ")"));
            return;
        }
        eventOwners.put(event.id(), contents.get(0));
        lost.forEach(argument -> skip(event.line(), event.id(), "lost its argument " + argument));
        for (String content : contents) {
            hintRole(content, CategoryRole.CONTENT);
            for (String source : sources) {
                hintRole(source, CategoryRole.SOURCE);
                link(event, RelationType.ATTRIBUTED_TO, content, source);
            }
            for (String cue : cues) {
                hintRole(cue, CategoryRole.CUE);
                link(event, RelationType.CUE, content, cue);
            }
            if (triggerKept) {
                link(event, RelationType.CUE, content, trigger);
            }
        }
        if (!unkept.isEmpty()) {
            skip(event.line(), event.id(), "lost " + String.join(" ", unkept)
                    + ": Newsmark links content only to its source and its cue");
        }
    }

    private void hintRole(String id, CategoryRole role) {
        Bound bound = bounds.get(id);
        if (bound != null) {
            roles.putIfAbsent(bound.category(), role);
        }
    }

    private void link(AnnFile.Event event, RelationType type, String from, String to) {
        if (from.equals(to)) {
            skip(event.line(), event.id(), "lost the link of " + from + " to itself");
            return;
        }
        links.add(type.code() + "\t" + from + "\t" + to);
    }

    private void relation(AnnFile.Relation relation) {
        RelationType type = relationType(relation.type());
        String from = relation.first().id();
        String to = relation.second().id();
        if (type == null) {
            skip(relation.line(), relation.id(), "was not kept: Newsmark links annotations only as attributed_to, cue "
                    + "and about, not " + relation.type());
        } else if (!bounds.containsKey(from) || !bounds.containsKey(to)) {
            skip(relation.line(), relation.id(), "was not kept: it joins " + from + " and " + to
                    + ", and only text spans that were read can be linked");
        } else if (from.equals(to)) {
            skip(relation.line(), relation.id(), "was not kept: it links " + from + " to itself");
        } else {
            links.add(type.code() + "\t" + from + "\t" + to);
        }
    }

    private static RelationType relationType(String type) {
        String key = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (RelationType relation : List.of(RelationType.ATTRIBUTED_TO, RelationType.CUE, RelationType.ABOUT)) {
            if (relation.code().replace("_", "").equals(key)) {
                return relation;
            }
        }
        return null;
    }

    /** The annotation an attribute or note about {@code id} belongs to (an event's content, a cue for its trigger). */
    private String owner(String id) {
        String owner = eventOwners.getOrDefault(id, id);
        owner = absorbed.getOrDefault(owner, owner);
        return bounds.containsKey(owner) ? owner : null;
    }

    private void attribute(AnnFile.Attribute attribute) {
        String owner = owner(attribute.target());
        if (owner == null) {
            skip(attribute.line(), attribute.id(), "was not kept: it is about " + attribute.target()
                    + ", which was not read");
            return;
        }
        String name = BratNames.fromBrat(attribute.type());
        String value = attribute.value() == null ? "yes" : BratNames.valueFromBrat(attribute.value());
        if (attribute.value() == null || config.flags.contains(attribute.type())) {
            attributeTypes.putIfAbsent(name, AttributeType.YES_NO);
        }
        Map<String, String> values = attributes.computeIfAbsent(owner, id -> new LinkedHashMap<>());
        if (values.containsKey(name) && !values.get(name).equals(value)) {
            skip(attribute.line(), attribute.id(), "was not kept: " + owner + " already has " + name + " = "
                    + values.get(name));
            return;
        }
        values.put(name, value);
    }

    private void note(AnnFile.Note note) {
        String owner = owner(note.target());
        if (owner == null) {
            skip(note.line(), note.id(), "was not kept: it is about " + note.target() + ", which was not read");
            return;
        }
        StringBuilder text = notes.computeIfAbsent(owner, id -> new StringBuilder());
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(note.text().strip());
    }

    private CarriedWork work() {
        List<Span> spans = new ArrayList<>();
        List<SpanLink> spanLinks = new ArrayList<>();
        for (Bound bound : bounds.values()) {
            for (int i = 0; i < bound.fragments().size(); i++) {
                int[] fragment = bound.fragments().get(i);
                String id = fragmentId(bound.id(), i);
                boolean first = i == 0;
                spans.add(new Span(id, bound.category(), fragment[0], fragment[1],
                        first && notes.containsKey(bound.id()) ? notes.get(bound.id()).toString() : "", null,
                        first ? attributes.getOrDefault(bound.id(), Map.of()) : Map.of(), null));
                if (!first) {
                    spanLinks.add(new SpanLink(RelationType.CONTINUES.code(), id, fragmentId(bound.id(), i - 1)));
                }
            }
        }
        for (String link : links) {
            String[] parts = link.split("\t");
            spanLinks.add(new SpanLink(parts[0], parts[1], parts[2]));
        }
        Map<String, String> parents = new HashMap<>();
        config.parents.forEach((type, parent) -> parents.put(BratNames.fromBrat(type), BratNames.fromBrat(parent)));
        Map<String, String> colours = new HashMap<>();
        config.colours.forEach((type, colour) -> colours.put(BratNames.fromBrat(type), colour));
        config.flags.forEach(flag -> attributeTypes.putIfAbsent(BratNames.fromBrat(flag), AttributeType.YES_NO));
        return new CarriedWork(null, Map.of(), spans, spanLinks, List.of(),
                new CarriedWork.Hints(roles, parents, colours, attributeTypes));
    }

    /** The first fragment has the T line's id, so links and attributes find it; later ones a suffix. */
    private static String fragmentId(String id, int index) {
        return index == 0 ? id : id + "~" + (index + 1);
    }

    private void skip(int line, String id, String reason) {
        skipped.add(new Skipped("line " + line, (id == null ? "" : id + " ") + reason));
    }

    private String offsetsOf(AnnFile.TextBound bound) {
        return String.join(";", bound.fragments().stream().map(f -> f.start() + "\u2013" + f.end()).toList());
    }

    private static String quote(String text) {
        String shown = text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
        return "\u201C" + shown.replace("\n", "\u21B5") + "\u201D";
    }
}
