package org.newsmark.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Coders' work as Newsmark JSON Lines exports, one file per coder, on articles made of our own
 * sentences: each coder marks Source, Cue and Content spans near (but not always at) the same
 * places, sometimes misses one, links content to source, and codes a document field. Kept in
 * memory too, so a test can build DKPro's own study from the same spans.
 */
public final class CoderFiles {

    /** A span as written: UTF-16 offsets into the article text. */
    public record Span(String id, String coder, String category, int start, int end) {
    }

    public record CodedArticle(String title, String text, List<Span> spans) {
    }

    private static final String[] SENTENCES = {
        "The minister said on Tuesday that the bridge would reopen in spring. ",
        "According to the council, repairs had cost more than expected. ",
        "\u201CWe are on schedule,\u201D a spokeswoman told reporters \uD83D\uDE80 at the site. ",
        "Residents said the closure had doubled their journey to work. ",
        "An engineer, who asked not to be named, warned that cracks remained. ",
        "The opposition claimed the figures were wrong. "
    };

    public final List<CodedArticle> articles = new ArrayList<>();
    public final List<String> coders;

    public CoderFiles(List<String> coders, int articleCount, long seed) {
        this.coders = List.copyOf(coders);
        Random random = new Random(seed);
        for (int a = 0; a < articleCount; a++) {
            StringBuilder text = new StringBuilder("Report number " + (a + 1) + " on the bridge\n\n");
            List<int[]> sentenceBounds = new ArrayList<>();
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int start = text.length();
                text.append(SENTENCES[(a + s) % SENTENCES.length]);
                sentenceBounds.add(new int[] {start, text.length() - 1});
            }
            String body = text.toString().strip();
            List<Span> spans = new ArrayList<>();
            for (String coder : coders) {
                for (int[] bounds : sentenceBounds) {
                    if (random.nextInt(6) == 0) {
                        continue; // this coder saw no attribution here
                    }
                    int start = bounds[0];
                    int end = Math.min(bounds[1], body.length());
                    int cut = start + (end - start) / 3;
                    int wobble = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
                    spans.add(span(coder, "Source", body, start, Math.max(start + 1, cut - 8 + wobble)));
                    spans.add(span(coder, "Cue", body, cut - 6, cut - 1 + wobble));
                    spans.add(span(coder, "Content", body, cut + wobble, end));
                }
            }
            articles.add(new CodedArticle("Bridge report " + (a + 1), body, spans));
        }
    }

    private static Span span(String coder, String category, String text, int start, int end) {
        start = Math.max(0, Math.min(start, text.length() - 1));
        end = Math.max(start + 1, Math.min(end, text.length()));
        if (Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return new Span(UUID.randomUUID().toString(), coder, category, start, end);
    }

    /** Writes one coder's export: every article, with that coder's spans, links and a document code. */
    public Path write(Path folder, String coder) {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (CodedArticle article : articles) {
            ObjectNode record = mapper.createObjectNode();
            record.put("title", article.title());
            record.put("text", article.text());
            ObjectNode codes = record.putObject("codes");
            codes.put("Genre", article.title().hashCode() % 2 == 0 || coder.hashCode() % 3 == 0 ? "news report" : "interview");
            ArrayNode annotations = record.putArray("annotations");
            ArrayNode links = record.putArray("links");
            Span source = null;
            for (Span span : article.spans()) {
                if (!span.coder().equals(coder)) {
                    continue;
                }
                ObjectNode node = annotations.addObject();
                node.put("id", span.id());
                node.put("category", span.category());
                node.put("start", span.start());
                node.put("end", span.end());
                node.put("text", article.text().substring(span.start(), span.end()));
                node.put("annotator", coder);
                if (span.category().equals("Source")) {
                    source = span;
                } else if (span.category().equals("Content") && source != null) {
                    ObjectNode link = links.addObject();
                    link.put("id", UUID.nameUUIDFromBytes((span.id() + source.id()).getBytes(StandardCharsets.UTF_8)).toString());
                    link.put("type", "attributed_to");
                    link.put("from", span.id());
                    link.put("to", source.id());
                }
            }
            lines.append(record).append('\n');
        }
        Path file = folder.resolve(coder + ".jsonl");
        try {
            Files.writeString(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
