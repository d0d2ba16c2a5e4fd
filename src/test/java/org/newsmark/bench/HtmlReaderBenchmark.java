package org.newsmark.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsmark.importing.ArticleSink;
import org.newsmark.importing.CarriedWork;
import org.newsmark.importing.html.HtmlReader;
import org.newsmark.importing.ImportSource;
import org.newsmark.model.ArticleDraft;

/**
 * How long reading one saved web page takes, from its bytes to the article: decoding, parsing,
 * metadata, cleaning, finding the article and laying out its text. Target: a 2 MB page well under a
 * second. Pages: a generated 2 MB news page (navigation, a long article with links, sidebars, 400
 * reader comments) and the 1 MB Wikipedia page among the test fixtures.
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench=HtmlReaderBenchmark}
 */
public final class HtmlReaderBenchmark {

    private HtmlReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] generated = generatedPage(2 * 1024 * 1024);
        byte[] wikipedia;
        try (InputStream in = HtmlReaderBenchmark.class.getResourceAsStream("/fixtures/html/wikipedia-new-zealand.html")) {
            wikipedia = in.readAllBytes();
        }
        time("generated news page, " + generated.length / 1024 + " KB", generated);
        time("Wikipedia \"New Zealand\", " + wikipedia.length / 1024 + " KB", wikipedia);
    }

    private static void time(String label, byte[] page) throws Exception {
        HtmlReader reader = new HtmlReader();
        Stats stats = new Stats();
        long first = 0;
        int length = 0;
        for (int i = 0; i < 30; i++) {
            Receiver receiver = new Receiver();
            long start = System.nanoTime();
            reader.read(ImportSource.ofBytes("page.html", page), receiver);
            long took = System.nanoTime() - start;
            if (i == 0) {
                first = took;
            } else {
                stats.add(took);
            }
            length = receiver.text.length();
        }
        System.out.printf(Locale.ROOT, "%s: first read %.0f ms, then %s; article text %,d characters%n", label,
                first / 1e6, stats.summary(), length);
    }

    /** A news page of about {@code size} bytes shaped like real ones: most of its bytes are not the article. */
    static byte[] generatedPage(int size) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<title>A very long report - The Benchmark Post</title>"
                + "<meta property=\"og:site_name\" content=\"The Benchmark Post\"></head><body><header><nav><ul>");
        for (int i = 0; i < 200; i++) {
            html.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        html.append("</ul></nav></header><main><article><h1>A very long report</h1>");
        int paragraph = 0;
        while (html.length() < size / 2) {
            html.append("<p>Paragraph ").append(paragraph++).append(" of the report says that the council met on ")
                    .append("<a href=\"/council\">Tuesday</a> and that the budget, which had been <em>delayed</em> ")
                    .append("twice, was approved by a narrow margin of votes after a long debate.</p>");
            if (paragraph % 20 == 0) {
                html.append("<div class=\"ad-slot\"><span>Advertisement</span></div><h2>Part ").append(paragraph / 20)
                        .append("</h2>");
            }
        }
        html.append("</article><section id=\"comments\">");
        int comment = 0;
        while (html.length() < size - 1000) {
            html.append("<div class=\"comment\"><p class=\"author\">Reader ").append(comment++)
                    .append("</p><p>I do not agree with the council at all and I think the budget should have been ")
                    .append("rejected, as it was last year and the year before that.</p></div>");
        }
        html.append("</section></main><footer>The Benchmark Post</footer></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Receiver implements ArticleSink {
        String text = "";

        @Override
        public void article(String where, ArticleDraft draft, CarriedWork carried) {
            text = draft.text();
        }

        @Override
        public void skipped(String where, String reason) {
            throw new IllegalStateException(reason);
        }
    }
}
