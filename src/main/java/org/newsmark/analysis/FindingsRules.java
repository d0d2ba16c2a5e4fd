package org.newsmark.analysis;

import org.newsmark.model.QuotationMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.CodedContent;
import org.newsmark.model.Codebook;
import org.newsmark.model.Person;
import org.newsmark.model.SourceMention;

/**
 * The definitions of docs/findings.md that need the codebook and the speaker registry: who a mention's
 * speaker is, what type they are, whether a quote is direct, and what a claim's attributes say.
 * Everything else (what a quote is at all) is decided when the project is read.
 */
public final class FindingsRules {

    public static final String UNATTRIBUTED = "unattributed";
    public static final String UNKNOWN_TYPE = "unknown";
    public static final String UNNAMED_PERSON = "(person without a name)";
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";

    /** The attribute whose value says whether a quote is direct; its values {@code direct} and {@code indirect}. */
    public static final String FORM_ATTRIBUTE = "Direct or indirect";
    public static final List<String> CHALLENGED = List.of("Challenged in the text", "Challenged");
    public static final List<String> EVIDENCE = List.of("Evidence given", "Evidence");
    public static final List<String> CHECKABLE = List.of("Checkable");

    private final Codebook codebook;
    private final Map<UUID, Person> people = new HashMap<>();
    private final Map<Long, Map<String, AttributeDefinition>> attributesByCategory = new HashMap<>();
    private final Map<Long, Map<Long, AttributeDefinition>> attributeIdsByCategory = new HashMap<>();
    private final Map<Long, Category> categories = new HashMap<>();
    /** Speakers and voices made once each: a corpus has many quotes of few speakers. */
    private final Map<UUID, Speaker> registered = new HashMap<>();
    private final Map<String, Speaker> unregistered = new HashMap<>();
    private final Map<Voice, Voice> voices = new HashMap<>();

    public FindingsRules(Codebook codebook, List<Person> people) {
        this.codebook = codebook;
        people.forEach(person -> this.people.put(person.id(), person));
        codebook.categories().forEach(category -> categories.put(category.id(), category));
        for (Category category : codebook.categories()) {
            Map<String, AttributeDefinition> byName = new HashMap<>();
            Map<Long, AttributeDefinition> byId = new HashMap<>();
            for (AttributeDefinition attribute : codebook.attributesOf(category)) {
                byName.putIfAbsent(attribute.name().strip().toLowerCase(Locale.ROOT), attribute);
                byId.putIfAbsent(attribute.id(), attribute);
            }
            attributesByCategory.put(category.id(), byName);
            attributeIdsByCategory.put(category.id(), byId);
        }
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The mention's person, or an unregistered speaker named by its text. */
    public Speaker speaker(SourceMention mention) {
        Person person = mention.personId() == null ? null : people.get(mention.personId());
        if (person == null) {
            return unregistered.computeIfAbsent(mention.text(), Speaker::unregistered);
        }
        return registered.computeIfAbsent(person.id(), id -> {
            String name = person.name();
            return Speaker.person(id, name == null || name.isBlank() ? UNNAMED_PERSON : name);
        });
    }

    /**
     * The person's type; else the name of the mention's category when that is a sub-category (it has a
     * parent in the codebook); else {@code unknown}.
     */
    public String speakerType(SourceMention mention) {
        Person person = mention.personId() == null ? null : people.get(mention.personId());
        if (person != null && person.type() != null && !person.type().isBlank()) {
            return person.type().strip();
        }
        Category category = categories.get(mention.categoryId());
        if (category != null && category.parentId() != null && categories.containsKey(category.parentId())) {
            return category.name();
        }
        return UNKNOWN_TYPE;
    }

    /** The content's distinct (speaker, type) pairs, in the order of their mentions. */
    public List<Voice> voices(CodedContent content) {
        if (content.sources().isEmpty()) {
            return List.of();
        }
        Set<Voice> found = new LinkedHashSet<>();
        for (SourceMention mention : content.sources()) {
            Voice voice = new Voice(speaker(mention), speakerType(mention));
            found.add(voices.computeIfAbsent(voice, same -> same));
        }
        return new ArrayList<>(found);
    }

    /**
     * Direct when its "Direct or indirect" attribute says {@code direct}, indirect when it says
     * {@code indirect} (either in any case); otherwise direct when its text starts or ends with a
     * quotation mark.
     */
    public boolean direct(CodedContent content) {
        String form = attribute(content, List.of(FORM_ATTRIBUTE));
        if (form != null) {
            String value = form.strip();
            if (value.equalsIgnoreCase(DIRECT)) {
                return true;
            }
            if (value.equalsIgnoreCase(INDIRECT)) {
                return false;
            }
        }
        return QuotationMarks.framedByQuotationMarks(content.text());
    }

    /**
     * The stored value of the content's attribute with the first of these names (compared ignoring case)
     * that its category has, its own or inherited; null when it has none or no value is coded.
     */
    public String attribute(CodedContent content, List<String> names) {
        Map<String, AttributeDefinition> byName = attributesByCategory.getOrDefault(content.categoryId(), Map.of());
        if (byName.isEmpty()) {
            return null;
        }
        for (String name : names) {
            AttributeDefinition attribute = byName.get(lowerCase(name));
            if (attribute != null) {
                return content.attributes().get(attribute.id());
            }
        }
        return null;
    }

    /** The constants' names are lower-cased once, not for every claim. */
    private final Map<String, String> lowerCased = new HashMap<>();

    private String lowerCase(String name) {
        return lowerCased.computeIfAbsent(name, key -> key.toLowerCase(Locale.ROOT));
    }

    /** The attribute with this id that annotations of the category carry, or null. */
    public AttributeDefinition attributeOf(long categoryId, long attributeId) {
        return attributeIdsByCategory.getOrDefault(categoryId, Map.of()).get(attributeId);
    }

    public String categoryName(long categoryId) {
        Category category = categories.get(categoryId);
        return category == null ? "" : category.name();
    }
}
