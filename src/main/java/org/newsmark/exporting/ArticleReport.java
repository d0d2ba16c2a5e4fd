package org.newsmark.exporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsmark.model.QuotationMarks;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.RelationType;
import org.newsmark.store.ProjectStore;

/**
 * One article as a printable HTML page: its text with the highlights in the codebook's colours
 * (overlapping spans stack their underlines), a legend, the attributions as "speaker → cue → content",
 * and every annotation with its attributes and person. The page is built as a document tree (jsoup),
 * so every piece of text from the project is escaped: an article containing {@code <script>} stays
 * text. Laid out for A4.
 */
public final class ArticleReport {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font: 11pt/1.55 Georgia, 'DejaVu Serif', serif; color: #1a1a1a; max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
            h1 { font-size: 17pt; line-height: 1.25; margin: 0 0 2mm; }
            h2 { font: bold 11pt system-ui, 'DejaVu Sans', sans-serif; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; }
            .meta, .legend, table, .attributions, footer { font: 9pt/1.45 system-ui, 'DejaVu Sans', sans-serif; }
            .meta { color: #555; margin-bottom: 4mm; }
            .legend span.key { display: inline-block; margin: 0 4mm 1mm 0; white-space: nowrap; }
            .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; border-radius: 0.6mm; vertical-align: -0.4mm; margin-right: 1mm; }
            .text { white-space: pre-wrap; }
            .hl { border-radius: 0.5mm; padding-bottom: 1px; }
            sup.ref { font: 6.5pt system-ui, sans-serif; color: #555; margin: 0 0.3mm; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e2e2e2; padding: 1mm 1.5mm; }
            tr { break-inside: avoid; }
            .attributions li { margin-bottom: 1mm; break-inside: avoid; }
            .arrow { color: #777; }
            footer { color: #777; margin-top: 8mm; }
            """;

    /** Writes the report of article {@code articleId}; an article not in the project is refused with a message. */
    public void write(ProjectStore store, long articleId, Writer out) throws IOException {
        Article article = store.article(articleId).orElseThrow(() -> new IllegalArgumentException(
                "There is no article " + articleId + " in " + store.file().getFileName() + "."));
        Map<UUID, Person> people = new HashMap<>();
        store.people().forEach(person -> people.put(person.id(), person));
        out.write(html(article, store.annotations(articleId), store.links(articleId), store.coding(articleId),
                store.codebook(), people, store.file().getFileName().toString()));
        out.flush();
    }

    String html(Article article, List<Annotation> annotations, List<Link> links, ArticleCoding coding, Codebook codebook,
            Map<UUID, Person> people, String projectName) {
        List<Annotation> ordered = new ArrayList<>(annotations);
        ordered.sort(Comparator.comparingInt(Annotation::start).thenComparing(Comparator.comparingInt(Annotation::end).reversed())
                .thenComparing(Annotation::id));
        Map<UUID, Integer> numbers = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            numbers.put(ordered.get(i).id(), i + 1);
        }
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("title").text(article.title());
        document.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element body = document.body();
        body.appendElement("h1").text(article.title());
        body.appendElement("div").addClass("meta").text(String.join(" \u00B7 ", present(article.source(), article.published(),
                article.byline(), article.url())));
        if (!coding.values().isEmpty() || !coding.note().isBlank()) {
            Element codes = body.appendElement("div").addClass("meta");
            for (AttributeDefinition field : codebook.documentFields()) {
                String value = coding.values().get(field.id());
                if (value != null) {
                    codes.appendElement("b").text(field.name() + ": ");
                    codes.appendText(value + "   ");
                }
            }
            if (!coding.note().isBlank()) {
                codes.appendElement("div").text("Note: " + coding.note());
            }
        }
        legend(body, ordered, codebook);
        text(body.appendElement("div").addClass("text"), article.text(), ordered, codebook, numbers);
        attributions(body, ordered, links, codebook, people, numbers);
        annotationTable(body, ordered, codebook, people, numbers);
        body.appendElement("footer").text("Newsmark report of article " + article.id() + " of " + projectName + ".");
        return "<!DOCTYPE html>\n" + document.outerHtml() + "\n";
    }

    private static List<String> present(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static void legend(Element body, List<Annotation> annotations, Codebook codebook) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        annotations.forEach(annotation -> counts.merge(annotation.categoryId(), 1, Integer::sum));
        if (counts.isEmpty()) {
            body.appendElement("p").addClass("legend").text("No annotations yet.");
            return;
        }
        Element legend = body.appendElement("div").addClass("legend");
        for (Category category : codebook.categories()) {
            Integer count = counts.remove(category.id());
            if (count != null) {
                Element key = legend.appendElement("span").addClass("key");
                key.appendElement("span").addClass("swatch").attr("style", "background:" + category.color());
                key.appendText(codebook.pathName(category) + " (" + count + ")");
            }
        }
        counts.forEach((id, count) -> legend.appendElement("span").addClass("key")
                .text("a deleted category (" + count + ")"));
    }

    /** The text in runs: each run the same set of annotations, highlighted in the colour of the innermost. */
    private static void text(Element into, String text, List<Annotation> annotations, Codebook codebook,
            Map<UUID, Integer> numbers) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Annotation annotation : annotations) {
            cuts.add(Math.min(annotation.start(), text.length()));
            cuts.add(Math.min(annotation.end(), text.length()));
        }
        Map<Integer, List<Annotation>> endingAt = new HashMap<>();
        Map<Integer, List<Annotation>> startingAt = new HashMap<>();
        for (Annotation annotation : annotations) {
            endingAt.computeIfAbsent(Math.min(annotation.end(), text.length()), end -> new ArrayList<>()).add(annotation);
            startingAt.computeIfAbsent(Math.min(annotation.start(), text.length()), start -> new ArrayList<>()).add(annotation);
        }
        // one sweep over the cuts, keeping the annotations open at each: long texts with many spans stay quick
        List<Annotation> open = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                String piece = text.substring(from, cut);
                if (open.isEmpty()) {
                    into.appendText(piece);
                } else {
                    List<Annotation> over = open.stream().sorted(Comparator.comparingInt(Annotation::length)).toList();
                    into.appendElement("span").addClass("hl").attr("style", style(over, codebook))
                            .attr("title", String.join(", ", over.stream().map(annotation -> name(codebook, annotation)).toList()))
                            .text(piece);
                }
            }
            List<Annotation> ended = endingAt.getOrDefault(cut, List.of());
            open.removeAll(ended);
            for (Annotation annotation : ended) {
                into.appendElement("sup").addClass("ref").text(String.valueOf(numbers.get(annotation.id())));
            }
            open.addAll(startingAt.getOrDefault(cut, List.of()));
            from = cut;
        }
    }

    private static String style(List<Annotation> over, Codebook codebook) {
        StringBuilder shadows = new StringBuilder();
        for (int i = 0; i < over.size(); i++) {
            shadows.append(i == 0 ? "" : ", ").append("inset 0 -").append(2 * (i + 1)).append("px 0 ")
                    .append(color(codebook, over.get(i)));
        }
        return "background:" + color(codebook, over.get(0)) + "44; box-shadow:" + shadows + ";";
    }

    private static String color(Codebook codebook, Annotation annotation) {
        // colours are #RRGGBB, checked when the codebook is read: safe to put in a style
        return codebook.category(annotation.categoryId()).map(Category::color).orElse("#999999");
    }

    private static String name(Codebook codebook, Annotation annotation) {
        return codebook.category(annotation.categoryId()).map(codebook::pathName).orElse("a deleted category");
    }

    private static void attributions(Element body, List<Annotation> annotations, List<Link> links, Codebook codebook,
            Map<UUID, Person> people, Map<UUID, Integer> numbers) {
        Map<UUID, Annotation> byId = new HashMap<>();
        annotations.forEach(annotation -> byId.put(annotation.id(), annotation));
        List<Element> lines = new ArrayList<>();
        for (Annotation content : annotations) {
            List<Annotation> speakers = ends(links, content, RelationType.ATTRIBUTED_TO, byId);
            List<Annotation> cues = ends(links, content, RelationType.CUE, byId);
            List<Annotation> about = ends(links, content, RelationType.ABOUT, byId);
            if (speakers.isEmpty() && cues.isEmpty() && about.isEmpty()) {
                continue;
            }
            Element line = new Element("li");
            if (!about.isEmpty()) {
                quoted(line, content, numbers);
                arrow(line, "about");
                about.forEach(claim -> quoted(line, claim, numbers));
            } else {
                Element who = line.appendElement("b");
                who.text(speakers.isEmpty() ? "(no speaker)" : String.join(" and ", speakers.stream()
                        .map(mention -> speaker(mention, codebook, people)).toList()));
                if (!cues.isEmpty()) {
                    arrow(line, "\u2192");
                    line.appendElement("i").text(String.join(" / ", cues.stream().map(Annotation::text).toList()));
                }
                arrow(line, "\u2192");
                quoted(line, content, numbers);
            }
            lines.add(line);
        }
        body.appendElement("h2").text("Who says what");
        if (lines.isEmpty()) {
            body.appendElement("p").addClass("attributions").text("No attributions coded in this article.");
            return;
        }
        Element list = body.appendElement("ul").addClass("attributions");
        lines.forEach(list::appendChild);
    }

    private static List<Annotation> ends(List<Link> links, Annotation from, RelationType type, Map<UUID, Annotation> byId) {
        return links.stream().filter(link -> link.type() == type && link.from().equals(from.id()))
                .map(link -> byId.get(link.to())).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(Annotation::start)).toList();
    }

    private static void arrow(Element line, String text) {
        line.appendText(" ");
        line.appendElement("span").addClass("arrow").text(text);
        line.appendText(" ");
    }

    /** The span in quotation marks, unless it carries its own. */
    private static void quoted(Element line, Annotation annotation, Map<UUID, Integer> numbers) {
        line.appendText(QuotationMarks.framedByQuotationMarks(annotation.text()) ? annotation.text()
                : "\u201C" + annotation.text() + "\u201D");
        line.appendElement("sup").addClass("ref").text(String.valueOf(numbers.get(annotation.id())));
    }

    private static String speaker(Annotation mention, Codebook codebook, Map<UUID, Person> people) {
        Person person = mention.personId() == null ? null : people.get(mention.personId());
        String kind = codebook.category(mention.categoryId()).map(Category::name).orElse("");
        if (person == null) {
            return mention.text() + " (" + kind + ")";
        }
        String type = person.type().isBlank() ? kind : person.type();
        return (person.name().equals(mention.text()) ? person.name() : mention.text() + " = " + person.name())
                + " (" + type + ")";
    }

    private static void annotationTable(Element body, List<Annotation> annotations, Codebook codebook,
            Map<UUID, Person> people, Map<UUID, Integer> numbers) {
        body.appendElement("h2").text("Annotations");
        if (annotations.isEmpty()) {
            body.appendElement("p").addClass("attributions").text("None.");
            return;
        }
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("#", "Category", "Text", "Attributes", "Person", "Note")) {
            head.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (Annotation annotation : annotations) {
            Element row = rows.appendElement("tr");
            row.appendElement("td").text(String.valueOf(numbers.get(annotation.id())));
            Element category = row.appendElement("td");
            category.appendElement("span").addClass("swatch").attr("style", "background:" + color(codebook, annotation));
            category.appendText(name(codebook, annotation));
            row.appendElement("td").text(annotation.text());
            List<String> values = new ArrayList<>();
            codebook.category(annotation.categoryId()).ifPresent(found -> {
                for (AttributeDefinition attribute : codebook.attributesOf(found)) {
                    String value = annotation.attributes().get(attribute.id());
                    if (value != null) {
                        values.add(attribute.name() + ": " + value);
                    }
                }
            });
            row.appendElement("td").text(String.join("; ", values));
            Person person = annotation.personId() == null ? null : people.get(annotation.personId());
            row.appendElement("td").text(person == null ? "" : String.join(", ", present(person.name(), person.type(),
                    person.role(), person.affiliation())));
            row.appendElement("td").text(annotation.note());
        }
    }
}
