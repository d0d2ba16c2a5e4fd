package org.newsmark.importing;

import java.util.List;
import java.util.Map;
import org.newsmark.model.AttributeType;
import org.newsmark.model.CategoryRole;

/**
 * What an imported record brings besides the article itself: a Newsmark JSON Lines export carries
 * the coders' note, document codes, annotations, links and people; a doccano export carries labelled
 * spans. Names (of categories, attributes, document fields) are matched against the project's
 * codebook when stored; ids are the export's own, used only to connect links and speakers.
 */
public record CarriedWork(String note, Map<String, String> codes, List<Span> spans, List<SpanLink> links,
        List<CarriedPerson> people, Hints hints) {

    public static final CarriedWork NONE = new CarriedWork(null, Map.of(), List.of(), List.of(), List.of());

    public CarriedWork(String note, Map<String, String> codes, List<Span> spans, List<SpanLink> links,
            List<CarriedPerson> people) {
        this(note, codes, spans, links, people, Hints.NONE);
    }

    /**
     * What the file says about the categories and attributes its work names, used only for those the
     * codebook lacks and an import adds: the role a category plays in attribution (brat's Source, Cue
     * and Content event arguments), the category it refines (a WebAnno layer), its colour (brat's
     * visual.conf), and the type of an attribute (a brat attribute without a value is yes or no).
     * Keys are names as the work spells them.
     */
    public record Hints(Map<String, CategoryRole> roles, Map<String, String> parents, Map<String, String> colours,
            Map<String, AttributeType> attributeTypes) {

        public static final Hints NONE = new Hints(Map.of(), Map.of(), Map.of(), Map.of());

        public Hints {
            roles = roles == null ? Map.of() : Map.copyOf(roles);
            parents = parents == null ? Map.of() : Map.copyOf(parents);
            colours = colours == null ? Map.of() : Map.copyOf(colours);
            attributeTypes = attributeTypes == null ? Map.of() : Map.copyOf(attributeTypes);
        }
    }

    /**
     * An annotation. Offsets count UTF-16 code units in the article's text, end exclusive.
     *
     * @param id       the export's id, or null
     * @param category the category's name (doccano: the label)
     * @param speaker  the export id of the person the span names, or null
     */
    public record Span(String id, String category, int start, int end, String note, String annotator,
            Map<String, String> attributes, String speaker) {
        public Span {
            note = note == null ? "" : note;
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }
    }

    /** A link between two spans, by their export ids; {@code type} as in the schema ("attributed_to"…). */
    public record SpanLink(String type, String from, String to) {
    }

    public record CarriedPerson(String id, String name, String type, String role, String affiliation,
            List<String> aliases) {
        public CarriedPerson {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public CarriedWork {
        codes = codes == null ? Map.of() : Map.copyOf(codes);
        spans = spans == null ? List.of() : List.copyOf(spans);
        links = links == null ? List.of() : List.copyOf(links);
        people = people == null ? List.of() : List.copyOf(people);
        hints = hints == null ? Hints.NONE : hints;
    }

    public boolean isEmpty() {
        return (note == null || note.isBlank()) && codes.isEmpty() && spans.isEmpty() && links.isEmpty()
                && people.isEmpty();
    }
}
