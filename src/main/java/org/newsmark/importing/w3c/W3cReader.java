package org.newsmark.importing.w3c;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsmark.formats.W3cVocabulary;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.ImportException;
import org.newsmark.importing.ImportSource;
import org.newsmark.importing.PairedReader;
import org.newsmark.importing.TextDecoder;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.RelationType;
import org.newsmark.model.ShortText;

/**
 * W3C Web Annotation JSON-LD (docs/formats.md): an {@code AnnotationCollection}, an
 * {@code AnnotationPage}, an {@code Annotation} or a list of them, and the Hypothesis API's
 * {@code {"rows": […]}}. Annotations are imported with the text they annotate: the article a Newsmark
 * export holds ({@code nm:article}), or else a file beside it with the same name ({@code .txt}, or
 * {@code .html} whose text content is taken, as a browser's annotator counts it). Each annotation is
 * anchored by its selectors ({@link Anchoring}); one that breaks the data model's rules, or cannot be
 * anchored, is skipped with the reason, and each one re-anchored by its quote is reported.
 */
public final class W3cReader implements PairedReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT_BESIDE = List.of(".txt", ".html", ".htm");

    @Override
    public String format() {
        return "w3c";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonld")) {
            return true;
        }
        if (!name.endsWith(".json") || head.length == 0) {
            return false;
        }
        String start = new String(head, StandardCharsets.UTF_8);
        return start.contains("w3.org/ns/anno") || start.contains("\"rows\"") && start.contains("\"target\"")
                && start.contains("\"selector\"");
    }

    @Override
    public boolean readsFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".jsonld")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reads(name, in.readNBytes(8192));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<Path> partnersOf(Path file) {
        return textBeside(file).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Path> ownerOf(Path file) {
        return Optional.empty();
    }

    @Override
    public String orphanReason(Path partner) {
        return "";
    }

    @Override
    public boolean isConfiguration(Path file) {
        return false;
    }

    private static Optional<Path> textBeside(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        for (String extension : TEXT_BESIDE) {
            Path text = file.resolveSibling(base + extension);
            if (Files.isRegularFile(text)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The document the annotations point into, and the IRI they name it by (null when they need not name it). */
    private record Target(ArticleDraft draft, String iri, String note, Map<String, String> codes) {
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        String content = TextDecoder.decode(source.readAll(), StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            throw new ImportException("it is not JSON (" + e.getOriginalMessage() + (where == null ? "" : ", line "
                    + where.getLineNr() + ", column " + where.getColumnNr()) + ")", e);
        }
        boolean hypothesis = root != null && root.isObject() && root.path("rows").isArray();
        List<JsonNode> annotations = new ArrayList<>();
        JsonNode article = null;
        if (hypothesis) {
            root.get("rows").forEach(annotations::add);
        } else {
            for (JsonNode document : W3cChecks.values(root)) {
                checkContext(document);
                if (article == null && document.path(W3cVocabulary.ARTICLE).isObject()) {
                    article = document.get(W3cVocabulary.ARTICLE);
                }
                collect(document, annotations);
            }
        }
        if (annotations.isEmpty() && article == null) {
            // Without annotations, only a collection that carries its article's text (as Newsmark writes
            // an article nobody has coded yet) has anything to import.
            throw new ImportException("it holds no annotation (no Annotation, AnnotationPage or AnnotationCollection with items)");
        }
        Target target = article != null ? embedded(article, source) : beside(source, annotations);
        Anchoring anchoring = new Anchoring(target.draft().text());
        List<CarriedWork.Span> spans = new ArrayList<>();
        List<CarriedWork.SpanLink> links = new ArrayList<>();
        Map<String, CarriedWork.CarriedPerson> people = new LinkedHashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            JsonNode annotation = annotations.get(i);
            String id = annotation.path("id").isTextual() ? annotation.get("id").textValue() : "#" + (i + 1);
            String where = "annotation " + (annotation.path("id").isTextual() ? id : Integer.toString(i + 1));
            if (!annotation.isObject()) {
                sink.skipped(where, "it is not a JSON object");
                continue;
            }
            List<String> problems = hypothesis ? List.of() : W3cChecks.problems(annotation);
            if (!problems.isEmpty()) {
                sink.skipped(where, "was skipped: " + String.join("; ", problems));
                continue;
            }
            List<int[]> fragments = new ArrayList<>();
            List<String> fragmentIds = new ArrayList<>(); // a later fragment's own id, when its target has one
            String problem = null;
            for (JsonNode each : W3cChecks.values(annotation.get("target"))) {
                if (each.isTextual()) {
                    problem = "it annotates the whole of " + each.textValue() + ", not a span of its text";
                    break;
                }
                String named = each.path("source").asText(null);
                if (target.iri() != null && named != null && !named.equals(target.iri())) {
                    problem = "it annotates " + named + ", not the article in this file";
                    break;
                }
                Anchoring.Anchor anchor = anchoring.anchor(each);
                if (anchor.problem() != null) {
                    problem = anchor.problem();
                    break;
                }
                if (anchor.moved()) {
                    sink.skipped(where, "was re-anchored by its quote: its position said " + anchor.claimed()[0] + "\u2013"
                            + anchor.claimed()[1] + ", its words are at " + anchoring.codePoints(anchor.start()) + "\u2013"
                            + anchoring.codePoints(anchor.end()) + " (code points)");
                }
                fragments.add(new int[] {anchor.start(), anchor.end()});
                fragmentIds.add(each.path("id").isTextual() ? W3cVocabulary.localId(each.get("id").textValue()) : null);
            }
            if (problem != null) {
                sink.skipped(where, "could not be anchored: " + problem);
                continue;
            }
            W3cAnnotationReading reading = W3cAnnotationReading.of(annotation);
            String speaker = null;
            if (reading.person != null) {
                people.putIfAbsent(reading.person.id(), reading.person);
                speaker = reading.person.id();
            }
            String spanId = W3cVocabulary.localId(id);
            for (int f = 0; f < fragments.size(); f++) {
                String fragmentId = f == 0 ? spanId : fragmentIds.get(f) != null ? fragmentIds.get(f) : spanId + "~" + (f + 1);
                spans.add(new CarriedWork.Span(fragmentId, reading.category, fragments.get(f)[0], fragments.get(f)[1],
                        f == 0 ? reading.note() : "", reading.annotator, f == 0 ? reading.attributes : Map.of(),
                        f == 0 ? speaker : null));
                if (f > 0) {
                    links.add(new CarriedWork.SpanLink(RelationType.CONTINUES.code(), fragmentId, spans.get(spans.size() - 2).id()));
                }
            }
            reading.links.forEach(link -> links.add(new CarriedWork.SpanLink(link[0], spanId, W3cVocabulary.localId(link[1]))));
        }
        CarriedWork work = new CarriedWork(target.note(), target.codes(), spans, links, List.copyOf(people.values()));
        sink.article("", target.draft(), work);
    }

    /** The JSON-LD context must be the Web Annotation one: without it, the terms mean nothing defined. */
    private static void checkContext(JsonNode document) throws ImportException {
        if (!document.isObject() || document.isEmpty()) {
            throw new ImportException("it holds no annotation (it is " + (document.isObject() ? "an empty object" : document) + ")");
        }
        JsonNode context = document.get("@context");
        if (context == null) {
            throw new ImportException("it has no @context naming " + W3cVocabulary.CONTEXT
                    + ", so it is not Web Annotation JSON-LD");
        }
        boolean anno = W3cChecks.values(context).stream().anyMatch(value -> value.isTextual()
                && value.textValue().replaceFirst("^https:", "http:").equals(W3cVocabulary.CONTEXT));
        if (!anno) {
            throw new ImportException("its @context " + ShortText.of(context.toString(), 120) + " does not include "
                    + W3cVocabulary.CONTEXT);
        }
    }

    /** The annotations of a document: itself, a page's items, a collection's pages (those in the file). */
    private static void collect(JsonNode document, List<JsonNode> annotations) {
        if (W3cChecks.hasType(document, "AnnotationCollection")) {
            for (JsonNode page = document.get("first"); page != null && page.isObject(); page = page.get("next")) {
                page.path("items").forEach(annotations::add);
            }
        } else if (W3cChecks.hasType(document, "AnnotationPage")) {
            document.path("items").forEach(annotations::add);
        } else {
            annotations.add(document);
        }
    }

    private static Target embedded(JsonNode article, ImportSource source) throws ImportException {
        if (!article.path(W3cVocabulary.TEXT).isTextual() || article.get(W3cVocabulary.TEXT).textValue().isEmpty()) {
            throw new ImportException("its " + W3cVocabulary.ARTICLE + " has no " + W3cVocabulary.TEXT);
        }
        String title = article.path(W3cVocabulary.TITLE).asText(null);
        ArticleDraft draft = new ArticleDraft(title == null || title.isBlank() ? documentName(source) : title,
                article.path(W3cVocabulary.STANDFIRST).asText(null), article.path(W3cVocabulary.OUTLET).asText(null),
                article.path(W3cVocabulary.BYLINE).asText(null), article.path(W3cVocabulary.PUBLISHED).asText(null),
                article.path(W3cVocabulary.URL).asText(null), article.get(W3cVocabulary.TEXT).textValue());
        Map<String, String> codes = new LinkedHashMap<>();
        article.path(W3cVocabulary.CODES).properties().forEach(field -> {
            if (field.getValue().isValueNode()) {
                codes.put(field.getKey(), field.getValue().asText());
            }
        });
        return new Target(draft, article.path("id").asText(null), article.path(W3cVocabulary.NOTE).asText(null), codes);
    }

    /** The text beside the file, as the annotations' tool saw it. */
    private static Target beside(ImportSource source, List<JsonNode> annotations) throws ImportException, IOException {
        Optional<Path> file = source.file().flatMap(W3cReader::textBeside);
        if (file.isEmpty()) {
            Set<String> sources = new LinkedHashSet<>();
            for (JsonNode annotation : annotations) {
                for (JsonNode target : W3cChecks.values(annotation.get("target"))) {
                    String iri = target.isTextual() ? target.textValue() : target.path("source").asText(null);
                    if (iri != null) {
                        sources.add(iri);
                    }
                }
            }
            throw new ImportException("the text it annotates" + (sources.isEmpty() ? "" : " (" + String.join(", ",
                    sources.stream().limit(3).toList()) + (sources.size() > 3 ? " and " + (sources.size() - 3) + " more" : "")
                    + ")") + " is neither in it nor beside it as a .txt or .html file of the same name; Newsmark imports "
                    + "annotations with the text they annotate");
        }
        byte[] bytes = Files.readAllBytes(file.get());
        String name = file.get().getFileName().toString().toLowerCase(Locale.ROOT);
        String title = documentName(source);
        String text;
        if (name.endsWith(".txt")) {
            text = TextDecoder.decode(bytes, source.encoding());
        } else {
            Document page = Jsoup.parse(TextDecoder.decode(bytes, StandardCharsets.UTF_8));
            text = page.body().wholeText();
            if (!page.title().isBlank()) {
                title = page.title().strip();
            }
        }
        if (text.isBlank()) {
            throw new ImportException("the text beside it, " + file.get().getFileName() + ", is empty");
        }
        return new Target(new ArticleDraft(title, null, null, null, null, null, text), null, null, Map.of());
    }

    private static String documentName(ImportSource source) {
        String name = Path.of(source.name()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
