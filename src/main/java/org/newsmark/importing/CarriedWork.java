package org.newsmark.importing;

import java.util.List;
import java.util.Map;
import org.newsmark.model.AttributeType;
import org.newsmark.model.CategoryRole;

/**
 * What an imported record brings besides the article itself: a Newsmark JSON Lines export carries
 * the coders' note, document codes, annotations, links and people; a doccano export carries labelled
 * spans; another coder's project carries every coder's. Names (of categories, attributes, document
 * fields) are matched against the project's codebook when stored. Ids that are UUIDs (Newsmark's
 * own) are kept, so merging the same work twice adds nothing; others only connect links and speakers.
 *
 * @param codesByCoder document codes of named coders (from a project file), beside {@code codes}
 * @param hints        what the file says of the categories and attributes its work needs ({@link Hints})
 */
public record CarriedWork(String note, Map<String, String> codes, List<Span> spans, List<SpanLink> links,
        List<CarriedPerson> people, Map<String, Map<String, String>> codesByCoder, Hints hints) {

    public static final CarriedWork NONE = new CarriedWork(null, Map.of(), List.of(), List.of(), List.of());

    /**
     * Work of one coder (or whose coder the file does not say): {@code codes} are the coder's whose
     * annotations these are (see {@link CarriedWorkPlanner}).
     */
    public CarriedWork(String note, Map<String, String> codes, List<Span> spans, List<SpanLink> links,
            List<CarriedPerson> people) {
        this(note, codes, spans, links, people, Map.of(), Hints.NONE);
    }

    /** Work of several named coders (a project file). */
    public CarriedWork(String note, Map<String, String> codes, List<Span> spans, List<SpanLink> links,
            List<CarriedPerson> people, Map<String, Map<String, String>> codesByCoder) {
        this(note, codes, spans, links, people, codesByCoder, Hints.NONE);
    }

    /** Work read with what its file says about the categories and attributes it needs (brat, WebAnno TSV). */
    public CarriedWork(String note, Map<String, String> codes, List<Span> spans, List<SpanLink> links,
            List<CarriedPerson> people, Hints hints) {
        this(note, codes, spans, links, people, Map.of(), hints);
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

    /**
     * A link between two spans, by their export ids; {@code type} as in the schema ("attributed_to"…).
     *
     * @param id the export's id of the link, or null
     */
    public record SpanLink(String id, String type, String from, String to) {

        public SpanLink(String type, String from, String to) {
            this(null, type, from, to);
        }
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
        codesByCoder = codesByCoder == null ? Map.of() : Map.copyOf(codesByCoder);
        hints = hints == null ? Hints.NONE : hints;
    }

    public boolean isEmpty() {
        return (note == null || note.isBlank()) && codes.isEmpty() && spans.isEmpty() && links.isEmpty()
                && people.isEmpty() && codesByCoder.isEmpty();
    }
}
