package org.newsmark.formats;

/**
 * The names Newsmark uses in Web Annotation JSON-LD (docs/formats.md, "W3C Web Annotation"): the
 * standard's context, and a small vocabulary of its own (prefix {@code nm}, namespace
 * {@value #NAMESPACE}) for what the standard has no term for: the article's text and details, an
 * attribute's name and value, a link's kind.
 */
public final class W3cVocabulary {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String NAMESPACE = "urn:newsmark:vocabulary:";
    public static final String PREFIX = "nm";

    /** The article an exported collection annotates, with its text: a property of the collection. */
    public static final String ARTICLE = "nm:article";
    public static final String TEXT = "nm:text";
    public static final String TITLE = "nm:title";
    public static final String STANDFIRST = "nm:standfirst";
    public static final String OUTLET = "nm:outlet";
    public static final String BYLINE = "nm:byline";
    public static final String PUBLISHED = "nm:published";
    public static final String URL = "nm:url";
    public static final String NOTE = "nm:note";
    public static final String CODES = "nm:codes";
    /** On a describing body: the attribute's name and value. */
    public static final String ATTRIBUTE = "nm:attribute";
    public static final String VALUE = "nm:value";
    /** On a linking body: the kind of link (attributed_to, cue, about). */
    public static final String RELATION = "nm:relation";
    /** On an identifying body: the person's type, role and affiliation. */
    public static final String PERSON_TYPE = "nm:personType";
    public static final String PERSON_ROLE = "nm:personRole";
    public static final String AFFILIATION = "nm:affiliation";

    /** The IRI of an article's text: its content hash, so any copy of the same text is the same source. */
    public static String articleIri(String contentHash) {
        return "urn:newsmark:text:sha256:" + contentHash;
    }

    /** How an export names an annotation: Newsmark's own ids are UUIDs. */
    public static final String UUID_PREFIX = "urn:uuid:";

    /**
     * The id an annotation's IRI gives the importer: the UUID of {@code urn:uuid:…} (Newsmark's own
     * annotations keep their ids, so merging the same file again adds nothing), else the IRI itself.
     */
    public static String localId(String iri) {
        if (iri != null && iri.length() == UUID_PREFIX.length() + 36 && iri.regionMatches(true, 0, UUID_PREFIX, 0, UUID_PREFIX.length())) {
            return iri.substring(UUID_PREFIX.length());
        }
        return iri;
    }

    private W3cVocabulary() {
    }
}
