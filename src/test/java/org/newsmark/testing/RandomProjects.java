package org.newsmark.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.model.TextSpans;
import org.newsmark.store.ProjectStore;

/**
 * Fills a project (with the news-sourcing codebook) with articles a seeded random generator writes
 * and codes: texts with emoji and other characters outside the Basic Multilingual Plane, combining
 * marks, CRLF and LF line ends, curly quotes; spans of every category, at the very start and end of
 * the text, inside words, overlapping and nested; discontinuous spans; attributes, notes, people and
 * attribution links. The same seed gives the same project, so a failing round trip can be replayed.
 */
public final class RandomProjects {

    /** What the coded work may hold, so a format that cannot carry something is tested on the rest. */
    public record Options(boolean crlf, boolean fragments, boolean notes, boolean people, boolean intraWordSpans) {
        public static final Options EVERYTHING = new Options(true, true, true, true, true);
    }

    private static final String[] WORDS = {"the", "minister", "said", "that", "Zoë", "naïve", "café", "e\u0301lan",
            "n\u0303o", "😀", "🎉", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👩\u200D👩\u200D👧", "“quoted”", "‘single’", "Musk's", "X", "told",
            "BBC", "according", "to", "sources", "中文", "שלום", "€100", "42", "—", "(aside)", "tech", "delays",
            "a\u0308\u0301", "🇬🇧", "ﬁnal", "data;", "[brackets]", "back\\slash", "pipe|bar", "under_score", "star*"};
    private static final String[] CONTENT_CATEGORIES = {"Claim", "Expert quote"};

    private RandomProjects() {
    }

    /** What a project's view exercised, so a round-trip test can show it tested the hard cases. */
    public static final class Coverage {
        public static final java.util.Set<String> ALL = java.util.Set.of("discontinuous span", "attributed_to", "cue", "about",
                "span at the start", "span at the end", "character outside the BMP", "combining mark", "note", "attribute");

        private Coverage() {
        }

