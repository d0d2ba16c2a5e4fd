package org.newsmark.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.LinkRules;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.model.TextSpans;

/**
 * Turns the work an imported record carries (annotations, links, people, note and codes, named as
 * in the file it came from) into changes to this project, once the article's id is known. Names are
 * matched to the codebook and speaker registry, which grow where they lack one (see
 * {@link CarriedCodebook}). Ids that are UUIDs (Newsmark's own) are kept, so the same work merged
 * twice is recognised and added once; other ids only connect the file's links and speakers, and
 * those annotations, links and people get fresh ids. A person with a UUID is that person: two
 * coders' people of the same name stay apart until someone merges them; a person without one is
 * matched by name.
 *
 * <p>Each annotation keeps the coder it names, or gets {@code fallbackCoder}; an import for a named
 * coder ({@code --annotator}) records all of the file's work as that coder's.
 */
final class CarriedWorkPlanner {

    /**
     * What was planned for one article; {@code problems} lists what could not be carried, and why;
     * {@code coders} who coded it.
     */
    record Plan(LongFunction<List<Change>> work, List<ImportReport.Skipped> problems, java.util.Set<String> coders) {
    }

    private final CarriedCodebook codebook;
    private final Map<String, Person> peopleByName = new HashMap<>();
    private final java.util.Set<UUID> knownPeople = new java.util.HashSet<>();
    private final List<Change> newPeople = new ArrayList<>();
    private final String fallbackCoder;
    private final String coder;

    /** @param coder the coder all of the work is recorded as, or null to keep the coders it names */
    CarriedWorkPlanner(Codebook codebook, List<Person> people, String fallbackCoder, String coder) {
        this.codebook = new CarriedCodebook(codebook);
        people.forEach(person -> person.names().forEach(name -> peopleByName.putIfAbsent(key(name), person)));
        people.forEach(person -> knownPeople.add(person.id()));
        this.fallbackCoder = fallbackCoder;
        this.coder = coder == null || coder.isBlank() ? null : coder;
    }

    /** Everything added to the codebook so far, in words, for the report. */
    List<String> additions() {
        return codebook.additions();
    }

    /**
     * The categories, fields and people planned work needs, since the last call: stored before the
     * articles (even one that turns out to be a duplicate), so later articles can rely on them.
     */
    List<Change> takeShared() {
        List<Change> shared = new ArrayList<>(codebook.takePending());
        shared.addAll(newPeople);
        newPeople.clear();
        return shared;
    }

