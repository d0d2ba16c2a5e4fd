package org.newsmark.exporting.webanno;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.exporting.ExportedArticles;
import org.newsmark.formats.TsvEscaping;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;

/**
 * Writes one article as a WebAnno TSV 3.3 file (docs/formats.md, "WebAnno TSV"): every annotation on
 * the span layer {@code webanno.custom.Newsmark} (features {@code category}, {@code note},
 * {@code person} and one per attribute of the codebook), every link on the relation layer
 * {@code webanno.custom.NewsmarkLink} (feature {@code type}: attributed_to, cue, about, continues),
 * drawn from the link's first annotation to its second. Each annotation has a disambiguation id, so
 * multi-token and stacked ones are never confused. The sentences' {@code #Text=} lines hold all the
 * text from one sentence to the next, so that INCEpTION and Newsmark rebuild the article's text
 * exactly (but white space before the first word, which TSV cannot hold).
 */
final class TsvArticleWriter {

    static final String SPAN_LAYER = "webanno.custom.Newsmark";
    static final String LINK_LAYER = "webanno.custom.NewsmarkLink";

    private final ExportedArticles names;
    /** Attribute name → its feature's name, in the codebook's order. */
    private final Map<String, String> features;
    private final String header;

    TsvArticleWriter(ExportedArticles names) {
        this.names = names;
        this.features = TsvFeatures.of(names.codebook());
        StringBuilder header = new StringBuilder("#FORMAT=WebAnno TSV 3.3\n#T_SP=").append(SPAN_LAYER).append("|category|note|person");
        features.values().forEach(feature -> header.append('|').append(feature));
        header.append("\n#T_RL=").append(LINK_LAYER).append("|type|BT_").append(SPAN_LAYER).append("\n\n\n");
        this.header = header.toString();
    }