        public static java.util.Set<String> of(ProjectView view) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            view.articles().forEach((text, article) -> {
                if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                    seen.add("character outside the BMP");
                }
                if (text.contains("\u0301")) {
                    seen.add("combining mark");
                }
                for (String span : article.spans()) {
                    if (span.matches("[^@]*@ \\d+-\\d+ \\d+-\\d+.*")) {
                        seen.add("discontinuous span");
                    }
                    if (span.matches("[^@]*@ 0-.*")) {
                        seen.add("span at the start");
                    }
                    if (span.matches("[^@]*@ \\d+-" + text.length() + " .*")) {
                        seen.add("span at the end");
                    }
                    if (span.contains(" note=")) {
                        seen.add("note");
                    }
                    if (!span.contains(" {} ") && !span.endsWith("{}")) {
                        seen.add("attribute");
                    }
                }
                for (String link : article.links()) {
                    for (String type : new String[] {"attributed_to", "cue", "about"}) {
                        if (link.contains(" " + type + " ")) {
                            seen.add(type);
                        }
                    }
                }
            });
            return seen;
        }
    }

    /** A text of about {@code words} words that starts and ends with a word. */
    public static String text(Random random, int words, boolean crlf) {
        StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int i = 1; i < words; i++) {
            int gap = random.nextInt(20);
            String separator = switch (gap) {
                case 0 -> ".\n\n";
                case 1 -> crlf ? ".\r\n\r\n" : ".\n";
                case 2 -> crlf ? "\r\n" : "\n";
                case 3 -> ", ";
                case 4 -> "  ";
                default -> " ";
            };
            text.append(separator).append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** Adds {@code articles} coded articles; the project must have the news-sourcing codebook. */
    public static void fill(ProjectStore store, long seed, int articles, int annotationsEach, Options options) {
        Random random = new Random(seed);
        Codebook codebook = store.codebook();
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        List<Person> people = new ArrayList<>();
        if (options.people()) {
            for (String name : new String[] {"Anthony Lim", "Zoë Ångström", "李明"}) {
                Person person = Person.named(name, at).withDetails(name, "expert", "Director", "", at);
                people.add(person);
                store.apply(List.of(new PersonChange(null, person)));
            }
        }
        for (int n = 0; n < articles; n++) {
            String text = text(random, 40 + random.nextInt(60), options.crlf() && random.nextBoolean());
            long id = store.addArticle(new ArticleDraft("Random article " + seed + "-" + n, null, "Outlet " + (n % 3), null,
                    "2026-11-" + (10 + n % 18), null, text)).id();
            Article article = store.article(id).orElseThrow();
            store.apply(code(article, random, codebook, people, annotationsEach, options, at));
        }
    }

    private static List<Change> code(Article article, Random random, Codebook codebook, List<Person> people, int count,
            Options options, Instant at) {
        String text = article.text();
        List<int[]> words = words(text);
        List<Change> changes = new ArrayList<>();
        List<Annotation> sources = new ArrayList<>();
        List<Annotation> cues = new ArrayList<>();
        List<Annotation> contents = new ArrayList<>();
        List<Annotation> contexts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] span = i == 0 ? new int[] {0, words.get(0)[1]}
                    : i == 1 ? new int[] {words.get(words.size() - 1)[0], text.length()} : randomSpan(random, text, words, options);
            Category category = randomCategory(random, codebook);
            Annotation annotation = annotation(article, span[0], span[1], category, random, codebook, people, options, at);
            changes.add(AnnotationChange.create(annotation));
            String role = codebook.roleOf(category) == null ? "" : codebook.roleOf(category).code();
            switch (role) {
                case "source" -> sources.add(annotation);
                case "cue" -> cues.add(annotation);
                case "content" -> contents.add(annotation);
                default -> contexts.add(annotation);
            }
            if (options.fragments() && role.equals("content") && random.nextInt(4) == 0) {
                int[] later = randomSpan(random, text, words, options);
                if (later[0] >= span[1]) {
                    Annotation drawn = annotation(article, later[0], later[1], category, random, codebook, people,
                            new Options(false, false, false, false, false), at).withNote("", at)
                            .withAttributes(java.util.Map.of(), at);
                    // the fragments of a span are one coder's
                    Annotation fragment = new Annotation(drawn.id(), drawn.articleId(), drawn.categoryId(), drawn.start(),
                            drawn.end(), drawn.text(), drawn.prefix(), drawn.suffix(), drawn.note(), annotation.annotator(),
                            drawn.created(), drawn.updated(), drawn.personId(), drawn.attributes());
                    changes.add(AnnotationChange.create(fragment));
                    changes.add(LinkChange.create(Link.of(article.id(), RelationType.CONTINUES, fragment.id(), annotation.id(), at)));
                }
            }
        }
        // A coder links their own annotations.
        for (Annotation content : contents) {
            List<Annotation> ownSources = sameCoder(sources, content);
            if (!ownSources.isEmpty() && random.nextInt(3) > 0) {
                changes.add(link(article, RelationType.ATTRIBUTED_TO, content, ownSources.get(random.nextInt(ownSources.size())), at));
            }
            List<Annotation> ownCues = sameCoder(cues, content);
            if (!ownCues.isEmpty() && random.nextInt(3) > 0) {
                changes.add(link(article, RelationType.CUE, content, ownCues.get(random.nextInt(ownCues.size())), at));
            }
        }
        for (Annotation context : contexts) {
            List<Annotation> ownContents = sameCoder(contents, context);
            if (!ownContents.isEmpty() && random.nextBoolean()) {
                changes.add(link(article, RelationType.ABOUT, context, ownContents.get(random.nextInt(ownContents.size())), at));
            }
        }
        return changes;
    }

    private static List<Annotation> sameCoder(List<Annotation> annotations, Annotation of) {
        return annotations.stream().filter(annotation -> annotation.annotator().equals(of.annotator())).toList();
    }

    private static Change link(Article article, RelationType type, Annotation from, Annotation to, Instant at) {
        return LinkChange.create(Link.of(article.id(), type, from.id(), to.id(), at));
    }

    private static Category randomCategory(Random random, Codebook codebook) {
        String name = switch (random.nextInt(7)) {
            case 0 -> "Speaker";
            case 1 -> "Politician";
            case 2, 3 -> CONTENT_CATEGORIES[random.nextInt(CONTENT_CATEGORIES.length)];
            case 4 -> "Context";
            default -> "Cue";
        };
        return codebook.byName(name).orElseThrow();
    }

    private static Annotation annotation(Article article, int start, int end, Category category, Random random,
            Codebook codebook, List<Person> people, Options options, Instant at) {
        String text = article.text();
        java.util.Map<Long, String> values = new java.util.HashMap<>();
        for (AttributeDefinition attribute : codebook.attributesOf(category)) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = switch (attribute.type()) {
                case CHOICE -> attribute.choices().get(random.nextInt(attribute.choices().size()));
                case YES_NO -> random.nextBoolean() ? "yes" : "no";
                case NUMBER -> Integer.toString(random.nextInt(100));
                case TEXT -> random.nextBoolean() ? "Director of research" : "naïve 😀 value";
            };
            values.put(attribute.id(), value);
        }
        String note = options.notes() && random.nextInt(3) == 0 ? (random.nextBoolean() ? "check the figure" : "quote 😀 “as said”")
                : "";
        UUID person = options.people() && !people.isEmpty() && codebook.roleOf(category) != null
                && codebook.roleOf(category).code().equals("source") && random.nextBoolean()
                ? people.get(random.nextInt(people.size())).id() : null;
        return new Annotation(UUID.randomUUID(), article.id(), category.id(), start, end, text.substring(start, end),
                TextSpans.prefix(text, start), TextSpans.suffix(text, end), note, "coder" + random.nextInt(3), at, at,
                person, values);
    }

    /** Runs of non-space characters, as [start, end). */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    /** A span over one to eight words, sometimes starting or ending inside a word (never inside a surrogate pair). */
    private static int[] randomSpan(Random random, String text, List<int[]> words, Options options) {
        int first = random.nextInt(words.size());
        int last = Math.min(words.size() - 1, first + random.nextInt(8));
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        if (options.intraWordSpans() && random.nextInt(5) == 0 && end - start > 2) {
            int cut = end - 1 - random.nextInt(Math.max(1, Math.min(3, end - start - 1)));
            if (cut > start && !Character.isLowSurrogate(text.charAt(cut)) && !Character.isWhitespace(text.charAt(cut - 1))) {
                end = cut;
            }
        }
        return new int[] {start, end};
    }
}
