package org.newsmark.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * The sample articles coded a little, as a researcher would: in the BBC report the claims of Mr Musk
 * and of the Trump campaign, the experts on the DDoS attack, the journalist's own claims; in two
 * Wikinews reports their scientists. For tests and for the pictures of the findings in the README.
 *
 * <p>Run as a program to write such a project: {@code CodedSamples FILE}.
 */
public final class CodedSamples {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final ProjectStore store;
    private final Codebook codebook;
    private final List<Change> changes = new ArrayList<>();
    private Article article;
    private int from;

    private CodedSamples(ProjectStore store) {
        this.store = store;
        this.codebook = store.codebook();
    }

    public static void main(String[] args) {
        try (ProjectStore store = SqliteProjectStore.open(Path.of(args[0]), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
            code(store);
        }
    }

    /** Codes the BBC article and two Wikinews reports of a project the samples were imported into. */
    public static void code(ProjectStore store) {
        CodedSamples coding = new CodedSamples(store);
        coding.bbc();
        coding.warming();
        coding.iodine();
        store.apply(coding.changes);
    }

    private void bbc() {
        open("Musk hosts friendly chat");
        Person musk = person("Elon Musk", "Business leader", "Owner of X and Tesla");
        Person trump = person("Donald Trump", "", "Republican presidential nominee");
        Person lim = person("Anthony Lim", "", "Director, Centre for Strategic Cyberspace and International Studies");
        Person hay = person("Andrew Hay", "", "IT firm Damovo");

        Annotation unchallenged = claim("Trump made a series of unsubstantiated claims that went without challenge", "Claim",
                Map.of("Checkable", "yes"));
        link(unchallenged, tag("The event was billed as an interview", "Context"), RelationType.ABOUT, true);
        Annotation glitches = claim("the glitches on a cyber-attack", "Claim", Map.of("Challenged in the text", "yes"));
        from = article.text().indexOf("He blamed");
        attribute(glitches, mention("He", "Speaker", musk));
        cue(glitches, "blamed");
        Annotation unlikely = claim("that was unlikely", "Expert quote", Map.of("Direct or indirect", "indirect"));
        attribute(unlikely, mention("one expert", "Expert", null));
        cue(unlikely, "told the BBC");
        Annotation fork = claim("\"America is at a fork in the road and you are the path to prosperity and I think Kamala is the opposite,\"",
                "Claim", Map.of("Challenged in the text", "no", "Evidence given", "no"));
        from = article.text().indexOf("said Mr Musk in one exchange");
        cue(fork, "said");
        attribute(fork, mention("Mr Musk", "Speaker", musk));
        Annotation choice = claim("he had \u201Cno choice\u201D but to support EVs because of Mr Musk's endorsement", "Claim",
                Map.of("Challenged in the text", "no"));
        from = article.text().indexOf("He recently said");
        attribute(choice, mention("He", "Politician", trump));
        Annotation normal = claim("it was no different from normal", "Claim", Map.of("Challenged in the text", "no",
                "Checkable", "no"));
        from = article.text().indexOf("Many observers");
        attribute(normal, mention("a spokesman for the Trump campaign", "Spokesperson", null));
        Annotation ddos = claim("\"a massive DDoS attack on X\"", "Claim", Map.of("Challenged in the text", "yes",
                "Evidence given", "no", "Checkable", "yes"));
        from = article.text().indexOf("As many users");
        attribute(ddos, mention("Mr Musk", "Speaker", musk));
        tag("Distributed denial of services attacks - or DDoS attacks - are attempts to overload a website to make it "
                + "hard to use or inaccessible.", "Context");
        Annotation signals = claim("\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D",
                "Expert quote", Map.of("Direct or indirect", "direct", "Field of expertise", "cyber security"));
        Annotation limMention = mention("Anthony Lim", "Expert", lim);
        attribute(signals, limMention);
        cue(signals, "told the BBC");
        Annotation single = claim("\u201CIt is unlikely it would affect only one single service or feature on a website.\u201D",
                "Expert quote", Map.of("Direct or indirect", "direct"));
        attribute(single, limMention);
        Annotation crashed = claim("it is possible that a large number of people trying to listen could have temporarily "
                + "crashed the service", "Expert quote", Map.of("Direct or indirect", "indirect"));
        attribute(crashed, mention("Mr Lim", "Expert", lim));
        cue(crashed, "added");
        Annotation caused = claim("the problems could have been caused by a cyber-attack", "Expert quote",
                Map.of("Direct or indirect", "indirect"));
        attribute(caused, mention("Andrew Hay", "Expert", hay));
        code("Genre", "news report");
        code("Balance of sources", "some balance");
    }

    private void warming() {
        open("Scientists analyse effects of global warming");
        Person heald = person("Colette Heald", "", "Coauthor, Massachusetts Institute of Technology");
        Annotation consistent = claim("\"The climate projections are quite consistent [...] the future of ozone pollution is "
                + "very different [...] leading to either offsetting or reinforcing effects [of climate change] on crops\"",
                "Expert quote", Map.of("Direct or indirect", "direct", "Field of expertise", "atmospheric chemistry"));
        attribute(consistent, mention("Colette Heald", "Expert", heald));
        Annotation together = claim("\"nobody has looked at these together\"", "Expert quote", Map.of("Direct or indirect", "direct"));
        from = article.text().indexOf("The study focuses");
        attribute(together, mention("Heald", "Expert", heald));
        from = 0;
        Annotation found = claim("reduction of crop yields by 2050 exceeded 10% of 2000 levels", "Claim",
                Map.of("Evidence given", "yes", "Checkable", "yes"));
        attribute(found, mention("The scientists", "Expert", null));
        code("Genre", "news report");
    }

    private void iodine() {
        open("Australian children suffering from iodine deficiency");
        Annotation half = claim("Almost half of all Australian primary school children are mild to moderately iodine deficient",
                "Claim", Map.of("Evidence given", "yes", "Checkable", "yes"));
        attribute(half, mention("researchers", "Expert", null));
        Annotation sleeper = claim("\"the sleeper health issue in Australia\"", "Expert quote", Map.of());
        attribute(sleeper, mention("The report's authors", "Expert", null));
        Annotation urgent = claim("\"urgent implementation of mandatory iodisation of all edible salt in Australia.\"",
                "Expert quote", Map.of("Direct or indirect", "direct"));
        from = article.text().indexOf("The authors say the results");
        attribute(urgent, mention("The authors", "Expert", null));
        code("Genre", "news report");
        code("Balance of sources", "one-sided");
    }

    private void open(String titleStart) {
        ArticleSummary summary = store.articles().stream().filter(candidate -> candidate.title().startsWith(titleStart))
                .findFirst().orElseThrow(() -> new IllegalStateException("No sample article \u201C" + titleStart + "\u201D"));
        article = store.article(summary.id()).orElseThrow();
        from = 0;
    }

    private Annotation tag(String text, String category) {
        int start = article.text().indexOf(text, from);
        if (start < 0) {
            throw new IllegalStateException("\u201C" + text + "\u201D is not in " + article.title());
        }
        Annotation annotation = Annotations.at(article, start, start + text.length(), category(category).id());
        changes.add(AnnotationChange.create(annotation));
        return annotation;
    }

    private Annotation claim(String text, String category, Map<String, String> values) {
        Annotation annotation = tag(text, category);
        changes.remove(changes.size() - 1);
        Category chosen = category(category);
        for (Map.Entry<String, String> value : values.entrySet()) {
            AttributeDefinition attribute = codebook.attributesOf(chosen).stream()
                    .filter(candidate -> candidate.name().equals(value.getKey())).findFirst().orElseThrow();
            annotation = annotation.withAttribute(attribute.id(), value.getValue(), NOW);
        }
        changes.add(AnnotationChange.create(annotation));
        return annotation;
    }

    private Annotation mention(String text, String category, Person person) {
        Annotation annotation = tag(text, category);
        if (person != null) {
            changes.remove(changes.size() - 1);
            annotation = annotation.withPerson(person.id(), NOW);
            changes.add(AnnotationChange.create(annotation));
        }
        return annotation;
    }

    private void attribute(Annotation content, Annotation source) {
        link(content, source, RelationType.ATTRIBUTED_TO, false);
    }

    private void cue(Annotation content, String cue) {
        int before = from;
        from = Math.max(0, content.start() - 200);
        link(content, tag(cue, "Cue"), RelationType.CUE, false);
        from = before;
    }

    private void link(Annotation from, Annotation to, RelationType type, boolean reversed) {
        Annotation start = reversed ? to : from;
        Annotation end = reversed ? from : to;
        changes.add(LinkChange.create(Link.of(article.id(), type, start.id(), end.id(), NOW)));
    }

    private Person person(String name, String type, String role) {
        Person person = new Person(UUID.randomUUID(), name, type, role, "", List.of(), NOW, NOW);
        changes.add(new PersonChange(null, person));
        return person;
    }

    private void code(String field, String value) {
        AttributeDefinition definition = codebook.documentFields().stream().filter(candidate -> candidate.name().equals(field))
                .findFirst().orElseThrow();
        ArticleCoding coding = ArticleCoding.empty(article.id());
        for (Change change : changes) {
            if (change instanceof ArticleCodingChange done && done.articleId() == article.id()) {
                coding = done.after();
            }
        }
        changes.add(new ArticleCodingChange(store.coding(article.id()), coding.withValue(definition.id(), value)));
    }

    private Category category(String name) {
        return codebook.byName(name).orElseThrow(() -> new IllegalStateException("No category " + name));
    }
}