    /** @param where the record's place in its file, prefixed to each problem ("line 3, annotation 2") */
    Plan plan(CarriedWork carried, String text, String where) {
        List<ImportReport.Skipped> problems = new ArrayList<>();
        Instant now = Instant.now();
        Map<String, UUID> personByExportId = people(carried, now);
        List<Annotation> annotations = new ArrayList<>();
        Map<String, UUID> annotationByExportId = new HashMap<>();
        for (int i = 0; i < carried.spans().size(); i++) {
            CarriedWork.Span span = carried.spans().get(i);
            String place = join(where, "annotation " + (i + 1));
            String problem = span.category() == null || span.category().isBlank() ? "it has no category"
                    : TextSpans.problem(text, span.start(), span.end()).orElse(null);
            if (problem != null) {
                problems.add(new ImportReport.Skipped(place, problem));
                continue;
            }
            Category category = codebook.category(span.category(), carried.hints());
            Map<Long, String> attributes = new HashMap<>();
            span.attributes().forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    attributes.put(codebook.attribute(category, name, value, carried.hints().attributeTypes().get(name)),
                            value);
                }
            });
            UUID id = uuidOrFresh(span.id());
            if (span.id() != null) {
                annotationByExportId.put(span.id(), id);
            }
            String by = coder != null ? coder
                    : span.annotator() == null || span.annotator().isBlank() ? fallbackCoder : span.annotator();
            annotations.add(new Annotation(id, 0, category.id(), span.start(), span.end(),
                    text.substring(span.start(), span.end()), TextSpans.prefix(text, span.start()),
                    TextSpans.suffix(text, span.end()), span.note(), by, now, now,
                    span.speaker() == null ? null : personByExportId.get(span.speaker()), attributes));
        }
        List<CarriedWork.SpanLink> links = withoutCycles(links(carried, annotationByExportId, where, problems), annotations,
                annotationByExportId, where, problems);
        java.util.Set<String> coders = new java.util.TreeSet<>();
        annotations.forEach(annotation -> coders.add(annotation.annotator()));
        // The codes of a record are its coder's: the one named for the import, else the one coder
        // whose annotations it carries, else the project's own coder.
        String codesCoder = coder != null ? coder : coders.size() == 1 ? coders.iterator().next() : null;
        Map<String, Map<Long, String>> codesByCoder = new java.util.TreeMap<>();
        Map<Long, String> ownCodes = fieldCodes(carried.codes());
        carried.codesByCoder().forEach((name, values) -> codesByCoder.put(coder != null ? coder : name, fieldCodes(values)));
        coders.addAll(codesByCoder.keySet()); // a coder named with no codes still coded the article
        codesByCoder.values().removeIf(Map::isEmpty);
        if (codesCoder != null && !ownCodes.isEmpty()) {
            coders.add(codesCoder);
        }
        if (coder != null) {
            coders.add(coder);
        }
        String note = carried.note() == null ? "" : carried.note();
        LongFunction<List<Change>> work = articleId -> {
            List<Change> changes = new ArrayList<>();
            for (Annotation annotation : annotations) {
                changes.add(AnnotationChange.create(withArticle(annotation, articleId)));
            }
            for (CarriedWork.SpanLink link : links) {
                changes.add(LinkChange.create(new Link(uuidOrFresh(link.id()), articleId, RelationType.fromCode(link.type()),
                        annotationByExportId.get(link.from()), annotationByExportId.get(link.to()), now)));
            }
            if (!note.isBlank() || !ownCodes.isEmpty()) {
                changes.add(new ArticleCodingChange(new ArticleCoding(articleId, "", Map.of(), codesCoder),
                        new ArticleCoding(articleId, note, ownCodes, codesCoder)));
            }
            codesByCoder.forEach((name, values) -> changes.add(new ArticleCodingChange(
                    new ArticleCoding(articleId, "", Map.of(), name), new ArticleCoding(articleId, "", values, name))));
            return changes;
        };
        return new Plan(work, problems, coders);
    }

    private Map<Long, String> fieldCodes(Map<String, String> byName) {
        Map<Long, String> codes = new HashMap<>();
        byName.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                codes.put(codebook.documentField(name, value), value);
            }
        });
        return codes;
    }

    /** The file's id when it is a UUID (Newsmark's own, kept so merges recognise it), else a fresh one. */
    static UUID uuidOrFresh(String id) {
        UUID parsed = parseUuid(id);
        return parsed != null ? parsed : UUID.randomUUID();
    }

    /** The file's id as a UUID, or null when it is none. */
    static UUID parseUuid(String id) {
        if (id == null || id.length() != 36) {
            return null;
        }
        try {
            UUID parsed = UUID.fromString(id);
            return parsed.toString().equalsIgnoreCase(id) ? parsed : null;
        } catch (IllegalArgumentException e) {
            return null; // not a UUID: an id that only connects the file's own links and speakers
        }
    }

    /**
     * The people the record names: one with a UUID is that person (added to the registry if it is
     * new to it), one without is matched by name to the registry or added to it.
     */
    private Map<String, UUID> people(CarriedWork carried, Instant now) {
        Map<String, UUID> byExportId = new HashMap<>();
        for (CarriedWork.CarriedPerson carriedPerson : carried.people()) {
            if (carriedPerson.name() == null || carriedPerson.name().isBlank()) {
                continue;
            }
            UUID uuid = parseUuid(carriedPerson.id());
            if (uuid != null) {
                if (knownPeople.add(uuid)) {
                    Person person = new Person(uuid, carriedPerson.name(), carriedPerson.type(), carriedPerson.role(),
                            carriedPerson.affiliation(), carriedPerson.aliases(), now, now);
                    newPeople.add(new PersonChange(null, person));
                    person.names().forEach(name -> peopleByName.putIfAbsent(key(name), person));
                }
                byExportId.put(carriedPerson.id(), uuid);
                continue;
            }
            Person person = peopleByName.get(key(carriedPerson.name()));
            if (person == null) {
                person = new Person(UUID.randomUUID(), carriedPerson.name(), carriedPerson.type(), carriedPerson.role(),
                        carriedPerson.affiliation(), carriedPerson.aliases(), now, now);
                newPeople.add(new PersonChange(null, person));
                Person added = person;
                knownPeople.add(added.id());
                person.names().forEach(name -> peopleByName.putIfAbsent(key(name), added));
            }
            if (carriedPerson.id() != null) {
                byExportId.put(carriedPerson.id(), person.id());
            }
        }
        return byExportId;
    }

    private static List<CarriedWork.SpanLink> links(CarriedWork carried, Map<String, UUID> annotations, String where,
            List<ImportReport.Skipped> problems) {
        List<CarriedWork.SpanLink> kept = new ArrayList<>();
        for (int i = 0; i < carried.links().size(); i++) {
            CarriedWork.SpanLink link = carried.links().get(i);
            String place = join(where, "link " + (i + 1));
            if (!annotations.containsKey(link.from()) || !annotations.containsKey(link.to())) {
                problems.add(new ImportReport.Skipped(place, "it joins an annotation that was not imported"));
            } else if (!isRelationType(link.type())) {
                problems.add(new ImportReport.Skipped(place, "\u201C" + link.type()
                        + "\u201D is not a kind of link Newsmark keeps (attributed_to, cue, about, continues)"));
            } else {
                kept.add(link);
            }
        }
        return kept;
    }

    /**
     * The links that fit among themselves: a link that would close a cycle or repeat another (a file
     * read from elsewhere may hold either) is dropped and said so, rather than refusing the article.
     */
    private static List<CarriedWork.SpanLink> withoutCycles(List<CarriedWork.SpanLink> links, List<Annotation> annotations,
            Map<String, UUID> ids, String where, List<ImportReport.Skipped> problems) {
        Map<UUID, Annotation> byId = new HashMap<>();
        annotations.forEach(annotation -> byId.put(annotation.id(), annotation));
        List<Link> accepted = new ArrayList<>();
        List<CarriedWork.SpanLink> kept = new ArrayList<>();
        Instant now = Instant.now();
        for (CarriedWork.SpanLink link : links) {
            UUID from = ids.get(link.from());
            UUID to = ids.get(link.to());
            Link candidate = from.equals(to) ? null : Link.of(0, RelationType.fromCode(link.type()), from, to, now);
            java.util.Optional<String> problem = candidate == null ? java.util.Optional.of("it links an annotation to itself")
                    : LinkRules.problem(candidate, accepted, byId);
            if (problem.isPresent()) {
                problems.add(new ImportReport.Skipped(join(where, "link " + link.from() + " " + link.type() + " " + link.to()),
                        "was not kept: " + problem.get()));
            } else {
                accepted.add(candidate);
                kept.add(link);
            }
        }
        return kept;
    }

    private static boolean isRelationType(String code) {
        for (RelationType type : RelationType.values()) {
            if (type.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static Annotation withArticle(Annotation a, long articleId) {
        return new Annotation(a.id(), articleId, a.categoryId(), a.start(), a.end(), a.text(), a.prefix(), a.suffix(),
                a.note(), a.annotator(), a.created(), a.updated(), a.personId(), a.attributes());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String join(String where, String part) {
        return where == null || where.isEmpty() ? part : where + ", " + part;
    }
}
