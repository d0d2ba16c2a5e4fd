package org.newsmark.ui.article;

import java.util.Collection;
import java.util.List;
import org.newsmark.model.Annotation;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TextOps;

/**
 * Builds the whole styled document of an article in one pass. It touches no part of the scene,
 * so it runs off the JavaFX thread; the view then swaps it in with a single replace.
 */
final class ArticleDocument {

    static final TextOps<String, SpanStyle> SEGMENTS = SegmentOps.styledTextOps();

    private ArticleDocument() {
    }

    static ReadOnlyStyledDocument<ParagraphRole, String, SpanStyle> build(ArticleLayout layout,
            Collection<Annotation> annotations, HighlightRuns.Emphasis emphasised, HighlightPalette palette) {
        String text = layout.displayText();
        List<HighlightRuns.Run> runs = HighlightRuns.of(layout, annotations, emphasised, 0, text.length());
        RunCursor cursor = new RunCursor(runs, palette);
        List<ArticleLayout.Paragraph> paragraphs = layout.paragraphs();
        ReadOnlyStyledDocumentBuilder<ParagraphRole, String, SpanStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(SEGMENTS, ParagraphRole.BODY, paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            ArticleLayout.Paragraph paragraph = paragraphs.get(i);
            StyleSpansBuilder<SpanStyle> spans = new StyleSpansBuilder<>();
            cursor.take(paragraph.end() - paragraph.start(), spans);
            builder.addParagraph(text.substring(paragraph.start(), paragraph.end()), spans.create(), paragraph.role());
            if (i + 1 < paragraphs.size()) {
                cursor.skip(1);
            }
        }
        return builder.build();
    }

    /** Walks the runs, handing out styles a paragraph at a time. */
    private static final class RunCursor {
        private final List<HighlightRuns.Run> runs;
        private final HighlightPalette palette;
        private int index;
        private int usedOfRun;

        RunCursor(List<HighlightRuns.Run> runs, HighlightPalette palette) {
            this.runs = runs;
            this.palette = palette;
        }

        void take(int length, StyleSpansBuilder<SpanStyle> spans) {
            if (length == 0) {
                spans.add(index < runs.size() ? palette.styleOf(runs.get(index)) : SpanStyle.PLAIN, 0);
                return;
            }
            int remaining = length;
            while (remaining > 0) {
                HighlightRuns.Run run = runs.get(index);
                int available = run.length() - usedOfRun;
                int used = Math.min(available, remaining);
                spans.add(palette.styleOf(run), used);
                advance(used);
                remaining -= used;
            }
        }

        void skip(int length) {
            int remaining = length;
            while (remaining > 0) {
                int used = Math.min(runs.get(index).length() - usedOfRun, remaining);
                advance(used);
                remaining -= used;
            }
        }

        private void advance(int used) {
            usedOfRun += used;
            if (usedOfRun == runs.get(index).length()) {
                index++;
                usedOfRun = 0;
            }
        }
    }
}