    String write(ExportedArticles.Item item) {
        String text = item.article().text();
        List<Annotation> annotations = new ArrayList<>(item.annotations());
        annotations.sort(Comparator.comparingInt(Annotation::start).thenComparing(Comparator.comparingInt(Annotation::end).reversed())
                .thenComparing(annotation -> annotation.id().toString()));
        BitSet cuts = new BitSet(text.length() + 1);
        annotations.forEach(annotation -> {
            cuts.set(annotation.start());
            cuts.set(annotation.end());
        });
        List<TsvTokens.Token> tokens = TsvTokens.tokens(text, cuts);
        List<Integer> sentenceStarts = TsvTokens.sentenceStarts(text, tokens);
        String[] tokenIds = new String[tokens.size()];
        for (int s = 0; s < sentenceStarts.size(); s++) {
            int last = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : tokens.size();
            for (int t = sentenceStarts.get(s); t < last; t++) {
                tokenIds[t] = (s + 1) + "-" + (t - sentenceStarts.get(s) + 1);
            }
        }
        // Which tokens each annotation lies on, and its disambiguation id.
        Map<Annotation, int[]> extent = new IdentityHashMap<>();
        Map<UUID, Annotation> byId = new HashMap<>();
        Map<Annotation, Integer> number = new IdentityHashMap<>();
        List<List<Annotation>> onToken = new ArrayList<>();
        tokens.forEach(token -> onToken.add(new ArrayList<>()));
        for (Annotation annotation : annotations) {
            int first = -1;
            int last = -1;
            for (int t = firstTokenEndingAfter(tokens, annotation.start()); t < tokens.size()
                    && tokens.get(t).begin() < annotation.end(); t++) {
                if (first < 0) {
                    first = t;
                }
                last = t;
                onToken.get(t).add(annotation);
            }
            if (first >= 0) {
                extent.put(annotation, new int[] {first, last});
                byId.put(annotation.id(), annotation);
                number.put(annotation, number.size() + 1);
            }
        }
        Map<Integer, List<Link>> linksOnToken = new HashMap<>();
        for (Link link : item.links()) {
            Annotation from = byId.get(link.from());
            Annotation to = byId.get(link.to());
            if (from != null && to != null) {
                linksOnToken.computeIfAbsent(extent.get(to)[0], t -> new ArrayList<>()).add(link);
            }
        }
        StringBuilder out = new StringBuilder(header);
        for (int s = 0; s < sentenceStarts.size(); s++) {
            int firstToken = sentenceStarts.get(s);
            int lastToken = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : tokens.size();
            int begin = tokens.get(firstToken).begin();
            boolean lastSentence = s + 1 == sentenceStarts.size();
            String sentence = text.substring(begin, lastSentence ? text.length() : tokens.get(lastToken).begin());
            if (!lastSentence && sentence.endsWith("\n")) {
                sentence = sentence.substring(0, sentence.length() - 1);
            }
            if (s > 0) {
                out.append('\n');
            }
            for (String line : sentence.split("\n", -1)) {
                out.append("#Text=").append(TsvEscaping.escapeText(line)).append('\n');
            }
            for (int t = firstToken; t < lastToken; t++) {
                TsvTokens.Token token = tokens.get(t);
                out.append(tokenIds[t]).append('\t').append(token.begin()).append('-').append(token.end()).append('\t')
                        .append(text, token.begin(), token.end()).append('\t');
                spanColumns(out, onToken.get(t), number);
                relationColumns(out, linksOnToken.getOrDefault(t, List.of()), byId, extent, number, tokenIds);
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int firstTokenEndingAfter(List<TsvTokens.Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void spanColumns(StringBuilder out, List<Annotation> stacked, Map<Annotation, Integer> number) {
        if (stacked.isEmpty()) {
            out.append("_\t_\t_\t");
            out.append("_\t".repeat(features.size()));
            return;
        }
        column(out, stacked, number, annotation -> names.categoryName(annotation.categoryId()));
        column(out, stacked, number, annotation -> annotation.note().isEmpty() ? null : annotation.note());
        column(out, stacked, number, annotation -> names.person(annotation.personId()).map(person -> person.name()).orElse(null));
        for (String attribute : features.keySet()) {
            column(out, stacked, number, annotation -> names.attributes(annotation).get(attribute));
        }
    }

    private static void column(StringBuilder out, List<Annotation> stacked, Map<Annotation, Integer> number,
            java.util.function.Function<Annotation, String> value) {
        for (int i = 0; i < stacked.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            String written = value.apply(stacked.get(i));
            out.append(written == null ? "*" : TsvEscaping.escapeValue(written)).append('[')
                    .append(number.get(stacked.get(i))).append(']');
        }
        out.append('\t');
    }

    private static void relationColumns(StringBuilder out, List<Link> links, Map<UUID, Annotation> byId,
            Map<Annotation, int[]> extent, Map<Annotation, Integer> number, String[] tokenIds) {
        if (links.isEmpty()) {
            out.append("_\t_\t");
            return;
        }
        StringBuilder types = new StringBuilder();
        StringBuilder sources = new StringBuilder();
        for (Link link : links) {
            Annotation from = byId.get(link.from());
            Annotation to = byId.get(link.to());
            if (types.length() > 0) {
                types.append('|');
                sources.append('|');
            }
            types.append(TsvEscaping.escapeValue(link.type().code()));
            sources.append(tokenIds[extent.get(from)[0]]).append('[').append(number.get(from)).append('_')
                    .append(number.get(to)).append(']');
        }
        out.append(types).append('\t').append(sources).append('\t');
    }

    /** Attribute names of the codebook as TSV feature names. */
    static final class TsvFeatures {
        private TsvFeatures() {
        }

        static Map<String, String> of(org.newsmark.model.Codebook codebook) {
            Map<String, String> features = new LinkedHashMap<>();
            java.util.Set<String> used = new java.util.HashSet<>(List.of("category", "note", "person"));
            for (org.newsmark.model.Category category : codebook.categories()) {
                for (org.newsmark.model.AttributeDefinition attribute : category.attributes()) {
                    if (features.containsKey(attribute.name())) {
                        continue;
                    }
                    String feature = attribute.name().strip().replaceAll("[^A-Za-z0-9]", "_");
                    if (feature.isEmpty() || !Character.isLetter(feature.charAt(0))) {
                        feature = "a_" + feature;
                    }
                    String unique = feature;
                    for (int n = 2; !used.add(unique); n++) {
                        unique = feature + n;
                    }
                    features.put(attribute.name(), unique);
                }
            }
            return features;
        }
    }
}
